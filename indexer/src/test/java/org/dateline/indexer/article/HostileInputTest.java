package org.dateline.indexer.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs meant to hurt: each must end in a bounded, stated outcome in every format. */
class HostileInputTest {

  @TempDir static Path shared;
  @TempDir Path dir;

  private static Path hugeLine;

  /** 50 MB without a line break, written once for all formats. */
  @BeforeAll
  static void writeHugeLine() throws IOException {
    hugeLine = shared.resolve("huge-line");
    byte[] chunk = new byte[1024 * 1024];
    Arrays.fill(chunk, (byte) 'x');
    try (OutputStream out = Files.newOutputStream(hugeLine)) {
      for (int i = 0; i < 50; i++) {
        out.write(chunk);
      }
    }
  }

  private static CollectingHandler read(ArticleReader format, Path file) {
    CollectingHandler handler = new CollectingHandler();
    new ArticleSources(format).readFile(file, handler);
    return handler;
  }

  private static void assertRejectedOnly(
      ArticleReader format, CollectingHandler handler, String why) {
    assertEquals(List.of(), handler.articles, format.name());
    assertFalse(handler.rejections.isEmpty(), format.name() + " said nothing");
    for (Rejection r : handler.rejections) {
      assertTrue(r.reason().contains(why), format.name() + ": " + r);
    }
  }

  @Test
  void rejectsA50MegabyteSingleLineFileInEveryFormatWithItsSize() {
    for (ArticleReader format : ArticleFormats.all()) {
      CollectingHandler handler = read(format, hugeLine);
      assertRejectedOnly(format, handler, "52,428,800 bytes");
    }
  }

  @Test
  void rejectsAFileOfNulBytesInEveryFormat() throws IOException {
    Path nul = Files.write(dir.resolve("zeros"), new byte[64 * 1024]);
    for (ArticleReader format : ArticleFormats.all()) {
      assertRejectedOnly(format, read(format, nul), "NUL");
    }
  }

  @Test
  void rejectsDatesInYearZeroAndYear99999() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("dates.jsonl"),
            "{\"id\":\"a\",\"date\":\"0000-06-01\",\"body\":\"B\"}\n"
                + "{\"id\":\"b\",\"date\":\"99999-06-01\",\"body\":\"B\"}\n");
    CollectingHandler handler = read(new JsonLinesReader(), file);
    assertEquals(List.of(), handler.articles);
    assertTrue(handler.rejections.get(0).reason().contains("year must be between 1 and 9999"));
    assertTrue(handler.rejections.get(1).reason().contains("YYYY-MM-DD"));
    Path seed = Files.writeString(dir.resolve("year0.txt"), "date 0000-06-01 Text.");
    assertRejectedOnly(new SeedFormatReader(), read(new SeedFormatReader(), seed), "year must be");
  }

  @Test
  void rejects100000ParagraphsInOneArticleWithTheLimit() throws IOException {
    String many = "A short paragraph.\n\n".repeat(100_000);
    Path seed = Files.writeString(dir.resolve("many.txt"), "date 2021-01-01 First.\n\n" + many);
    assertRejectedOnly(new SeedFormatReader(), read(new SeedFormatReader(), seed), "10,000");
    Files.createDirectory(dir.resolve("tech"));
    Path bbc = Files.writeString(dir.resolve("tech/001.txt"), "Title\n\n" + many);
    assertRejectedOnly(new BbcNewsReader(), read(new BbcNewsReader(), bbc), "10,000");
    String array = "\"P.\",".repeat(99_999) + "\"P.\"";
    Path jsonl =
        Files.writeString(
            dir.resolve("many.jsonl"), "{\"id\":\"m\",\"paragraphs\":[" + array + "]}");
    assertRejectedOnly(new JsonLinesReader(), read(new JsonLinesReader(), jsonl), "100,000");
  }

  @Test
  void rejectsJsonNestedAHundredThousandDeepAndReadsTheNextLine() throws IOException {
    String deep =
        "{\"id\":\"d\",\"x\":" + "[".repeat(100_000) + "]".repeat(100_000) + ",\"body\":\"B\"}";
    Path file =
        Files.writeString(dir.resolve("deep.jsonl"), deep + "\n{\"id\":\"ok\",\"body\":\"B\"}\n");
    CollectingHandler handler = read(new JsonLinesReader(), file);
    assertEquals(List.of("ok"), handler.ids());
    assertTrue(handler.rejections.get(0).reason().startsWith("not JSON"), handler.report());
  }

  @Test
  void keepsAParagraphThatIsOne200000CharacterWord() throws IOException {
    String word = "w".repeat(200_000);
    Path file =
        Files.writeString(
            dir.resolve("word.jsonl"), "{\"id\":\"w\",\"paragraphs\":[\"" + word + "\"]}");
    CollectingHandler handler = read(new JsonLinesReader(), file);
    assertEquals(List.of(word), handler.articles.get(0).paragraphs());
  }

  @Test
  void rejectsATimeArticleOfControlCharactersAtItsHeaderAndReadsTheNext() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("TIME.ALL"),
            "*TEXT 001 01/04/63 PAGE 001\n\n\u0001 \u0002\n\n"
                + "*TEXT 002 01/11/63 PAGE 002\n\nTHE NEXT ARTICLE IS FINE .\n");
    CollectingHandler handler = read(new TimeCollectionReader(), file);
    assertEquals(List.of("002"), handler.ids(), handler.report());
    assertEquals(file + ":1: article 001 has no paragraphs", handler.report());
  }
}
