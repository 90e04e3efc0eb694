package org.dateline.searcher.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses TREC SGML topics. Tags may share a line ({@code <top><num> Number: 7 <title> ...}) or
 * stand on their own; closing field tags ({@code </title>}) are optional, as in the TREC files. The
 * query is the title, without a leading {@code Topic:}.
 */
final class TrecTopicParser {

  private static final Pattern TAG = Pattern.compile("<\\s*(/?)\\s*([A-Za-z]+)\\s*>");

  private final String source;
  private final String text;
  private final int[] lineStarts;
  private final List<Topics.Located> topics = new ArrayList<>();

  private int topLine;
  private String field;
  private StringBuilder num;
  private StringBuilder title;

  private TrecTopicParser(String source, String text) {
    this.source = source;
    this.text = text;
    this.lineStarts = lineStarts(text);
  }

  static List<Topics.Located> parse(String source, String text) throws EvalFormatException {
    TrecTopicParser parser = new TrecTopicParser(source, text);
    parser.run();
    return parser.topics;
  }

  private void run() throws EvalFormatException {
    Matcher m = TAG.matcher(text);
    int position = 0;
    while (m.find()) {
      content(position, m.start());
      tag(m.group(1).equals("/"), m.group(2).toLowerCase(Locale.ROOT), m.start());
      position = m.end();
    }
    content(position, text.length());
    if (num != null) {
      throw new EvalFormatException(source, topLine, "<top> is never closed by </top>");
    }
  }

  private void content(int from, int to) throws EvalFormatException {
    String between = text.substring(from, to);
    if (num == null) {
      if (!between.isBlank()) {
        throw new EvalFormatException(
            source, lineOf(from + between.indexOf(between.strip())), "text outside <top>...</top>");
      }
    } else if ("num".equals(field)) {
      num.append(between);
    } else if ("title".equals(field)) {
      title.append(between).append(' ');
    }
  }

  private void tag(boolean closing, String name, int offset) throws EvalFormatException {
    boolean inTop = num != null;
    if (name.equals("top")) {
      if (closing != inTop) {
        throw new EvalFormatException(
            source, lineOf(offset), closing ? "</top> without <top>" : "<top> inside <top>");
      }
      if (closing) {
        finishTopic(offset);
      } else {
        topLine = lineOf(offset);
        num = new StringBuilder();
        title = new StringBuilder();
        field = null;
      }
    } else if (!inTop) {
      throw new EvalFormatException(
          source, lineOf(offset), "tag <" + (closing ? "/" : "") + name + "> outside <top>");
    } else {
      field = closing ? null : name;
    }
  }

  private void finishTopic(int offset) throws EvalFormatException {
    String id = num.toString().strip().replaceFirst("(?i)^number:", "").strip();
    if (!Ids.isWord(id)) {
      throw new EvalFormatException(
          source, topLine, "expected '<num> Number: <id>' with a one-word id, found '" + id + "'");
    }
    String query = title.toString().strip().replaceFirst("(?i)^topic:", "");
    if (query.isBlank()) {
      throw new EvalFormatException(
          source,
          topLine,
          "topic '" + id + "' has no <title> (the query); ends on line " + lineOf(offset));
    }
    topics.add(new Topics.Located(id, query, topLine));
    num = null;
    title = null;
    field = null;
  }

  private int lineOf(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return (i >= 0 ? i : -i - 2) + 1;
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>(List.of(0));
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }
}
