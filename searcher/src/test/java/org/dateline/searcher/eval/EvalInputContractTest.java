package org.dateline.searcher.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract every evaluation input format keeps: valid input reads, and empty, malformed or
 * duplicate input fails with an {@link EvalFormatException} naming the file and the line.
 */
abstract class EvalInputContractTest {

  static final String SOURCE = "input.txt";

  /** Parses the text, returning how many entries (judgments, run lines, topics, queries) it has. */
  abstract int parse(String text) throws EvalFormatException;

  /** Reads the file as the library reads a file of this format, returning the entries. */
  abstract int read(Path file) throws IOException, EvalFormatException;

  /** A valid input. */
  abstract String valid();

  /** The number of entries in {@link #valid()}. */
  abstract int validCount();

  /** An input whose line {@link #malformedLine()} is malformed. */
  abstract String malformed();

  abstract int malformedLine();

  /** An input whose line {@link #duplicateLine()} repeats an entry. */
  abstract String duplicate();

  abstract int duplicateLine();

  /**
   * A line that holds no entry, to push text far into a file: blank unless the format refuses it.
   */
  String fillerLine() {
    return "\n";
  }

  @Test
  void readsValidInput() throws EvalFormatException {
    assertEquals(validCount(), parse(valid()));
  }

  @Test
  void rejectsEmptyInputNamingFileAndLine() {
    EvalFormatException e = assertThrows(EvalFormatException.class, () -> parse(""));
    assertEquals(SOURCE, e.source());
    assertEquals(1, e.line());
    assertTrue(e.getMessage().startsWith(SOURCE + ":1: "), e.getMessage());
  }

  @Test
  void rejectsMalformedLineNamingFileAndLine() {
    EvalFormatException e = assertThrows(EvalFormatException.class, () -> parse(malformed()));
    assertEquals(malformedLine(), e.line(), e.getMessage());
    assertTrue(e.getMessage().startsWith(SOURCE + ":" + malformedLine() + ": "), e.getMessage());
  }

  @Test
  void rejectsDuplicateEntryNamingItsLine() {
    EvalFormatException e = assertThrows(EvalFormatException.class, () -> parse(duplicate()));
    assertEquals(duplicateLine(), e.line(), e.getMessage());
    assertTrue(e.reason().contains("twice"), e.getMessage());
  }

  @Test
  void readsInputAfterAByteOrderMark(@TempDir Path tmp) throws Exception {
    assertEquals(validCount(), parse("\uFEFF" + valid()));
    Path file = tmp.resolve("bom.txt");
    Files.writeString(file, "\uFEFF" + valid());
    assertEquals(validCount(), read(file));
  }

  @Test
  void namesTheLineOfTextThatIsNotUtf8FarIntoAFile(@TempDir Path tmp) throws Exception {
    String text = fillerLine().repeat(5000) + valid() + (valid().endsWith("\n") ? "" : "\n");
    int badLine = (int) text.chars().filter(c -> c == '\n').count() + 1;
    Path file = tmp.resolve("latin1.txt");
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
      out.write(new byte[] {'c', 'a', 'f', (byte) 0xe9, '\n'});
    }
    EvalFormatException e = assertThrows(EvalFormatException.class, () -> read(file));
    assertEquals(badLine, e.line(), e.getMessage());
    assertEquals("the text is not valid UTF-8", e.reason());
  }

  @Test
  void namesTheFirstLineWhenItIsNotUtf8AndSaysWhenItIsUtf16(@TempDir Path tmp) throws Exception {
    // a file written in UTF-16 (a shell redirect on Windows) or compressed fails on line 1
    Path bigEndian = tmp.resolve("utf16.txt");
    Files.write(bigEndian, valid().getBytes(StandardCharsets.UTF_16)); // with FE FF first
    Path littleEndian = tmp.resolve("utf16le.txt");
    Files.write(littleEndian, ("\uFEFF" + valid()).getBytes(StandardCharsets.UTF_16LE));
    for (Path file : List.of(bigEndian, littleEndian)) {
      EvalFormatException e = assertThrows(EvalFormatException.class, () -> read(file));
      assertEquals(1, e.line(), e.getMessage());
      assertEquals("the text is UTF-16, not UTF-8 (convert the file to UTF-8)", e.reason());
    }
    Path gzip = tmp.resolve("run.gz");
    try (OutputStream out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gzip))) {
      out.write(valid().getBytes(StandardCharsets.UTF_8));
    }
    EvalFormatException e = assertThrows(EvalFormatException.class, () -> read(gzip));
    assertEquals(1, e.line(), e.getMessage());
    assertEquals("the text is not valid UTF-8", e.reason());
  }

  @Test
  void refusesAFolderNamingIt(@TempDir Path tmp) {
    FileSystemException e = assertThrows(FileSystemException.class, () -> read(tmp));
    assertEquals(tmp.toString(), e.getFile());
    assertEquals("is a folder, not a file", e.getReason());
  }
}
