package org.dateline.indexer.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineReaderTest {

  private static LineReader reader(String text, int max) {
    return new LineReader(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8,
        max);
  }

  private static List<String> lines(String text, int max) throws IOException {
    List<String> lines = new ArrayList<>();
    try (LineReader reader = reader(text, max)) {
      for (String line = reader.next(); line != null; line = reader.next()) {
        lines.add(line);
      }
    }
    return lines;
  }

  @Test
  void endsLinesAtLineFeedCarriageReturnOrBoth() throws IOException {
    assertEquals(List.of("a", "b", "c", "", "d"), lines("a\nb\r\nc\r\rd", 10));
  }

  @Test
  void readingLineFeedsOnlyKeepsABareCarriageReturnInItsLine(@TempDir Path dir) throws IOException {
    // the \r\n around the end of the 64 KiB read buffer, and a line cut at the cap before its \r
    String across = "y".repeat(64 * 1024 - 5);
    Path file =
        Files.writeString(
            dir.resolve("f.jsonl"), "a\rb\nc\r\n\r\n\rd\r\r\n" + across + "\r\nzzzz\r\nlast\r");
    List<String> lines = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    try (LineReader reader = LineReader.lineFeedsOnly(file, StandardCharsets.UTF_8, 3)) {
      for (String line = reader.next(); line != null; line = reader.next()) {
        lines.add(line.length() > 3 ? line.substring(0, 3) : line);
        numbers.add(reader.lineNumber());
      }
    }
    assertEquals(List.of("a\rb", "c", "", "\rd\r", "yyy", "zzz", "las"), lines);
    assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), numbers);
    try (LineReader reader = LineReader.lineFeedsOnly(file, StandardCharsets.UTF_8, 100_000)) {
      reader.next();
      reader.next();
      reader.next();
      assertEquals("\rd\r", reader.next());
      assertEquals(across, reader.next());
      assertEquals(across.length(), reader.lastLineLength());
      assertEquals("zzzz", reader.next());
      assertEquals("last\r", reader.next(), "a last line keeps a \r no \n follows");
    }
  }

  @Test
  void givesTheLastLineWithoutATerminatorAndNoEmptyLineAfterATerminator() throws IOException {
    assertEquals(List.of("a", "b"), lines("a\nb", 10));
    assertEquals(List.of("a", "b"), lines("a\nb\r\n", 10));
    assertEquals(List.of(), lines("", 10));
    assertEquals(List.of(""), lines("\n", 10));
  }

  @Test
  void reportsALineWithBadBytesAndReadsTheNext() throws IOException {
    byte[] bytes = {'a', '\n', 'b', (byte) 0xFF, '\n', 'c'};
    try (LineReader reader =
        new LineReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8, 100)) {
      assertEquals("a", reader.next());
      reader.next();
      assertTrue(reader.problem().contains("not valid UTF-8"), reader.problem());
      assertEquals("c", reader.next());
      assertNull(reader.problem());
    }
  }

  @Test
  void cutsALongLineAtTheCapAndSaysSo() throws IOException {
    String longLine = "x".repeat(100_000);
    try (LineReader reader = reader(longLine + "\nshort", 1000)) {
      assertEquals(1000, reader.next().length());
      assertEquals(100_000, reader.lastLineLength());
      assertTrue(reader.problem().contains("100,000 bytes"), reader.problem());
      assertEquals("short", reader.next());
      assertNull(reader.problem());
      assertEquals(2, reader.lineNumber());
      assertNull(reader.next());
    }
  }
}
