package org.dateline.indexer.article;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads text one line at a time with a cap on line length, so that a file that is one huge line
 * costs bounded memory: the part of a line beyond the cap is read and dropped. Each line is decoded
 * on its own, so a line with bad bytes is reported with its number and the lines after it can still
 * be read. After each {@link #next()}, {@link #problem()} says whether the line was cut or badly
 * encoded. Lines end at {@code \n}, {@code \r\n} or {@code \r}; or, for formats whose lines end at
 * line feeds only (JSON Lines, where a carriage return within a line is white space), at {@code \n}
 * and {@code \r\n} ({@link #lineFeedsOnly}). Not thread-safe.
 */
public final class LineReader implements Closeable {

  /** The default cap on one line: 16 MiB. */
  public static final int MAX_LINE_BYTES = 16 * 1024 * 1024;

  private final InputStream in;
  private final Charset charset;
  private final CharsetDecoder decoder;
  private final int maxBytes;
  private final boolean carriageReturnEndsLine;
  private final byte[] buffer = new byte[64 * 1024];
  private int pos;
  private int limit;
  private boolean skipLineFeed;
  private byte[] line = new byte[256];
  private int lineBytes;
  private long lastLength;
  private boolean endsWithCarriageReturn;
  private int lineNumber;
  private String problem;

  /**
   * @param in the bytes; closed by {@link #close()}
   * @param charset how to decode them; malformed input makes a line's {@link #problem()}
   * @param maxBytes the longest line kept whole
   */
  public LineReader(InputStream in, Charset charset, int maxBytes) {
    this(in, charset, maxBytes, true);
  }

  private LineReader(
      InputStream in, Charset charset, int maxBytes, boolean carriageReturnEndsLine) {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("maxBytes (" + maxBytes + ") must be positive");
    }
    this.in = in;
    this.charset = charset;
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.maxBytes = maxBytes;
    this.carriageReturnEndsLine = carriageReturnEndsLine;
  }

  /** Opens a file. */
  public static LineReader open(Path file, Charset charset, int maxBytes) throws IOException {
    return new LineReader(Files.newInputStream(file), charset, maxBytes);
  }

  /**
   * Opens a file whose lines end at {@code \n} (or {@code \r\n}) only: a carriage return alone is
   * part of its line, as JSON Lines has it.
   */
  public static LineReader lineFeedsOnly(Path file, Charset charset, int maxBytes)
      throws IOException {
    return new LineReader(Files.newInputStream(file), charset, maxBytes, false);
  }

  /**
   * The next line without its terminator, or {@code null} at the end of the input. When {@link
   * #problem()} is not null, the line is cut at the cap or decoded leniently, and should be
   * rejected.
   */
  public String next() throws IOException {
    if (!readLineBytes()) {
      return null;
    }
    lineNumber++;
    problem = null;
    if (lastLength > maxBytes) {
      problem =
          String.format(
              "line is %,d bytes long; lines are limited to %,d bytes", lastLength, maxBytes);
    }
    if (charset == StandardCharsets.ISO_8859_1) {
      return new String(line, 0, lineBytes, StandardCharsets.ISO_8859_1);
    }
    try {
      return decoder.reset().decode(ByteBuffer.wrap(line, 0, lineBytes)).toString();
    } catch (CharacterCodingException e) {
      if (problem == null) {
        problem = "bytes that are not valid " + charset.name() + " text";
      }
      return new String(line, 0, lineBytes, charset);
    }
  }

  /** Fills {@link #line} with the next line's bytes, up to the cap; false at the end. */
  private boolean readLineBytes() throws IOException {
    lineBytes = 0;
    lastLength = 0;
    endsWithCarriageReturn = false;
    boolean any = false;
    while (true) {
      if (pos == limit && !fill()) {
        return any;
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
      while (pos < limit
          && buffer[pos] != '\n'
          && (buffer[pos] != '\r' || !carriageReturnEndsLine)) {
        pos++;
      }
      keep(start, pos - start);
      if (pos < limit) {
        skipLineFeed = buffer[pos] == '\r';
        pos++;
        if (endsWithCarriageReturn && !carriageReturnEndsLine) {
          // the \r of a \r\n: no part of the line
          lastLength--;
          lineBytes = (int) Math.min(lineBytes, lastLength);
        }
        return true;
      }
    }
  }

  private void keep(int start, int n) {
    if (n > 0) {
      endsWithCarriageReturn = buffer[start + n - 1] == '\r';
    }
    lastLength += n;
    int room = Math.min(n, maxBytes - lineBytes);
    if (room <= 0) {
      return;
    }
    if (lineBytes + room > line.length) {
      line = Arrays.copyOf(line, Math.min(maxBytes, Math.max(lineBytes + room, 2 * line.length)));
    }
    System.arraycopy(buffer, start, line, lineBytes, room);
    lineBytes += room;
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    pos = 0;
    limit = Math.max(n, 0);
    return n > 0;
  }

  /** The 1-based number of the line last returned by {@link #next()}; 0 before the first. */
  public int lineNumber() {
    return lineNumber;
  }

  /** Why the line last returned should not be used (cut at the cap, bad bytes), or null. */
  public String problem() {
    return problem;
  }

  /** The full length, in bytes, of the line last returned (before any cut). */
  public long lastLineLength() {
    return lastLength;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
