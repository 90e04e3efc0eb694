package org.dateline.indexer.entity;

import java.util.List;

/**
 * Finds people, organizations, places and other names in text. Implementations are thread-safe: one
 * instance serves every indexing thread.
 */
public interface EntityExtractor {

  /**
   * Finds the entities of every paragraph of one article. The article is processed as a whole so
   * that a name typed once keeps its type (a surname met after the full name is still a person).
   *
   * @return one list per paragraph, in order, with offsets into that paragraph
   */
  List<List<Entity>> extractArticle(List<String> paragraphs);

  /**
   * Names the extractor and its model. Stored with every article's content hash, so that articles
   * are analysed again when the extractor changes.
   */
  default String version() {
    return getClass().getName();
  }

  /** Finds the entities of a single text, with offsets into it. */
  default List<Entity> extract(String text) {
    return extractArticle(List.of(text)).get(0);
  }
}
