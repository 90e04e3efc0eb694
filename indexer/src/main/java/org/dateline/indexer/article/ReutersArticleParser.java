package org.dateline.indexer.article;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the SGML of one Reuters-21578 {@code <REUTERS>} element into an {@link Article}. The id is
 * the NEWID attribute; the date is the day of {@code <DATE>} (the time part is ignored, since some
 * dates carry junk after it); the title is {@code <TITLE>}; the paragraphs come from {@code
 * <BODY>}, split as {@link ReutersText} says. An unprocessed story ({@code <TEXT TYPE="UNPROC">},
 * mostly tables of prices and rates) has neither: its title and paragraphs come from its text
 * ({@link ReutersText#unprocessed}). The {@code <D>} values of TOPICS, PLACES, PEOPLE, ORGS and
 * EXCHANGES become metadata lists named in lower case.
 */
final class ReutersArticleParser {

  private static final List<String> LISTS =
      List.of("TOPICS", "PLACES", "PEOPLE", "ORGS", "EXCHANGES");

  private static final List<String> MONTHS =
      List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");

  private ReutersArticleParser() {}

  /**
   * Parses one article.
   *
   * @param sgml the text from {@code <REUTERS} to {@code </REUTERS>}
   * @param firstLine the line of the file {@code sgml} starts on, for messages
   * @return the article, or {@code null} when it has no text: a brief ({@code TYPE="BRIEF"}, a
   *     headline only; 1,798 of the 21,578) or an empty story; a body or unprocessed text that is
   *     opened but not closed is rejected
   * @throws InvalidInputException naming the line and what is wrong
   */
  static Article parse(String sgml, int firstLine) throws InvalidInputException {
    String tag = sgml.substring(0, Math.max(sgml.indexOf('>') + 1, 0));
    String id = SgmlText.attribute(tag, "NEWID");
    if (id == null || id.isBlank()) {
      throw new InvalidInputException(firstLine, "<REUTERS> article without a NEWID attribute");
    }
    id = id.strip();
    LocalDate date = date(sgml, firstLine, id);
    String body = SgmlText.element(sgml, "BODY", 0);
    ReutersText.Story story;
    if (body != null) {
      story = new ReutersText.Story(title(sgml), ReutersText.paragraphs(SgmlText.decode(body)));
    } else {
      int open = SgmlText.contentStart(sgml, "BODY", 0);
      if (open >= 0) {
        throw new InvalidInputException(
            firstLine + lineOffset(sgml, open),
            "article NEWID=" + id + ": <BODY> is not closed by </BODY> (a truncated article?)");
      }
      String text = unprocessedText(sgml, firstLine, id);
      if (text != null) {
        story = ReutersText.unprocessed(SgmlText.decode(text));
      } else {
        String plain = textWithoutBody(sgml);
        if (plain == null) {
          return null;
        }
        story = new ReutersText.Story(title(sgml), ReutersText.paragraphs(SgmlText.decode(plain)));
      }
    }
    if (story.paragraphs().isEmpty()) {
      return null;
    }
    Paragraphs.checkCount(id, story.paragraphs().size());
    return new Article(id, date, story.title(), story.paragraphs(), metadata(sgml));
  }

  /**
   * The raw text of an unprocessed story, {@code <TEXT TYPE="UNPROC">}, which has no {@code <BODY>}
   * and no {@code <TITLE>}; {@code null} for any other article.
   */
  private static String unprocessedText(String sgml, int firstLine, String id)
      throws InvalidInputException {
    String tag = SgmlText.startTag(sgml, "TEXT", 0);
    if (tag == null || !"UNPROC".equalsIgnoreCase(SgmlText.attribute(tag, "TYPE"))) {
      return null;
    }
    String text = SgmlText.element(sgml, "TEXT", 0);
    if (text == null) {
      throw new InvalidInputException(
          firstLine + lineOffset(sgml, sgml.indexOf(tag)),
          "article NEWID="
              + id
              + ": <TEXT TYPE=\"UNPROC\"> is not closed by </TEXT> (a truncated article?)");
    }
    return text;
  }

  /** The parts of {@code <TEXT>} that are not its body: its headline, dateline and byline. */
  private static final List<String> HEADINGS = List.of("TITLE", "DATELINE", "AUTHOR");

  /**
   * The text written straight in the {@code <TEXT>} of a story that has no {@code <BODY>}, its
   * headline, dateline and byline left out; {@code null} for a brief ({@code TYPE="BRIEF"}, a
   * headline only) or when there is no such text.
   */
  private static String textWithoutBody(String sgml) {
    String tag = SgmlText.startTag(sgml, "TEXT", 0);
    if (tag == null || "BRIEF".equalsIgnoreCase(SgmlText.attribute(tag, "TYPE"))) {
      return null;
    }
    String text = SgmlText.element(sgml, "TEXT", 0);
    if (text == null) {
      return null;
    }
    for (String heading : HEADINGS) {
      int start = SgmlText.indexOf(text, "<" + heading, 0);
      int end = start < 0 ? -1 : SgmlText.indexOf(text, "</" + heading + ">", start);
      if (end >= 0) {
        text = text.substring(0, start) + text.substring(end + heading.length() + 3);
      }
    }
    return Article.hasText(text) ? text : null;
  }

  private static LocalDate date(String sgml, int firstLine, String id)
      throws InvalidInputException {
    String raw = SgmlText.element(sgml, "DATE", 0);
    if (raw == null) {
      return null;
    }
    try {
      return parseDate(SgmlText.decode(raw).strip());
    } catch (IllegalArgumentException e) {
      int line = firstLine + lineOffset(sgml, SgmlText.indexOf(sgml, "<DATE>", 0));
      throw new InvalidInputException(line, "article NEWID=" + id + ": " + e.getMessage());
    }
  }

  /**
   * Parses the day of a date like {@code 26-FEB-1987 15:01:01.79}; whatever follows the year after
   * white space is ignored.
   *
   * @throws IllegalArgumentException naming the value and the expected form
   */
  static LocalDate parseDate(String value) {
    int first = value.indexOf('-');
    int second = first < 0 ? -1 : value.indexOf('-', first + 1);
    int end = second < 0 ? -1 : second + 1;
    while (end >= 0 && end < value.length() && Character.isDigit(value.charAt(end))) {
      end++;
    }
    boolean wellFormed =
        first > 0
            && first <= 2
            && second == first + 4
            && end - second - 1 == 4
            && isAsciiDigits(value, 0, first)
            && isAsciiDigits(value, second + 1, end)
            && (end == value.length() || Character.isWhitespace(value.charAt(end)));
    int month =
        wellFormed
            ? MONTHS.indexOf(value.substring(first + 1, second).toUpperCase(Locale.ROOT))
            : -1;
    if (month < 0) {
      throw new IllegalArgumentException(
          "'" + shorten(value) + "' is not a date of the form DD-MON-YYYY (like 26-FEB-1987)");
    }
    int day = Integer.parseInt(value.substring(0, first));
    int year = Integer.parseInt(value.substring(second + 1, end));
    return ArticleDates.of(shorten(value), year, month + 1, day);
  }

  private static String title(String sgml) {
    String raw = SgmlText.element(sgml, "TITLE", 0);
    if (raw == null) {
      return null;
    }
    String title = SgmlText.decode(raw).replace('\n', ' ').strip();
    return title.isEmpty() ? null : title;
  }

  private static Map<String, List<String>> metadata(String sgml) {
    Map<String, List<String>> metadata = new LinkedHashMap<>();
    for (String name : LISTS) {
      List<String> values = SgmlText.values(sgml, name);
      if (!values.isEmpty()) {
        metadata.put(name.toLowerCase(Locale.ROOT), values);
      }
    }
    return metadata;
  }

  private static boolean isAsciiDigits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return from < to;
  }

  private static int lineOffset(String s, int offset) {
    int lines = 0;
    for (int i = 0; i < offset; i++) {
      if (s.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }

  private static String shorten(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "..." : s;
  }
}
