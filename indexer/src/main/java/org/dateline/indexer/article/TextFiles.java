package org.dateline.indexer.article;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Reading whole text files strictly: too large, binary or badly encoded files are refused. */
public final class TextFiles {

  /** The largest single-article file read whole; larger ones are rejected, not truncated. */
  public static final long MAX_FILE_BYTES = 16L * 1024 * 1024;

  private TextFiles() {}

  /**
   * Reads a UTF-8 file, dropping a leading byte-order mark.
   *
   * @throws InvalidInputException if the file is empty, too large, holds NUL bytes or is not valid
   *     UTF-8
   */
  public static String readUtf8(Path file) throws IOException {
    return decodeUtf8(readTextBytes(file));
  }

  /**
   * Decodes UTF-8 text strictly (standard input, say), dropping a leading byte-order mark.
   *
   * @throws InvalidInputException naming the first byte that is not UTF-8
   */
  public static String decodeUtf8(byte[] bytes) throws InvalidInputException {
    String text;
    try {
      text = strictUtf8().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      int bad = firstBadByte(bytes);
      if (bad < 0) {
        throw new InvalidInputException(0, "not valid UTF-8 text");
      }
      int line = 1;
      for (int i = 0; i < bad; i++) {
        line += bytes[i] == '\n' ? 1 : 0;
      }
      throw new InvalidInputException(
          line, "not valid UTF-8 text (a bad byte sequence at byte offset " + bad + ")");
    }
    return withoutByteOrderMark(text);
  }

  /**
   * Reads a file as UTF-8 when it is valid UTF-8, and as ISO-8859-1 otherwise; for corpora that are
   * UTF-8 but hold the odd Latin-1 byte (a bare {@code £}), where refusing the file would lose an
   * article over one character.
   *
   * @throws InvalidInputException if the file is empty, too large or holds NUL bytes
   */
  public static String readUtf8OrLatin1(Path file) throws IOException {
    byte[] bytes = readTextBytes(file);
    try {
      return withoutByteOrderMark(strictUtf8().decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }

  /**
   * Whether the file starts with the given ASCII text (after a UTF-8 byte-order mark, if any), for
   * detecting formats by their first line.
   *
   * @param ifUnreadable the answer when the file cannot be read
   */
  public static boolean startsWith(Path file, String prefix, boolean ifUnreadable) {
    return startsWithAny(file, ifUnreadable, prefix);
  }

  /**
   * Whether the file starts with one of the given ASCII texts (after a UTF-8 byte-order mark, if
   * any), its head read once for all of them.
   *
   * @param ifUnreadable the answer when the file cannot be read
   */
  public static boolean startsWithAny(Path file, boolean ifUnreadable, String... prefixes) {
    int longest = 0;
    for (String prefix : prefixes) {
      longest = Math.max(longest, prefix.length());
    }
    byte[] head;
    try {
      head = head(file, longest);
    } catch (IOException e) {
      return ifUnreadable;
    }
    for (String prefix : prefixes) {
      byte[] expected = prefix.getBytes(StandardCharsets.US_ASCII);
      if (head.length >= expected.length
          && Arrays.equals(head, 0, expected.length, expected, 0, expected.length)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first bytes of a file, up to {@code max} after a UTF-8 byte-order mark, which is left out.
   */
  public static byte[] head(Path file, int max) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(max + 3);
    }
    int from = head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB ? 3 : 0;
    return Arrays.copyOfRange(head, from, Math.min(head.length, from + max));
  }

  /**
   * Reads past UTF-8's byte-order mark ({@code EF BB BF}) if the stream starts with one.
   *
   * @param in a stream that supports {@link InputStream#mark}
   * @return whether it did: the text says it is UTF-8
   */
  public static boolean skipUtf8ByteOrderMark(InputStream in) throws IOException {
    in.mark(3);
    byte[] head = in.readNBytes(3);
    if (head.length == 3
        && (head[0] & 0xFF) == 0xEF
        && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      return true;
    }
    in.reset();
    return false;
  }

  /** Whether bytes begin with UTF-16's byte-order mark, in either byte order. */
  public static boolean startsAsUtf16(byte[] bytes, int length) {
    return length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
  }

  private static InvalidInputException tooLarge(long size) {
    return new InvalidInputException(
        0,
        String.format(
            "file is %,d bytes or more; articles in this format are limited to %,d bytes",
            size, MAX_FILE_BYTES));
  }

  /** The bytes of a file that should be text: not empty, not too large, no NUL bytes. */
  private static byte[] readTextBytes(Path file) throws IOException {
    long size = Files.size(file);
    if (size > MAX_FILE_BYTES) {
      throw tooLarge(size);
    }
    byte[] bytes;
    try (InputStream in = Files.newInputStream(file)) {
      // no more than the limit, whatever the size said: the file may have grown since
      bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
    }
    if (bytes.length > MAX_FILE_BYTES) {
      throw tooLarge(Math.max(Files.size(file), bytes.length));
    }
    if (bytes.length == 0) {
      throw new InvalidInputException(0, "file is empty");
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new InvalidInputException(0, "binary file (NUL byte at offset " + i + "), not text");
      }
    }
    return bytes;
  }

  private static CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** The text without a leading byte-order mark ({@code U+FEFF}), if it has one. */
  public static String withoutByteOrderMark(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** The reader without a leading byte-order mark, for text that was decoded elsewhere. */
  public static Reader withoutByteOrderMark(Reader in) throws IOException {
    PushbackReader pushback = new PushbackReader(in);
    int first = pushback.read();
    if (first >= 0 && first != '\uFEFF') {
      pushback.unread(first);
    }
    return pushback;
  }

  /** The offset of the first byte that is not UTF-8, or -1 if the decoder does not say. */
  private static int firstBadByte(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    var out = CharBuffer.allocate(bytes.length);
    var result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : -1;
  }
}
