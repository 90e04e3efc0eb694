package org.dateline.indexer.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Building an article's paragraph list the same way in every reader: lines of one paragraph are
 * stripped and joined with a space, blank paragraphs are dropped, and the number of paragraphs is
 * capped.
 */
public final class Paragraphs {

  /**
   * The most paragraphs one article may have. Real news articles have a few dozen; an input with
   * more is almost certainly not one article (a log, a table, a concatenation), and each paragraph
   * costs an index entry, so it is rejected with this limit in the reason rather than truncated.
   */
  public static final int MAX_PARAGRAPHS = 10_000;

  private final List<String> paragraphs = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();

  /** Adds a line to the current paragraph; a blank line ends it. */
  public void addLine(String line) {
    String s = line.strip();
    if (s.isEmpty()) {
      endParagraph();
      return;
    }
    if (current.length() > 0) {
      current.append(' ');
    }
    current.append(s);
  }

  /** Ends the current paragraph, if it has any text. */
  public void endParagraph() {
    if (current.length() > 0) {
      paragraphs.add(current.toString());
      current.setLength(0);
    }
  }

  /** The paragraphs so far, the current one ended; possibly empty. */
  public List<String> finish() {
    endParagraph();
    return paragraphs;
  }

  /** Splits text into paragraphs at blank lines. */
  public static List<String> splitOnBlankLines(String text) {
    Paragraphs p = new Paragraphs();
    int start = 0;
    int n = text.length();
    for (int i = 0; i <= n; i++) {
      char c = i < n ? text.charAt(i) : '\n';
      if (c == '\n' || c == '\r') {
        p.addLine(text.substring(start, i));
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    return p.finish();
  }

  /**
   * Checks an article's paragraph count against {@link #MAX_PARAGRAPHS}.
   *
   * @throws IllegalArgumentException naming the article, its count and the limit
   */
  public static void checkCount(String id, int count) {
    if (count > MAX_PARAGRAPHS) {
      throw new IllegalArgumentException(
          String.format(
              "article %s has %,d paragraphs; at most %,d are accepted (is it really one article?)",
              id, count, MAX_PARAGRAPHS));
    }
  }
}
