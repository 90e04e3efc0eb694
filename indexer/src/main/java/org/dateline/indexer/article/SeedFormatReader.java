package org.dateline.indexer.article;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the seed format: leading white space, {@code date YYYY-MM-DD}, then the first paragraph on
 * the same line; paragraphs separated by blank lines; UTF-8. The article id is the file name
 * without extension. Lines of one paragraph are joined with a space.
 */
public final class SeedFormatReader implements ArticleReader {

  private static final Pattern DATE_LINE = Pattern.compile("\\s*date\\s+(\\S+)\\s*(.*)");

  @Override
  public String name() {
    return "seed";
  }

  /** The seed format is the fallback: it accepts any file no other format claims. */
  @Override
  public boolean accepts(Path file) {
    return true;
  }

  /** How far into a file {@link #opensAsArticle} looks for its first text. */
  private static final int SNIFF_BYTES = 4096;

  /**
   * Whether the file opens as a seed article: its first text, past a byte-order mark and white
   * space, is the word {@code date} (or there is no text that far in, for the reader to judge). A
   * README or notes file does not.
   *
   * @param ifUnreadable the answer for a file that cannot be read
   */
  static boolean opensAsArticle(Path file, boolean ifUnreadable) {
    byte[] head;
    try {
      head = TextFiles.head(file, SNIFF_BYTES);
    } catch (IOException e) {
      return ifUnreadable;
    }
    int i = 0;
    while (i < head.length && Character.isWhitespace(head[i] & 0xFF)) {
      i++;
    }
    byte[] date = {'d', 'a', 't', 'e'};
    return i == head.length
        || head.length - i >= date.length
            && Arrays.equals(head, i, i + date.length, date, 0, date.length)
            && (head.length - i == date.length
                || Character.isWhitespace(head[i + date.length] & 0xFF));
  }

  @Override
  public void read(Path file, ArticleHandler handler) throws IOException {
    handler.accept(parse(articleId(file), TextFiles.readUtf8(file)), 1);
  }

  /**
   * Parses one article in the seed format.
   *
   * @throws InvalidInputException saying which line is wrong and why
   */
  public static Article parse(String id, String text) throws InvalidInputException {
    String[] lines = text.split("\r\n|\r|\n", -1);
    int first = 0;
    while (first < lines.length && lines[first].isBlank()) {
      first++;
    }
    if (first == lines.length) {
      throw new InvalidInputException(0, "file has no text (only white space)");
    }
    Matcher m = DATE_LINE.matcher(lines[first]);
    if (!m.matches()) {
      throw new InvalidInputException(
          first + 1,
          "expected the article to start with 'date YYYY-MM-DD', found: " + snippet(lines[first]));
    }
    LocalDate date;
    try {
      date = ArticleDates.parseIso(m.group(1));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(first + 1, e.getMessage());
    }
    List<String> paragraphs = new ArrayList<>();
    StringBuilder current = new StringBuilder(m.group(2).strip());
    for (int i = first + 1; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        flush(current, paragraphs);
      } else {
        if (current.length() > 0) {
          current.append(' ');
        }
        current.append(line);
      }
    }
    flush(current, paragraphs);
    if (paragraphs.isEmpty()) {
      throw new InvalidInputException(first + 1, "the article has a date but no text");
    }
    Paragraphs.checkCount(id, paragraphs.size());
    return Article.of(id, date, paragraphs);
  }

  /** The file name without its extension. */
  public static String articleId(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static void flush(StringBuilder current, List<String> paragraphs) {
    if (current.length() > 0) {
      paragraphs.add(current.toString());
      current.setLength(0);
    }
  }

  private static String snippet(String line) {
    String s = line.strip();
    return s.length() > 40 ? "'" + s.substring(0, 40) + "...'" : "'" + s + "'";
  }
}
