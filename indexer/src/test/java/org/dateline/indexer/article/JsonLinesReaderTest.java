package org.dateline.indexer.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {

  @TempDir Path dir;

  private CollectingHandler read(JsonLinesReader reader, String text) throws IOException {
    Path file = Files.writeString(dir.resolve("t.jsonl"), text);
    CollectingHandler handler = new CollectingHandler();
    new ArticleSources(reader).readFile(file, handler);
    return handler;
  }

  private CollectingHandler read(String text) throws IOException {
    return read(new JsonLinesReader(), text);
  }

  private static String reason(CollectingHandler handler) {
    assertEquals(1, handler.rejections.size(), handler.report());
    return handler.rejections.get(0).reason();
  }

  @Test
  void aCarriageReturnWithinALineIsWhiteSpaceAndLinesAreNumberedByLineFeeds() throws IOException {
    CollectingHandler handler =
        read(
            "{\"id\": \"cr1\",\r\"paragraphs\": [\"cr as json whitespace\"]}\n"
                + "{\"id\": \"ok\", \"body\": \"Fine.\"}\r\n"
                + "not json\r\n");
    assertEquals(List.of("cr1", "ok"), handler.ids());
    assertEquals(List.of(1, 2), handler.lines);
    assertEquals(List.of(3), handler.rejections.stream().map(Rejection::line).toList());
    // records ended by carriage returns alone are one line, and the reason says why
    CollectingHandler mac =
        read("{\"id\":\"c1\",\"body\":\"Oil.\"}\r{\"id\":\"c2\",\"body\":\"Gas.\"}\r");
    assertTrue(reason(mac).contains("carriage returns only"), reason(mac));
    // a carriage return inside a bad string is no sign of such a file
    CollectingHandler raw = read("{\"id\":\"a3\",\"paragraphs\":[\"bad \r\u0001 value\"]}\n");
    assertFalse(reason(raw).contains("carriage returns only"), reason(raw));
  }

  @Test
  void rejectsALineLongerThanTheCapAndReadsTheNext() throws IOException {
    String longLine = "{\"id\":\"big\",\"body\":\"" + "word ".repeat(100) + "\"}";
    CollectingHandler handler =
        read(new JsonLinesReader(200), longLine + "\n{\"id\":\"small\",\"body\":\"Fits.\"}\n");
    assertEquals(List.of("small"), handler.ids());
    assertEquals(1, handler.rejections.get(0).line());
    assertTrue(reason(handler).contains("limited to 200 bytes"), reason(handler));
  }

  @Test
  void keepsSourceAndUrlAsMetadataAndTheTitle() throws IOException {
    Article a =
        read("{\"id\":\"x\",\"title\":\" T \",\"source\":\"S\",\"url\":\"U\",\"body\":\"B\"}")
            .articles
            .get(0);
    assertEquals("T", a.title());
    assertEquals(List.of("S"), a.metadata().get("source"));
    assertEquals(List.of("U"), a.metadata().get("url"));
    assertNull(a.date());
  }

  @Test
  void takesAnIntegerIdAsItsDecimalText() throws IOException {
    assertEquals(List.of("42"), read("{\"id\":42,\"body\":\"B\"}").ids());
  }

  @Test
  void rejectsAnIdThatIsNeitherStringNorInteger() throws IOException {
    assertTrue(reason(read("{\"id\":[1],\"body\":\"B\"}")).contains("\"id\" must be a string"));
    assertTrue(reason(read("{\"id\":\"  \",\"body\":\"B\"}")).contains("blank"));
  }

  @Test
  void rejectsAFieldGivenTwice() throws IOException {
    String reason = reason(read("{\"id\":\"j19\",\"paragraphs\":[\"a\"],\"id\":\"j20\"}"));
    assertTrue(reason.contains("Duplicate field 'id'"), reason);
  }

  @Test
  void isDetectedByAFirstLineThatOpensAJsonObjectWhateverTheFileIsNamed() throws IOException {
    Path json = Files.writeString(dir.resolve("article.json"), "{\"id\":\"u2\",\"body\":\"x\"}\n");
    Path spaced = Files.writeString(dir.resolve("plain"), "{ \"id\": \"u3\", \"body\": \"x\"}\n");
    Path seed = Files.writeString(dir.resolve("seed.txt"), "date 2020-01-01 {not json}\n");
    assertTrue(ArticleFormats.detect(json) instanceof JsonLinesReader);
    assertTrue(ArticleFormats.detect(spaced) instanceof JsonLinesReader);
    assertFalse(ArticleFormats.detect(seed) instanceof JsonLinesReader);
  }

  @Test
  void rejectsBothParagraphsAndBody() throws IOException {
    String reason = reason(read("{\"id\":\"x\",\"paragraphs\":[\"P\"],\"body\":\"B\"}"));
    assertTrue(reason.contains("both"), reason);
  }

  @Test
  void saysABlankBodyIsBlankRatherThanMissing() throws IOException {
    String reason = reason(read("{\"id\":\"x\",\"body\":\"  \"}"));
    assertTrue(reason.contains("\"body\" is blank"), reason);
  }

  @Test
  void rejectsParagraphsThatAreNotStrings() throws IOException {
    assertTrue(reason(read("{\"id\":\"x\",\"paragraphs\":[\"P\",3]}")).contains("only strings"));
    assertTrue(reason(read("{\"id\":\"x\",\"paragraphs\":\"P\"}")).contains("array"));
  }

  @Test
  void rejectsTextAfterTheObjectAndValuesThatAreNotObjects() throws IOException {
    assertTrue(reason(read("{\"id\":\"x\",\"body\":\"B\"} trailing")).startsWith("not JSON"));
    assertTrue(reason(read("[1,2]")).contains("expected a JSON object"));
  }

  @Test
  void readsWindowsLineEndsAndAByteOrderMark() throws IOException {
    CollectingHandler handler =
        read("\uFEFF{\"id\":\"a\",\"body\":\"A\"}\r\n{\"id\":\"b\",\"body\":\"B\"}\r\n");
    assertEquals(List.of("a", "b"), handler.ids());
    assertEquals(List.of(), handler.rejections);
  }

  @Test
  void rejectsALineWithBytesThatAreNotUtf8AndReadsTheOthers() throws IOException {
    byte[] good =
        "{\"id\":\"a\",\"body\":\"A\"}\n{\"id\":\"b\",\"body\":\"B\"}\n"
            .getBytes(StandardCharsets.UTF_8);
    byte[] bad = {'{', '"', 'i', 'd', '"', ':', '"', (byte) 0xFF, '"', '}', '\n', '{', '}'};
    byte[] all = new byte[good.length + bad.length];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(bad, 0, all, good.length, bad.length);
    Path file = Files.write(dir.resolve("latin.jsonl"), all);
    CollectingHandler handler = new CollectingHandler();
    new ArticleSources(new JsonLinesReader()).readFile(file, handler);
    assertEquals(List.of("a", "b"), handler.ids());
    assertEquals(List.of(3, 4), handler.rejections.stream().map(Rejection::line).toList());
    assertTrue(handler.rejections.get(0).reason().contains("UTF-8"), handler.report());
  }

  @Test
  void aBadFirstLineAndAStrayNulLaterCostOnlyTheirLines() throws IOException {
    byte[] all =
        ("{\"id\":\"a\",\"body\":\"caf\u00e9\"}\n{\"id\":\"b\",\"body\":\"B\"}\n{\"id\":\"c\",\u0000}\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    Path file = Files.write(dir.resolve("mixed.jsonl"), all);
    CollectingHandler handler = new CollectingHandler();
    new ArticleSources(new JsonLinesReader()).readFile(file, handler);
    assertEquals(List.of("b"), handler.ids());
    assertEquals(List.of(1, 3), handler.rejections.stream().map(Rejection::line).toList());
  }

  @Test
  void aBinaryFileOrOneInUtf16IsOneRejection() throws IOException {
    byte[] noise = new byte[50_000];
    new java.util.Random(3).nextBytes(noise);
    noise[0] = (byte) 0xC3; // bad UTF-8 at once, and no NUL needed in the first line
    noise[1] = 'x';
    CollectingHandler binary = new CollectingHandler();
    new ArticleSources(new JsonLinesReader())
        .readFile(Files.write(dir.resolve("noise.jsonl"), noise), binary);
    assertTrue(reason(binary).contains("binary data"), binary.report());
    byte[] utf16 = "{\"id\":\"a\",\"body\":\"A\"}\n".getBytes(StandardCharsets.UTF_16);
    CollectingHandler wide = new CollectingHandler();
    new ArticleSources(new JsonLinesReader())
        .readFile(Files.write(dir.resolve("wide.jsonl"), utf16), wide);
    assertTrue(reason(wide).contains("UTF-16"), wide.report());
  }
}
