package org.dateline.indexer.article;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One news article as read from a source, before any analysis: the only thing that crosses from the
 * readers to the index.
 *
 * @param id the article id, unique within an index (for files, the file name without extension)
 * @param date the publication date, or {@code null} when the source has none (such articles never
 *     match a date filter)
 * @param title the headline, or {@code null} when the source has none
 * @param paragraphs the body, one string per paragraph, in order; never empty
 * @param metadata source-specific fields kept as stored values (for example {@code url}, {@code
 *     source}, Reuters' {@code topics}); may be empty
 */
public record Article(
    String id,
    LocalDate date,
    String title,
    List<String> paragraphs,
    Map<String, List<String>> metadata) {

  /** The longest article id, in characters: ids are index terms, which Lucene caps in size. */
  public static final int MAX_ID_LENGTH = 512;

  public Article {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("article id must not be blank");
    }
    if (id.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException(
          String.format(
              "article id is %,d characters long; ids are at most %,d",
              id.length(), MAX_ID_LENGTH));
    }
    paragraphs = List.copyOf(paragraphs);
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("article " + id + " has no paragraphs");
    }
    metadata = Map.copyOf(metadata);
  }

  /** An article with no title and no metadata, as the seed format gives. */
  public static Article of(String id, LocalDate date, List<String> paragraphs) {
    return new Article(id, date, null, paragraphs, Map.of());
  }
}
