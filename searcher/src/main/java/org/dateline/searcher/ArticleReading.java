package org.dateline.searcher;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
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

  /** The paragraphs of an article: the documents just before it in its block. */
  static List<String> paragraphTexts(IndexSearcher s, int articleDoc) throws IOException {
    StoredFields stored = s.storedFields();
    int count =
        stored.document(articleDoc).getField(NewsSchema.PARAGRAPH_COUNT).numericValue().intValue();
    List<String> texts = new ArrayList<>(count);
    for (int doc = articleDoc - count; doc < articleDoc; doc++) {
      texts.add(stored.document(doc).get(NewsSchema.TEXT));
    }
    return texts;
  }

  static LocalDate date(Document article) {
    String iso = article.get(NewsSchema.STORED_DATE);
    return iso == null ? null : LocalDate.parse(iso);
  }
}
