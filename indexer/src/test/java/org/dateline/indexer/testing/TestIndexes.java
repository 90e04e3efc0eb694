package org.dateline.indexer.testing;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.dateline.indexer.ArticleIndexer;
import org.dateline.indexer.IndexerOptions;
import org.dateline.indexer.article.Article;
import org.dateline.indexer.entity.EntityExtractor;
import org.dateline.indexer.entity.EntityType;

/** Small in-memory indexes with known content. */
public final class TestIndexes {

  private TestIndexes() {}

  /** The names the {@link #extractor()} knows. */
  public static final Map<String, EntityType> NAMES =
      Map.of(
          "David Hale", EntityType.PERSON,
          "Abdulkarim Hashim Mustafa", EntityType.PERSON,
          "Angela Merkel", EntityType.PERSON,
          "State Department", EntityType.ORGANIZATION,
          "NATO", EntityType.ORGANIZATION,
          "Mosul", EntityType.LOCATION,
          "Baghdad", EntityType.LOCATION,
          "Berlin", EntityType.LOCATION,
          "Iraq", EntityType.LOCATION);

  /** An extractor that finds exactly {@link #NAMES}. */
  public static EntityExtractor extractor() {
    return new DictionaryExtractor(NAMES);
  }

  /** An article with the given id, date and paragraphs. */
  public static Article article(String id, String date, String... paragraphs) {
    return Article.of(id, date == null ? null : LocalDate.parse(date), List.of(paragraphs));
  }

  /** Indexes the articles into a new in-memory directory and commits. */
  public static Directory index(List<Article> articles) throws IOException {
    Directory dir = new ByteBuffersDirectory();
    try (ArticleIndexer indexer = ArticleIndexer.open(dir, IndexerOptions.defaults(extractor()))) {
      for (Article a : articles) {
        indexer.index(a);
      }
    }
    return dir;
  }
}
