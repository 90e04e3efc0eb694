package org.dateline.indexer.article;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a UTF-8 file strictly, line by line, so that text that is not UTF-8 is reported at the line
 * that holds it ({@link BadLineException}), however far a buffered reader reads ahead; a leading
 * byte-order mark is dropped. A folder is refused as one ({@link FileSystemException}, "is a
 * folder, not a file").
 */
public final class Utf8Reader extends Reader {

  /** Text that is not UTF-8, with the 1-based line it is on. */
  public static final class BadLineException extends CharacterCodingException {

    private static final long serialVersionUID = 1L;

    private final int line;
    private final boolean utf16;

    BadLineException(int line, boolean utf16) {
      this.line = line;
      this.utf16 = utf16;
    }

    /** The 1-based line of the first bytes that are not UTF-8. */
    public int line() {
      return line;
    }

    /**
     * What is wrong with the text, for a message naming the file and line: "the text is not valid
     * UTF-8", or, for a file that opens with UTF-16's byte-order mark, that it is UTF-16.
     */
    public String reason() {
      return utf16
          ? "the text is UTF-16, not UTF-8 (convert the file to UTF-8)"
          : "the text is not valid UTF-8";
    }

    @Override
    public String getMessage() {
      return "line " + line + (utf16 ? " is UTF-16, not UTF-8" : " is not valid UTF-8");
    }
  }

  /** The reason of the exception {@link #open} throws for a folder. */
  public static final String A_FOLDER = "is a folder, not a file";

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();
  private final byte[] bytes = new byte[1 << 16];
  private int position;
  private int limit;
  private CharBuffer pending = CharBuffer.allocate(0);
  private int lineNumber;

  private Utf8Reader(InputStream in) {
    this.in = in;
  }

  /** Opens a file for reading. */
  public static Utf8Reader open(Path file) throws IOException {
    if (Files.isDirectory(file)) {
      throw new FileSystemException(file.toString(), null, A_FOLDER);
    }
    return new Utf8Reader(Files.newInputStream(file));
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    if (length == 0) {
      return 0;
    }
    while (!pending.hasRemaining()) {
      if (!nextLine()) {
        return -1;
      }
    }
    int n = Math.min(length, pending.remaining());
    pending.get(buffer, offset, n);
    return n;
  }

  /** Decodes the next line (with its line break) into {@link #pending}; false at the end. */
  private boolean nextLine() throws IOException {
    line.reset();
    boolean ended = false;
    while (!ended) {
      if (position == limit) {
        limit = in.read(bytes);
        position = 0;
        if (limit < 0) {
          limit = 0;
          break;
        }
      }
      int end = position;
      while (end < limit && bytes[end] != '\n') {
        end++;
      }
      ended = end < limit;
      if (ended) {
        end++; // the line break is part of the line
      }
      line.write(bytes, position, end - position);
      position = end;
    }
    if (line.size() == 0) {
      return false;
    }
    lineNumber++;
    try {
      pending = decoder.reset().decode(ByteBuffer.wrap(line.toByteArray()));
    } catch (CharacterCodingException e) {
      throw new BadLineException(
          lineNumber, lineNumber == 1 && TextFiles.startsAsUtf16(line.toByteArray(), line.size()));
    }
    if (lineNumber == 1 && pending.hasRemaining() && pending.get(0) == '\uFEFF') {
      pending.position(1); // a byte-order mark
    }
    return true;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
