package org.dateline.indexer.article;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

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
    long size = Files.size(file);
    if (size > MAX_FILE_BYTES) {
      throw new InvalidInputException(
          0,
          String.format(
              "file is %,d bytes; articles in this format are limited to %,d bytes",
              size, MAX_FILE_BYTES));
    }
    byte[] bytes = Files.readAllBytes(file);
    if (bytes.length == 0) {
      throw new InvalidInputException(0, "file is empty");
    }
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new InvalidInputException(0, "binary file (NUL byte at offset " + i + "), not text");
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    String text;
    try {
      text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new InvalidInputException(0, "not valid UTF-8 text (" + firstBadByte(bytes) + ")");
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String firstBadByte(byte[] bytes) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    var out = java.nio.CharBuffer.allocate(bytes.length);
    var result = decoder.decode(in, out, true);
    return result.isError() ? "bad byte sequence at offset " + in.position() : "bad byte sequence";
  }
}
