package org.dateline.indexer.article;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the TIME test collection's {@code TIME.ALL}: each article starts with a header line {@code
 * *TEXT nnn mm/dd/yy PAGE ppp}, and {@code *STOP}, if present, ends the file. The article id is the
 * text number as written ({@code 017}), the date is 19yy-mm-dd, the page is kept as metadata {@code
 * page}; there is no title (the headline runs into the first sentence, with nothing to tell where
 * it ends).
 *
 * <p>Each article is ONE paragraph: the file has no paragraph marks at all (every line is followed
 * by one blank line, none is indented), so any split would be a guess, and one paragraph per
 * article is exactly what the collection's reference BM25 figures were measured on. Text is read as
 * ISO-8859-1 (the file is ASCII), or as UTF-8 when it starts with UTF-8's byte-order mark, and kept
 * in its original upper case; analysis lower-cases it.
 */
public final class TimeCollectionReader implements ArticleReader {

  /** The file that holds the articles; the collection's other files are queries and judgments. */
  public static final String ARTICLES_FILE = "TIME.ALL";

  private static final String HEADER = "*TEXT";

  /**
   * The header; one article of the corpus writes its date {@code 08/30 63}, so a space may stand in
   * for a slash.
   */
  private static final Pattern HEADER_LINE =
      Pattern.compile(
          "\\*TEXT\\s+(\\d+)\\s+(\\d{2})/(\\d{2})[/ ](\\d{2})(?:\\s+PAGE\\s+(\\d+))?\\s*");

  /** The largest article read; TIME articles are below 30,000 characters. */
  public static final int MAX_ARTICLE_CHARS = 4 * 1024 * 1024;

  @Override
  public String name() {
    return "time";
  }

  /** A file named {@code TIME.ALL}, or one that starts with {@code *TEXT}. */
  @Override
  public boolean accepts(Path file) {
    return isArticlesFile(file) || TextFiles.startsWith(file, HEADER, false);
  }

  /**
   * In a folder read as TIME, only {@code TIME.ALL} (or a file starting with {@code *TEXT}); the
   * queries, judgments, stop words and notes beside it are skipped, not rejected.
   */
  @Override
  public boolean isArticleFile(Path file) {
    return isArticlesFile(file) || TextFiles.startsWith(file, HEADER, true);
  }

  private static boolean isArticlesFile(Path file) {
    return file.getFileName().toString().equalsIgnoreCase(ARTICLES_FILE);
  }

  @Override
  public void read(Path file, ArticleHandler handler) throws IOException {
    String source = file.toString();
    Collector collector = new Collector(source, handler);
    InputStream in = new BufferedInputStream(Files.newInputStream(file));
    // a file saved with a byte-order mark says it is UTF-8 (an editor's "UTF-8 with BOM")
    Charset charset;
    try {
      charset =
          TextFiles.skipUtf8ByteOrderMark(in)
              ? StandardCharsets.UTF_8
              : StandardCharsets.ISO_8859_1;
    } catch (IOException e) {
      in.close();
      throw e;
    }
    try (LineReader lines = new LineReader(in, charset, MAX_ARTICLE_CHARS)) {
      for (String line = lines.next(); line != null; line = lines.next()) {
        int number = lines.lineNumber();
        if (lines.problem() != null) {
          throw new InvalidInputException(number, lines.problem());
        }
        if (number == 1 && line.indexOf('\0') >= 0) {
          // further on, a NUL byte costs only the article it is in
          throw new InvalidInputException(number, "binary data (NUL byte), not TIME text");
        }
        if (line.startsWith("*STOP")) {
          break;
        }
        if (line.startsWith(HEADER)) {
          collector.start(line, number);
        } else {
          collector.text(line, number);
        }
      }
      collector.finish();
    }
  }

  /** Gathers the lines of the current article and hands it on when the next one starts. */
  private static final class Collector {
    private final String source;
    private final ArticleHandler handler;
    private final StringBuilder text = new StringBuilder();
    private String id;
    private LocalDate date;
    private String page;
    private int headerLine;
    private boolean skipping;
    private boolean reportedStray;

    Collector(String source, ArticleHandler handler) {
      this.source = source;
      this.handler = handler;
    }

    void start(String line, int number) throws IOException {
      finish();
      headerLine = number;
      Matcher m = HEADER_LINE.matcher(line);
      try {
        if (!m.matches()) {
          throw new IllegalArgumentException(
              "expected a header '*TEXT nnn mm/dd/yy PAGE ppp', found: " + shorten(line));
        }
        String written = m.group(2) + "/" + m.group(3) + "/" + m.group(4);
        date =
            ArticleDates.of(
                written,
                1900 + Integer.parseInt(m.group(4)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)));
        id = m.group(1);
        page = m.group(5);
      } catch (IllegalArgumentException e) {
        handler.reject(new Rejection(source, number, e.getMessage() + "; article skipped"));
        skipping = true;
      }
    }

    void text(String line, int number) {
      if (skipping || line.isBlank()) {
        return;
      }
      if (id == null) {
        if (!reportedStray) {
          reportedStray = true;
          handler.reject(new Rejection(source, number, "text before the first *TEXT header"));
        }
        return;
      }
      if (line.indexOf('\0') >= 0) {
        handler.reject(
            new Rejection(
                source, number, "article " + id + " holds binary data (a NUL byte); not read"));
        skipping = true;
        return;
      }
      if (text.length() + line.length() + 1 > MAX_ARTICLE_CHARS) {
        handler.reject(
            new Rejection(
                source,
                headerLine,
                String.format(
                    "article %s is longer than %,d characters; not read", id, MAX_ARTICLE_CHARS)));
        skipping = true;
        return;
      }
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(line.strip());
    }

    void finish() throws IOException {
      if (id != null && !skipping) {
        if (!Article.hasText(text.toString())) {
          handler.reject(new Rejection(source, headerLine, "article " + id + " has no text"));
        } else {
          Map<String, List<String>> metadata =
              page == null ? Map.of() : Map.of("page", List.of(page));
          Article article = null;
          try {
            article = new Article(id, date, null, List.of(text.toString()), metadata);
          } catch (IllegalArgumentException e) {
            // one article the record refuses (text of control characters only, say), not the file
            handler.reject(new Rejection(source, headerLine, e.getMessage()));
          }
          if (article != null) {
            handler.accept(article, headerLine);
          }
        }
      }
      id = null;
      skipping = false;
      text.setLength(0);
    }

    private static String shorten(String s) {
      return s.length() > 50 ? "'" + s.substring(0, 50) + "...'" : "'" + s + "'";
    }
  }
}
