package org.dateline.indexer.article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One news article as read from a source, before any analysis: the only thing that crosses from the
 * readers to the index.
 *
 * @param id the article id, unique within an index (for files, the file name without extension)
 * @param date the publication date, from {@link #FIRST_DATE} to {@link #LAST_DATE}, or {@code null}
 *     when the source has none (such articles never match a date filter)
 * @param title the headline, or {@code null} when the source has none; made one line (line breaks
 *     are spaces)
 * @param paragraphs the body, one string per paragraph, in order; never empty, at most {@link
 *     Paragraphs#MAX_PARAGRAPHS} (control characters are written as spaces, accents written as
 *     combining marks are composed ({@link #composed}), and paragraphs left blank are dropped)
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

  /**
   * The earliest date an article may have: the first of the four-digit years that dates are read
   * and queried in ({@link ArticleDates}). Beyond them dates no longer print as {@code YYYY-MM-DD},
   * and far beyond ({@link LocalDate#MAX}) days since 1970 overflow the {@code int}s the searcher's
   * facet tables hold them in.
   */
  public static final LocalDate FIRST_DATE = LocalDate.of(ArticleDates.MIN_YEAR, 1, 1);

  /** The latest date an article may have (see {@link #FIRST_DATE}). */
  public static final LocalDate LAST_DATE = LocalDate.of(ArticleDates.MAX_YEAR, 12, 31);

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
    if (date != null && (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE))) {
      throw new IllegalArgumentException(
          "article "
              + id
              + " is dated "
              + date
              + "; dates must be from "
              + FIRST_DATE
              + " to "
              + LAST_DATE);
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
      title = oneLine(withoutControlCharacters(title));
      title = hasText(title) ? title : null;
    }
    metadata = copyOf(id, metadata);
  }

  /** Line breaks, with the white space around them. */
  private static final java.util.regex.Pattern LINE_BREAKS =
      java.util.regex.Pattern.compile("[\\h\\t]*(?:\\R[\\h\\t]*)+");

  /**
   * A headline as one line: each run of line breaks (any of Unicode's, with the spaces around them)
   * is one space, or nothing at either end. Titles print on one line in lists of hits, whatever the
   * source wrapped them with (a JSON {@code "\n"}, a wrapped SGML element).
   */
  private static String oneLine(String title) {
    return LINE_BREAKS
        .matcher(title)
        .replaceAll(r -> r.start() == 0 || r.end() == title.length() ? "" : " ");
  }

  /** A copy of the metadata, lists included; a null anywhere in it is named, not left to index. */
  private static Map<String, List<String>> copyOf(String id, Map<String, List<String>> metadata) {
    Map<String, List<String>> copy = new HashMap<>();
    metadata.forEach(
        (field, values) -> {
          if (field == null) {
            throw new NullPointerException(
                "article " + id + " has a metadata field without a name");
          }
          if (values == null || values.stream().anyMatch(Objects::isNull)) {
            throw new NullPointerException(
                "article " + id + " has a null value in metadata field '" + field + "'");
          }
          copy.put(field, List.copyOf(values));
        });
    return Map.copyOf(copy);
  }

  /**
   * Whether the text has a character that is no white space, Unicode's spaces included, nor an
   * invisible format character: {@code String.isBlank} takes a no-break space ({@code U+00A0}) or a
   * zero-width space ({@code U+200B}) for text.
   */
  public static boolean hasText(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isBlank(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text without what {@link #hasText} takes for no text at its two ends: white space,
   * Unicode's spaces, and invisible format characters ({@code "Japan\u200B"} is {@code "Japan"}).
   */
  public static String stripped(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isBlank(text.charAt(start))) {
      start++;
    }
    while (end > start && isBlank(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT;
  }

  /**
   * The text with control characters other than tab, line feed and carriage return written as
   * spaces. They mean nothing in news text, and one of them, NUL, is where Lucene's highlighter
   * ends a field's value, so a paragraph holding one was highlighted only up to it.
   */
  public static String withoutControlCharacters(String text) {
    text = composed(text);
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

  /**
   * The text in Unicode's composed form (NFC): an accent written as a combining mark after its
   * letter ("e" + U+0301, as macOS and some feeds write it) becomes the one accented letter ("é"),
   * which the analyzer folds ("cafe" finds "café") and queries spell. Text with no character from
   * U+0300 on (the combining marks and beyond) is composed already, and returned as it is.
   */
  public static String composed(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '\u0300') {
        return java.text.Normalizer.isNormalized(text, java.text.Normalizer.Form.NFC)
            ? text
            : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
      }
    }
    return text;
  }

  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
  }

  /** An article with no title and no metadata, as the seed format gives. */
  public static Article of(String id, LocalDate date, List<String> paragraphs) {
    return new Article(id, date, null, paragraphs, Map.of());
  }
}
