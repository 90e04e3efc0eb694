package org.dateline.searcher.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.indexer.article.TextFiles;
import org.dateline.indexer.article.Utf8Reader;

/**
 * Reads topic files in three formats: TREC SGML ({@code <top> <num> Number: 301 <title> ...
 * </top>}, the query is the title), TSV ({@code qid<TAB>query}), and the TIME collection's {@code
 * TIME.QUE} ({@code *FIND n}, the query is the text up to the next {@code *FIND} or {@code *STOP}).
 * White space in queries is collapsed to single spaces. Topic ids must be unique. Each topic keeps
 * the line it starts on.
 */
public final class Topics {

  /** A topic file format. */
  public enum Format {
    /** TREC SGML: {@code <top>}, {@code <num>}, {@code <title>}; other fields are ignored. */
    TREC,
    /** One topic per line: {@code qid<TAB>query}; blank lines and {@code #} comments skipped. */
    TSV,
    /** The TIME collection's {@code TIME.QUE}: {@code *FIND n} then the query lines. */
    TIME
  }

  private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");
  private static final Pattern FIND = Pattern.compile("\\*FIND\\s+(\\S+)\\s*");

  private Topics() {}

  /** Reads a topic file (UTF-8), its format detected by {@link #detect}. */
  public static List<Topic> read(Path file) throws IOException, EvalFormatException {
    String text = readUtf8(file);
    return parse(file.toString(), text, detect(text));
  }

  /** Reads a topic file (UTF-8) in the given format. */
  public static List<Topic> read(Path file, Format format) throws IOException, EvalFormatException {
    return parse(file.toString(), readUtf8(file), format);
  }

  private static String readUtf8(Path file) throws IOException, EvalFormatException {
    StringWriter text = new StringWriter();
    try (Reader in = Utf8Reader.open(file)) {
      in.transferTo(text);
    } catch (Utf8Reader.BadLineException e) {
      throw new EvalFormatException(file.toString(), e.line(), e.reason());
    }
    return text.toString();
  }

  /**
   * The format of a topic file's text: TREC when it starts with {@code <top>}, TIME when it starts
   * with {@code *FIND}, else TSV.
   */
  public static Format detect(String text) {
    String start = TextFiles.withoutByteOrderMark(text).stripLeading();
    if (start.regionMatches(true, 0, "<top>", 0, 5)) {
      return Format.TREC;
    }
    return start.startsWith("*FIND") ? Format.TIME : Format.TSV;
  }

  /**
   * Parses topics.
   *
   * @param source the file name for messages
   * @throws EvalFormatException naming the line of a malformed or duplicate topic, or for an input
   *     without topics
   */
  public static List<Topic> parse(String source, String text, Format format)
      throws EvalFormatException {
    String body = TextFiles.withoutByteOrderMark(text);
    List<Located> topics =
        switch (format) {
          case TREC -> TrecTopicParser.parse(source, body);
          case TSV -> parseTsv(source, body);
          case TIME -> parseTime(source, body);
        };
    if (topics.isEmpty()) {
      throw new EvalFormatException(source, 1, "the file has no topics (read as " + format + ")");
    }
    Map<String, Integer> firstLine = new HashMap<>();
    List<Topic> result = new ArrayList<>();
    for (Located t : topics) {
      Integer previous = firstLine.putIfAbsent(t.id, t.line);
      if (previous != null) {
        throw new EvalFormatException(
            source,
            t.line,
            "topic '" + t.id + "' is defined twice (first on line " + previous + ")");
      }
      if (t.query.isEmpty()) {
        throw new EvalFormatException(source, t.line, "topic '" + t.id + "' has an empty query");
      }
      result.add(new Topic(t.id, t.query, t.line));
    }
    return List.copyOf(result);
  }

  /** A topic as read, with the line it starts on. */
  record Located(String id, String query, int line) {
    Located {
      query = WHITE_SPACE.matcher(query).replaceAll(" ").strip();
    }
  }

  private static List<Located> parseTsv(String source, String text) throws EvalFormatException {
    List<Located> topics = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (line.isBlank() || line.stripLeading().startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      if (columns.length != 2) {
        throw new EvalFormatException(
            source,
            i + 1,
            "expected 2 tab-separated columns 'qid<TAB>query', found " + columns.length);
      }
      String id = columns[0].strip();
      if (!Ids.isWord(id)) {
        throw new EvalFormatException(
            source, i + 1, "the topic id must be one word without spaces, found '" + id + "'");
      }
      topics.add(new Located(id, columns[1], i + 1));
    }
    return topics;
  }

  private static List<Located> parseTime(String source, String text) throws EvalFormatException {
    List<Located> topics = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    String id = null;
    int idLine = 0;
    StringBuilder query = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      boolean find = line.startsWith("*FIND");
      if (find || line.startsWith("*STOP")) {
        if (id != null) {
          topics.add(new Located(id, query.toString(), idLine));
        }
        id = null;
        query.setLength(0);
        if (find) {
          Matcher m = FIND.matcher(line);
          if (!m.matches()) {
            throw new EvalFormatException(
                source, i + 1, "expected '*FIND <number>', found '" + line + "'");
          }
          id = m.group(1);
          idLine = i + 1;
        }
      } else if (id != null) {
        query.append(line).append(' ');
      } else if (!line.isEmpty()) {
        throw new EvalFormatException(
            source, i + 1, "text outside a query: expected '*FIND <number>' first");
      }
    }
    if (id != null) {
      topics.add(new Located(id, query.toString(), idLine));
    }
    return topics;
  }
}
