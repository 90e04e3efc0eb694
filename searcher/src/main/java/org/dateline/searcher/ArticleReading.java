package org.dateline.searcher;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.dateline.indexer.entity.EntityType;
import org.dateline.indexer.schema.NewsSchema;

/** Turns a stored article document into an {@link ArticleHit}. */
final class ArticleReading {

  private ArticleReading() {}

  static ArticleHit hit(
      Document article, float score, List<ParagraphHit> paragraphs, String explanation) {
    Map<String, List<String>> entities = new LinkedHashMap<>();
    for (EntityType t : NewsSchema.ENTITY_TYPES) {
      String[] values = article.getValues(NewsSchema.storedEntities(t));
      if (values.length > 0) {
        entities.put(t.key(), List.of(values));
      }
    }
    return new ArticleHit(
        article.get(NewsSchema.ID),
        date(article),
        score,
        article.get(NewsSchema.STORED_TITLE),
        paragraphs,
        entities,
        explanation);
  }

  static LocalDate date(Document article) {
    String iso = article.get(NewsSchema.STORED_DATE);
    return iso == null ? null : LocalDate.parse(iso);
  }
}
