package org.dateline.indexer.article;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads text one line at a time with a cap on line length, so that a file that is one huge line
 * costs bounded memory: the part of a line beyond the cap is read and dropped, and {@link
 * #lastLineTooLong()} tells the caller. Lines end at {@code \n}, {@code \r\n} or {@code \r}. Not
 * thread-safe.
 */
public final class LineReader implements Closeable {

  /** The default cap on one line: 16 Mi characters. */
  public static final int MAX_LINE_CHARS = 16 * 1024 * 1024;

  private final Reader in;
  private final int maxChars;
  private final char[] buffer = new char[16 * 1024];
  private int pos;
  private int limit;
  private boolean skipLineFeed;
  private int lineNumber;
  private long lastLength;

  /**
   * @param in the text; closed by {@link #close()}
   * @param maxChars the longest line kept whole
   */
  public LineReader(Reader in, int maxChars) {
    if (maxChars <= 0) {
      throw new IllegalArgumentException("maxChars (" + maxChars + ") must be positive");
    }
    this.in = in;
    this.maxChars = maxChars;
  }

  /** Opens a UTF-8 file; malformed bytes fail the read with an {@link InvalidInputException}. */
  public static LineReader openUtf8(Path file, int maxChars) throws IOException {
    return open(file, StandardCharsets.UTF_8, maxChars);
  }

  /** Opens an ISO-8859-1 file, which decodes any byte. */
  public static LineReader openLatin1(Path file, int maxChars) throws IOException {
    return open(file, StandardCharsets.ISO_8859_1, maxChars);
  }

  private static LineReader open(Path file, Charset charset, int maxChars) throws IOException {
    var decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return new LineReader(new InputStreamReader(Files.newInputStream(file), decoder), maxChars);
  }

  /**
   * The next line without its terminator, or {@code null} at the end of the input. When the line is
   * longer than the cap, only its first {@code maxChars} characters are returned.
   *
   * @throws InvalidInputException when the bytes are not valid in the file's encoding
   */
  public String next() throws IOException {
    StringBuilder line = new StringBuilder(128);
    long length = 0;
    boolean any = false;
    while (true) {
      if (pos == limit && !fill()) {
        if (!any) {
          return null;
        }
        break;
      }
      if (skipLineFeed) {
        skipLineFeed = false;
        if (buffer[pos] == '\n') {
          pos++;
          continue;
        }
      }
      any = true;
      int start = pos;
      while (pos < limit && buffer[pos] != '\n' && buffer[pos] != '\r') {
        pos++;
      }
      int n = pos - start;
      if (line.length() < maxChars) {
        line.append(buffer, start, Math.min(n, maxChars - line.length()));
      }
      length += n;
      if (pos < limit) {
        skipLineFeed = buffer[pos] == '\r';
        pos++;
        break;
      }
    }
    lineNumber++;
    lastLength = length;
    return line.toString();
  }

  /** The 1-based number of the line last returned by {@link #next()}; 0 before the first. */
  public int lineNumber() {
    return lineNumber;
  }

  /** Whether the line last returned was cut at the cap. */
  public boolean lastLineTooLong() {
    return lastLength > maxChars;
  }

  /** The full length, in characters, of the line last returned (before any cut). */
  public long lastLineLength() {
    return lastLength;
  }

  /** The reason to give for a line that was cut, naming its length and the cap. */
  public String tooLongReason() {
    return String.format(
        "line is %,d characters long; lines are limited to %,d characters", lastLength, maxChars);
  }

  private boolean fill() throws IOException {
    int n;
    try {
      n = in.read(buffer, 0, buffer.length);
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(
          lineNumber + 1, "bytes that are not valid text in this file's encoding");
    }
    pos = 0;
    limit = Math.max(n, 0);
    return n > 0;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
