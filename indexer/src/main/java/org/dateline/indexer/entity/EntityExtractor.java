package org.dateline.indexer.entity;

import java.util.List;
import java.util.function.UnaryOperator;

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

  /**
   * The usual form of a word as the extractor's model learnt it ({@code RED} is {@code red}, {@code
   * OF} {@code of}, {@code NATO} {@code NATO}), or {@code null} for a word it lacks: for the
   * canonical values of names written in capitals ({@link EntityNormalizer#canonicalArticle(List,
   * UnaryOperator)}). {@code null} when the extractor knows no casing.
   */
  default UnaryOperator<String> capsCasing() {
    return null;
  }

  /** Finds the entities of a single text, with offsets into it. */
  default List<Entity> extract(String text) {
    return extractArticle(List.of(text)).get(0);
  }
}
