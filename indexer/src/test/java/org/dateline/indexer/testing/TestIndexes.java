package org.dateline.indexer.testing;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.dateline.indexer.ArticleIndexer;
import org.dateline.indexer.IndexerOptions;
import org.dateline.indexer.article.Article;
import org.dateline.indexer.entity.EntityExtractor;
import org.dateline.indexer.entity.EntityType;
import org.dateline.indexer.schema.NewsCodec;
import org.dateline.indexer.schema.NewsSchema;

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

  /**
   * Commits the index again with the layout version an index of another Dateline would record:
   * {@code version}, or none when it is {@code null} (as before versions were recorded).
   */
  public static void recordLayout(Directory dir, String version) throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig(NewsSchema.analyzer())
            .setCodec(NewsCodec.get())
            .setOpenMode(IndexWriterConfig.OpenMode.APPEND);
    try (IndexWriter writer = new IndexWriter(dir, config)) {
      Map<String, String> data = new HashMap<>();
      writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
      if (version == null) {
        data.remove(NewsSchema.VERSION_KEY);
      } else {
        data.put(NewsSchema.VERSION_KEY, version);
      }
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
    }
  }
}
