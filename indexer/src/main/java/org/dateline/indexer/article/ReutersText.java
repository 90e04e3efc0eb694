package org.dateline.indexer.article;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the text of a Reuters-21578 story is laid out, and so how it is split: a line indented by
 * four spaces (or a blank line) starts a new paragraph, other lines continue the one before, and
 * the closing "Reuter" sign-off is dropped, also when mistyped ({@code REUTE}). The wire's
 * continuation marker "More", which says another take of the story follows, is dropped too: set one
 * space in on a line of its own, or after the last sentence of a paragraph. Tables of figures
 * follow the same rule: rows set one space in, or not at all, continue the paragraph that the last
 * blank line or four-space heading started, so a paragraph is a table or a section of one.
 */
final class ReutersText {

  private ReutersText() {}

  /** A story's title, or {@code null}, and its paragraphs, possibly none. */
  record Story(String title, List<String> paragraphs) {}

  /**
   * The longest first line taken for a title: the wire's lines run to about 65 characters, and the
   * corpus' own titles to 59; a longer first line is text wrapped onto the next one.
   */
  static final int MAX_TITLE = 59;

  /**
   * Reads an unprocessed story ({@code <TEXT TYPE="UNPROC">}), whose headline is the first line of
   * its text with no tag to say where it ends. The first line is the title when the next line sets
   * it off (blank, or indented as paragraphs and table rows are) and it is no full line of text
   * ({@value #MAX_TITLE} characters at most), no paragraph start (indented four spaces) and starts
   * with a letter, digit or opening bracket or quote. Otherwise the headline runs on into the text
   * ({@code "ZURICH GOLD 1415 - APRIL 7 POOL 418.50-421.50 (419.50-422.50 AT"} then {@code "1300)
   * INTERBANK ..."}) and the story has no title; so has a story of one line, which is its one
   * paragraph. The text is split as {@link #paragraphs} says.
   */
  static Story unprocessed(String text) {
    String[] lines = text.split("\n", -1);
    int first = 0;
    while (first < lines.length && lines[first].isBlank()) {
      first++;
    }
    if (first + 1 < lines.length && isTitle(lines[first], lines[first + 1])) {
      String rest = String.join("\n", Arrays.copyOfRange(lines, first + 1, lines.length));
      List<String> paragraphs = paragraphs(rest);
      if (!paragraphs.isEmpty()) {
        return new Story(lines[first].strip(), paragraphs);
      }
    }
    return new Story(null, paragraphs(text));
  }

  private static boolean isTitle(String line, String next) {
    String title = line.strip();
    return !title.isEmpty()
        && title.length() <= MAX_TITLE
        && !line.startsWith("    ")
        && (Character.isLetterOrDigit(title.charAt(0)) || "<(\"'".indexOf(title.charAt(0)) >= 0)
        && (next.isBlank() || Character.isWhitespace(next.charAt(0)));
  }

  /** Splits decoded text into paragraphs, without the closing sign-off or continuation markers. */
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
      if (isMarker(lines[i])) {
        paragraphs.endParagraph();
        continue;
      }
      if (i > 0 && lines[i].startsWith("    ")) {
        paragraphs.endParagraph();
      }
      paragraphs.addLine(endsParagraph(lines, i, last) ? withoutMarker(lines[i]) : lines[i]);
    }
    return paragraphs.finish();
  }

  /** A continuation marker on a line of its own, set in by white space as the wire sets it. */
  static boolean isMarker(String line) {
    return !line.isEmpty()
        && Character.isWhitespace(line.charAt(0))
        && line.strip().equalsIgnoreCase("more");
  }

  /**
   * "More" after the last sentence of a paragraph ({@code "...strained the system. MORE"}): a
   * paragraph that ends in a one-word sentence without its full stop is the marker. Where the
   * sentence goes on on the next line ({@code "licences. More\nthan 100 applications"}), or "more"
   * ends a sentence ({@code "buy more."}), it is a word and stays.
   */
  private static final Pattern TRAILING_MARKER =
      Pattern.compile("(?<=[.!?][\"')]?)\\s+(?i:more)\\s*$");

  /** The last line of a paragraph without a continuation marker after its last sentence. */
  static String withoutMarker(String line) {
    Matcher m = TRAILING_MARKER.matcher(line);
    return m.find() ? line.substring(0, m.start()) : line;
  }

  /** Whether line {@code i} is the last of its paragraph: no text line continues it. */
  private static boolean endsParagraph(String[] lines, int i, int last) {
    int next = i + 1;
    while (next <= last && isMarker(lines[next])) {
      next++;
    }
    return next > last || lines[next].isBlank() || lines[next].startsWith("    ");
  }

  private static int lastNonBlank(String[] lines, int from) {
    int last = from;
    while (last >= 0 && lines[last].isBlank()) {
      last--;
    }
    return last;
  }

  /**
   * A "Reuter" sign-off at the end of a story's last line (after its trailing dots, spaces and
   * {@code ^M} have been cut): the whole line, set off by two spaces, or after a space that follows
   * something other than a letter ({@code "a year ago. REUTER"}, {@code "0.56 (0.361) REUTER"}),
   * with a desk code or time stamp that sometimes follows it ({@code "REUTER N"}, {@code
   * "Reuter4"}, {@code "REUTER11:43/VB"}). "told Reuters" in a sentence follows a letter and stays.
   */
  private static final Pattern SIGN_OFF =
      Pattern.compile(
          "(?:^\\s*|\\s{2,}|(?<=[^\\p{L}\\s])\\s+)(?i:reuters?)"
              + "(?:\\s?[A-Z]{1,3}|[0-9][0-9A-Z:/]{0,11})?$");

  /**
   * The line without a trailing "Reuter" sign-off ({@link #SIGN_OFF}); empty when the line is a
   * mistyped one ({@link #isMistypedSignOff}).
   */
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
    if (m.find()) {
      return line.substring(0, m.start()).stripTrailing();
    }
    return isMistypedSignOff(line.substring(0, end).strip()) ? "" : line;
  }

  /**
   * A line that is only "Reuter" with one letter added, dropped, changed or two swapped ({@code
   * REUTE}, {@code RUTER}, {@code REUITER}, {@code REUETER}): at the end of a story, on a line of
   * its own, no word of the text, and beginning with its R.
   */
  static boolean isMistypedSignOff(String line) {
    String word = line.toLowerCase(Locale.ROOT);
    if (word.length() < 5
        || word.length() > 7
        || word.charAt(0) != 'r' // every mistyping in the corpus keeps it; "NEUTER" is a word
        || !word.chars().allMatch(Character::isLetter)) {
      return false;
    }
    return oneEditApart(word, "reuter");
  }

  /** Whether {@code a} becomes {@code b} by one insertion, deletion, substitution or swap. */
  private static boolean oneEditApart(String a, String b) {
    if (a.length() < b.length()) {
      return oneEditApart(b, a);
    }
    int start = 0;
    while (start < b.length() && a.charAt(start) == b.charAt(start)) {
      start++;
    }
    if (start == b.length()) {
      return a.length() == b.length() + 1;
    }
    if (a.length() > b.length()) {
      return a.length() == b.length() + 1 && a.substring(start + 1).equals(b.substring(start));
    }
    String rest = a.substring(start + 1);
    boolean swapped =
        start + 1 < a.length()
            && a.charAt(start) == b.charAt(start + 1)
            && a.charAt(start + 1) == b.charAt(start)
            && a.substring(start + 2).equals(b.substring(start + 2));
    return rest.equals(b.substring(start + 1)) || swapped;
  }
}
