package org.dateline.indexer.article;

import java.time.LocalDate;
import java.util.ArrayList;
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
 * @param paragraphs the body, one string per paragraph, in order; never empty, at most {@link
 *     Paragraphs#MAX_PARAGRAPHS} (control characters are written as spaces, and paragraphs left
 *     blank are dropped)
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
    if (!hasText(id)) {
      // no-break and zero-width spaces too: an id nobody could see or type
      throw new IllegalArgumentException("article id must not be blank");
    }
    if (id.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          "article id '"
              + id.replaceAll("\\p{Cntrl}", "?")
              + "' holds a control character (a line break, a tab, NUL); ids are one line");
    }
    int length = id.codePointCount(0, id.length());
    if (length > MAX_ID_LENGTH) {
      throw new IllegalArgumentException(
          String.format(
              "article id is %,d characters long; ids are at most %,d", length, MAX_ID_LENGTH));
    }
    Objects.requireNonNull(paragraphs, "paragraphs");
    Objects.requireNonNull(metadata, "metadata");
    List<String> kept = new ArrayList<>(paragraphs.size());
    for (String p : paragraphs) {
      if (p == null) {
        throw new NullPointerException("article " + id + " has a null paragraph");
      }
      String clean = withoutControlCharacters(p);
      if (hasText(clean)) {
        kept.add(clean);
      }
    }
    Paragraphs.checkCount(id, kept.size());
    paragraphs = List.copyOf(kept);
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("article " + id + " has no paragraphs");
    }
    if (title != null) {
      title = withoutControlCharacters(title);
      title = hasText(title) ? title : null;
    }
    metadata = Map.copyOf(metadata);
  }

  /**
   * Whether the text has a character that is no white space, Unicode's spaces included, nor an
   * invisible format character: {@code String.isBlank} takes a no-break space ({@code U+00A0}) or a
   * zero-width space ({@code U+200B}) for text.
   */
  public static boolean hasText(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)
          && !Character.isSpaceChar(c)
          && Character.getType(c) != Character.FORMAT) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text with control characters other than tab, line feed and carriage return written as
   * spaces. They mean nothing in news text, and one of them, NUL, is where Lucene's highlighter
   * ends a field's value, so a paragraph holding one was highlighted only up to it.
   */
  static String withoutControlCharacters(String text) {
    int i = 0;
    while (i < text.length() && !isControl(text.charAt(i))) {
      i++;
    }
    if (i == text.length()) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (; i < chars.length; i++) {
      if (isControl(chars[i])) {
        chars[i] = ' ';
      }
    }
    return new String(chars);
  }

  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
  }

  /** An article with no title and no metadata, as the seed format gives. */
  public static Article of(String id, LocalDate date, List<String> paragraphs) {
    return new Article(id, date, null, paragraphs, Map.of());
  }
}
