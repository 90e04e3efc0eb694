package org.dateline.indexer.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

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
