package org.dateline.indexer.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads JSON Lines: one article per line, a JSON object with
 *
 * <ul>
 *   <li>{@code id}: a non-blank string (an integer is taken as its decimal text);
 *   <li>{@code date}: optional, {@code YYYY-MM-DD}; without it the article has no date;
 *   <li>{@code title}, {@code source}, {@code url}: optional strings; source and url are kept as
 *       metadata;
 *   <li>either {@code paragraphs}, an array of strings, one paragraph each, or {@code body}, a
 *       string whose paragraphs are separated by blank lines (not both). Lines of one paragraph are
 *       joined with a space, as in every format.
 * </ul>
 *
 * Other fields are ignored. The file is UTF-8 and is read line by line, never whole. Blank lines
 * are skipped; a line that is not such an object is rejected with its line number and reading goes
 * on; so is a line with bytes that are not UTF-8. Lines are capped at {@link
 * LineReader#MAX_LINE_BYTES}: a longer line is rejected, so a huge single-line file costs bounded
 * memory.
 */
public final class JsonLinesReader implements ArticleReader {

  private static final ObjectReader JSON =
      JsonMapper.builder()
          // a field given twice is refused (by default the last would win, silently)
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .build()
          .reader()
          .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final int maxLineBytes;

  /** A reader with the default line cap. */
  public JsonLinesReader() {
    this(LineReader.MAX_LINE_BYTES);
  }

  /** A reader with the given line cap (tests use a small one). */
  JsonLinesReader(int maxLineBytes) {
    this.maxLineBytes = maxLineBytes;
  }

  @Override
  public String name() {
    return "jsonl";
  }

  /** Files named {@code *.jsonl} or {@code *.ndjson}. */
  @Override
  public boolean accepts(Path file) {
    // or by content: a first line that opens a JSON object ("article.json"); the seed format's
    // first line is "date ..."
    return hasLinesName(file) || opensJsonObject(file, false);
  }

  /** How far into a file {@link #opensJsonObject} looks for its first line of text. */
  private static final int SNIFF_BYTES = 4096;

  /**
   * Whether the file's text, past a byte-order mark, blank lines and spaces, opens a JSON object
   * ({@code {"id": ...}} or {@code {}}).
   *
   * @param ifUnreadable the answer for a file that cannot be read
   */
  private static boolean opensJsonObject(Path file, boolean ifUnreadable) {
    byte[] head;
    try {
      head = TextFiles.head(file, SNIFF_BYTES);
    } catch (IOException e) {
      return ifUnreadable;
    }
    int i = skipBlanks(head, 0);
    if (i == head.length || head[i] != '{') {
      return false;
    }
    i = skipBlanks(head, i + 1);
    return i < head.length && (head[i] == '"' || head[i] == '}');
  }

  private static int skipBlanks(byte[] b, int i) {
    while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n')) {
      i++;
    }
    return i;
  }

  /**
   * In a folder read as JSON Lines, files named {@code .jsonl}, {@code .ndjson} or {@code .json},
   * and any other whose text opens a JSON object: notes beside them ({@code README.md}) are not
   * read. A file that cannot be read is taken, so that it is reported rather than passed over.
   */
  /** A file of no records (empty, or blank lines only) is a sound JSON Lines file. */
  @Override
  public boolean mayHoldNoArticles() {
    return true;
  }

  @Override
  public boolean isArticleFile(Path file) {
    return hasLinesName(file)
        || file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")
        || opensJsonObject(file, true);
  }

  /** Whether the file begins with UTF-16's byte-order mark, in either byte order. */
  private static boolean isUtf16(Path file) throws IOException {
    byte[] head = TextFiles.head(file, 2);
    return TextFiles.startsAsUtf16(head, head.length);
  }

  /**
   * Whether the file's head is binary rather than text with a stray bad byte: more than one byte in
   * twenty a control character other than tab, line breaks and form feed (random bytes have one in
   * eleven, UTF-16 text one in two, text next to none).
   */
  private static boolean headLooksBinary(Path file) throws IOException {
    byte[] head = TextFiles.head(file, SNIFF_BYTES);
    int control = 0;
    for (byte b : head) {
      if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7f) {
        control++;
      }
    }
    return control * 20 > head.length;
  }

  private static boolean hasLinesName(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".jsonl") || name.endsWith(".ndjson");
  }

  @Override
  public void read(Path file, ArticleHandler handler) throws IOException {
    String source = file.toString();
    try (LineReader lines = LineReader.lineFeedsOnly(file, StandardCharsets.UTF_8, maxLineBytes)) {
      for (String line = lines.next(); line != null; line = lines.next()) {
        int number = lines.lineNumber();
        if (number == 1
            && (line.indexOf('\0') >= 0 || (lines.problem() != null && headLooksBinary(file)))) {
          // a binary file (or text in UTF-16) is one rejection, not one per line; further on, a
          // NUL byte costs only the line it is in
          throw new InvalidInputException(
              number,
              isUtf16(file)
                  ? "text in UTF-16; JSON Lines are read as UTF-8 (convert the file)"
                  : "binary data (NUL byte), not JSON Lines text");
        }
        if (lines.problem() != null) {
          handler.reject(new Rejection(source, number, lines.problem()));
          continue;
        }
        if (number == 1) {
          line = TextFiles.withoutByteOrderMark(line);
        }
        if (line.isBlank()) {
          continue;
        }
        Article article;
        try {
          article = parse(line);
        } catch (IllegalArgumentException e) {
          handler.reject(new Rejection(source, number, e.getMessage()));
          continue;
        }
        handler.accept(article, number);
      }
    }
  }

  /** A record that starts after a carriage return: records ended by carriage returns alone. */
  private static final java.util.regex.Pattern RECORD_AFTER_CR =
      java.util.regex.Pattern.compile("\\r[ \\t]*\\{");

  /**
   * Parses one line.
   *
   * @throws IllegalArgumentException saying what is wrong with the line
   */
  static Article parse(String line) {
    if (line.indexOf('\0') >= 0) {
      throw new IllegalArgumentException("binary data (NUL character), not a JSON object");
    }
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      // records ended by carriage returns alone (old Mac files) read as one line
      String hint =
          RECORD_AFTER_CR.matcher(line).find()
              ? "; lines end with carriage returns only? JSON Lines ends each record with a line"
                  + " feed"
              : "";
      throw new IllegalArgumentException(
          "not JSON (" + shorten(e.getOriginalMessage()) + column(e) + ")" + hint);
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON (" + e.getMessage() + ")");
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException(
          "expected a JSON object with an \"id\", found " + describe(node));
    }
    String id = id(node);
    LocalDate date = date(node);
    String title = optionalText(node, "title");
    List<String> paragraphs = paragraphs(node, id);
    Paragraphs.checkCount(id, paragraphs.size());
    Map<String, List<String>> metadata = new LinkedHashMap<>();
    for (String key : List.of("source", "url")) {
      String value = optionalText(node, key);
      if (value != null) {
        metadata.put(key, List.of(value));
      }
    }
    return new Article(id, date, title, paragraphs, metadata);
  }

  private static String id(JsonNode node) {
    JsonNode id = node.get("id");
    if (id == null || id.isNull()) {
      throw new IllegalArgumentException("the object has no \"id\"; every article needs one");
    }
    if (!id.isTextual() && !id.isIntegralNumber()) {
      throw new IllegalArgumentException("\"id\" must be a string, found " + describe(id));
    }
    String text = id.asText().strip();
    if (text.isEmpty()) {
      throw new IllegalArgumentException("\"id\" is blank; every article needs one");
    }
    return text;
  }

  private static LocalDate date(JsonNode node) {
    String date = optionalText(node, "date");
    return date == null ? null : ArticleDates.parseIso(date);
  }

  private static List<String> paragraphs(JsonNode node, String id) {
    JsonNode array = node.get("paragraphs");
    String body = optionalText(node, "body");
    boolean hasArray = array != null && !array.isNull();
    if (hasArray && body != null) {
      throw new IllegalArgumentException(
          "article " + id + " has both \"paragraphs\" and \"body\"; give one of them");
    }
    List<String> paragraphs;
    if (hasArray) {
      paragraphs = paragraphArray(array);
    } else if (body != null) {
      paragraphs = Paragraphs.splitOnBlankLines(body);
    } else if (node.hasNonNull("body")) {
      throw new IllegalArgumentException("article " + id + " has no text (\"body\" is blank)");
    } else {
      throw new IllegalArgumentException(
          "article " + id + " has neither \"paragraphs\" (array of strings) nor \"body\" (string)");
    }
    if (paragraphs.isEmpty()) {
      throw new IllegalArgumentException("article " + id + " has no text");
    }
    return paragraphs;
  }

  private static List<String> paragraphArray(JsonNode array) {
    if (!array.isArray()) {
      throw new IllegalArgumentException(
          "\"paragraphs\" must be an array of strings, found " + describe(array));
    }
    List<String> paragraphs = new ArrayList<>(array.size());
    for (JsonNode p : array) {
      if (!p.isTextual()) {
        throw new IllegalArgumentException(
            "\"paragraphs\" must hold only strings, found " + describe(p));
      }
      paragraphs.addAll(Paragraphs.splitOnBlankLines(p.textValue()));
    }
    return paragraphs;
  }

  private static String column(JsonProcessingException e) {
    return e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
  }

  private static String optionalText(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isTextual()) {
      throw new IllegalArgumentException(
          "\"" + field + "\" must be a string, found " + describe(value));
    }
    String text = value.textValue().strip();
    return text.isEmpty() ? null : text;
  }

  private static String describe(JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    String type = node.getNodeType().toString().toLowerCase(Locale.ROOT);
    return node.isContainerNode() ? "an " + type : type + " " + shorten(node.toString());
  }

  private static String shorten(String s) {
    return s.length() > 60 ? s.substring(0, 60) + "..." : s;
  }
}
