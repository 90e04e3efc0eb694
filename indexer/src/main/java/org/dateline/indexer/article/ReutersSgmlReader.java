package org.dateline.indexer.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads Reuters-21578 SGML files ({@code reut2-NNN.sgm}): ISO-8859-1, many {@code <REUTERS>}
 * articles per file, parsed leniently by {@link ReutersArticleParser}. The file is streamed one
 * article at a time; no DOM is built.
 *
 * <p>Unprocessed stories ({@code <TEXT TYPE="UNPROC">}; 737 of the 21,578, mostly tables of prices
 * and rates) have no {@code <BODY>} but text, which is read. Briefs ({@code <TEXT TYPE="BRIEF">}; a
 * headline and no text, 1,798) and the one empty story are passed over ({@link
 * ArticleHandler#passedOver}) without a rejection: they are part of the corpus, not errors, and
 * have no paragraphs to index. An article cut off before its {@code </REUTERS>} is rejected with
 * the line it starts on; the complete articles around it are still read. Lines are capped at {@link
 * LineReader#MAX_LINE_BYTES} and articles at {@link #MAX_ARTICLE_CHARS}, so memory stays bounded
 * whatever the input.
 */
public final class ReutersSgmlReader implements ArticleReader {

  /** The largest article read; real ones are below 20,000 characters. */
  public static final int MAX_ARTICLE_CHARS = 4 * 1024 * 1024;

  private static final String DOCTYPE = "<!DOCTYPE lewis";

  @Override
  public String name() {
    return "reuters";
  }

  /** Files named {@code *.sgm}, or starting with {@code <!DOCTYPE lewis}. */
  @Override
  public boolean accepts(Path file) {
    return hasExtension(file) || TextFiles.startsWith(file, DOCTYPE, false);
  }

  /** In a folder read as Reuters, only the SGML files; not the DTD, README or category lists. */
  @Override
  public boolean isArticleFile(Path file) {
    return hasExtension(file) || TextFiles.startsWith(file, DOCTYPE, true);
  }

  @Override
  public void read(Path file, ArticleHandler handler) throws IOException {
    Splitter splitter = new Splitter(file.toString(), handler);
    try (LineReader lines =
        LineReader.open(file, StandardCharsets.ISO_8859_1, LineReader.MAX_LINE_BYTES)) {
      for (String line = lines.next(); line != null; line = lines.next()) {
        if (lines.problem() != null) {
          throw new InvalidInputException(lines.lineNumber(), lines.problem());
        }
        if (lines.lineNumber() == 1 && line.indexOf('\0') >= 0) {
          // further on, a NUL byte costs only the article it is in
          throw new InvalidInputException(
              lines.lineNumber(), "binary data (NUL byte), not Reuters SGML text");
        }
        splitter.line(line, lines.lineNumber());
      }
      splitter.end(lines.lineNumber());
    }
  }

  private static boolean hasExtension(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".sgm");
  }

  /** Cuts the line stream into {@code <REUTERS>...</REUTERS>} pieces and parses each. */
  private static final class Splitter {
    private static final String OPEN = "<REUTERS";
    private static final String CLOSE = "</REUTERS>";

    private final String source;
    private final ArticleHandler handler;
    private StringBuilder article;
    private int startLine;
    private boolean oversized;
    private int lineNumber;
    private int binaryLine;
    private boolean sawArticle;
    private boolean sawText;

    Splitter(String source, ArticleHandler handler) {
      this.source = source;
      this.handler = handler;
    }

    void line(String line, int number) throws IOException {
      lineNumber = number;
      int pos = 0;
      while (true) {
        int from = pos;
        if (article == null) {
          int open = openingTag(line, pos);
          if (open < 0) {
            sawText |= !line.isBlank();
            return;
          }
          article = new StringBuilder(8192);
          startLine = number;
          oversized = false;
          binaryLine = 0;
          sawArticle = true;
          pos = open;
          from = open + OPEN.length();
        }
        int close = SgmlText.indexOf(line, CLOSE, from);
        int reopen = openingTag(line, from);
        if (reopen >= 0 && (close < 0 || reopen < close)) {
          append(line, pos, reopen);
          unterminated("before the next <REUTERS> on line " + number);
          pos = reopen;
        } else if (close >= 0) {
          append(line, pos, close + CLOSE.length());
          complete();
          pos = close + CLOSE.length();
        } else {
          append(line, pos, line.length());
          append("\n", 0, 1);
          return;
        }
      }
    }

    /**
     * Where the next {@code <REUTERS} tag starts at or after {@code from}, in any case, followed by
     * a space, {@code >} or the line's end (not {@code <REUTERSX}); -1 when there is none.
     */
    private static int openingTag(String line, int from) {
      for (int i = SgmlText.indexOf(line, OPEN, from);
          i >= 0;
          i = SgmlText.indexOf(line, OPEN, i + 1)) {
        int after = i + OPEN.length();
        if (after == line.length()
            || line.charAt(after) == '>'
            || Character.isWhitespace(line.charAt(after))) {
          return i;
        }
      }
      return -1;
    }

    void end(int lastLine) {
      if (article != null) {
        unterminated("before the end of the file (line " + lastLine + ")");
      } else if (!sawArticle && sawText) {
        handler.reject(
            new Rejection(source, 0, "no <REUTERS> article found; is this Reuters-21578 SGML?"));
      }
    }

    private void append(String line, int from, int to) {
      int nul = line.indexOf('\0', from);
      if (nul >= 0 && nul < to && binaryLine == 0) {
        binaryLine = lineNumber;
      }
      if (oversized || article.length() + (to - from) > MAX_ARTICLE_CHARS) {
        oversized = true;
        return;
      }
      article.append(line, from, to);
    }

    private void complete() throws IOException {
      String sgml = article.toString();
      article = null;
      if (binaryLine > 0) {
        handler.reject(
            new Rejection(
                source, binaryLine, which(sgml) + " holds binary data (a NUL byte); not read"));
        return;
      }
      if (oversized) {
        handler.reject(
            new Rejection(
                source,
                startLine,
                String.format(
                    "article is longer than %,d characters; not read", MAX_ARTICLE_CHARS)));
        return;
      }
      Article parsed;
      try {
        parsed = ReutersArticleParser.parse(sgml, startLine);
      } catch (InvalidInputException e) {
        handler.reject(new Rejection(source, e.line(), e.getMessage()));
        return;
      } catch (IllegalArgumentException e) {
        handler.reject(new Rejection(source, startLine, e.getMessage()));
        return;
      }
      if (parsed != null) {
        handler.accept(parsed, startLine);
      } else {
        handler.passedOver(source, startLine);
      }
    }

    private void unterminated(String where) {
      String which = which(article);
      article = null;
      handler.reject(
          new Rejection(source, startLine, which + " has no closing </REUTERS> " + where));
    }

    /** How a rejection names an article: by its NEWID when its opening tag gives one. */
    private static String which(CharSequence sgml) {
      String tag = sgml.subSequence(0, Math.min(sgml.length(), 300)).toString();
      String id = SgmlText.attribute(tag, "NEWID");
      return id == null ? "article" : "article NEWID=" + id;
    }
  }
}
