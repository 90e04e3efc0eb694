package org.dateline.indexer.article;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the text of a Reuters-21578 story is laid out, and so how it is split: a line indented by
 * four spaces (or a blank line) starts a new paragraph, other lines continue the one before, and
 * the closing "Reuter" sign-off is dropped.
 */
final class ReutersText {

  private ReutersText() {}

  /** Splits decoded text into paragraphs, without the closing sign-off. */
  static List<String> paragraphs(String text) {
    String[] lines = text.split("\n", -1);
    int last = lastNonBlank(lines, lines.length - 1);
    while (last >= 0) {
      // a sign-off may be doubled ("REUTER" then " Reuter"): the one before goes too
      String line = withoutSignOff(lines[last]);
      if (line.equals(lines[last])) {
        break;
      }
      lines[last] = line;
      if (!line.isBlank()) {
        break;
      }
      last = lastNonBlank(lines, last - 1);
    }
    Paragraphs paragraphs = new Paragraphs();
    for (int i = 0; i <= last; i++) {
      if (i > 0 && lines[i].startsWith("    ")) {
        paragraphs.endParagraph();
      }
      paragraphs.addLine(lines[i]);
    }
    return paragraphs.finish();
  }

  private static int lastNonBlank(String[] lines, int from) {
    int last = from;
    while (last >= 0 && lines[last].isBlank()) {
      last--;
    }
    return last;
  }

  /**
   * A "Reuter" sign-off at the end of a body's last line (after its trailing dots, spaces and
   * {@code ^M} have been cut): the whole line, set off by two spaces, or after a space that follows
   * something other than a letter ({@code "a year ago. REUTER"}, {@code "0.56 (0.361) REUTER"}),
   * with a desk code or time stamp that sometimes follows it ({@code "REUTER N"}, {@code
   * "Reuter4"}, {@code "REUTER11:43/VB"}). "told Reuters" in a sentence follows a letter and stays.
   */
  private static final Pattern SIGN_OFF =
      Pattern.compile(
          "(?:^\\s*|\\s{2,}|(?<=[^\\p{L}\\s])\\s+)(?i:reuters?)"
              + "(?:\\s?[A-Z]{1,3}|[0-9][0-9A-Z:/]{0,11})?$");

  /** The line without a trailing "Reuter" sign-off ({@link #SIGN_OFF}). */
  static String withoutSignOff(String line) {
    int end = line.length();
    while (true) {
      while (end > 0
          && (Character.isWhitespace(line.charAt(end - 1)) || line.charAt(end - 1) == '.')) {
        end--;
      }
      if (end >= 2 && line.startsWith("^M", end - 2)) {
        end -= 2;
        continue;
      }
      break;
    }
    Matcher m = SIGN_OFF.matcher(line).region(0, end);
    return m.find() ? line.substring(0, m.start()).stripTrailing() : line;
  }
}
