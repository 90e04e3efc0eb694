package org.dateline.indexer.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SeedFormatReaderTest {

  @TempDir Path dir;

  private final SeedFormatReader reader = new SeedFormatReader();

  private Article read(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return readFile(file);
  }

  private Article readFile(Path file) throws IOException {
    List<Article> articles = new ArrayList<>();
    reader.read(
        file,
        new ArticleHandler() {
          @Override
          public void accept(Article article) {
            articles.add(article);
          }

          @Override
          public void reject(Rejection rejection) {
            throw new AssertionError(rejection.toString());
          }
        });
    assertEquals(1, articles.size());
    return articles.get(0);
  }

  @Test
  void readsTheRealSeedArticle() throws IOException {
    Path seeds = Paths.get("..", "seeds");
    Path seed;
    try (var files = Files.list(seeds)) {
      seed = files.filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow();
    }
    Article a = readFile(seed);
    assertEquals("000_04c7bd04d78f40db", a.id());
    assertEquals(LocalDate.of(2020, 6, 12), a.date());
    assertEquals(11, a.paragraphs().size());
    assertTrue(
        a.paragraphs().get(0).startsWith("The United States will reduce the number of troops"));
    assertTrue(a.paragraphs().get(1).startsWith("\u201cThe two countries recognize"));
    assertTrue(a.paragraphs().get(10).endsWith("was also discussed."));
  }

  @Test
  void takesIdFromFileNameWithoutExtension() throws IOException {
    assertEquals("some.article", read("some.article.txt", "date 2020-01-02 Hello.").id());
    assertEquals("noext", read("noext", "date 2020-01-02 Hello.").id());
  }

  @Test
  void skipsLeadingWhiteSpaceBeforeTheDate() throws IOException {
    Article a = read("a.txt", " \t date 2020-06-12 First paragraph.\n\nSecond.");
    assertEquals(LocalDate.of(2020, 6, 12), a.date());
    assertEquals(List.of("First paragraph.", "Second."), a.paragraphs());
  }

  @Test
  void readsFileWithoutTrailingNewline() throws IOException {
    assertEquals(
        List.of("One.", "Two."), read("a.txt", "date 2020-06-12 One.\n\nTwo.").paragraphs());
  }

  @Test
  void readsWindowsLineEndings() throws IOException {
    Article a = read("a.txt", "date 2020-06-12 One.\r\n\r\nTwo\r\ncontinued.\r\n");
    assertEquals(List.of("One.", "Two continued."), a.paragraphs());
  }

  @Test
  void treatsSeveralBlankLinesAsOneBreak() throws IOException {
    Article a = read("a.txt", "date 2020-06-12 One.\n\n\n   \n\t\nTwo.\n\n\n");
    assertEquals(List.of("One.", "Two."), a.paragraphs());
  }

  @Test
  void keepsTypographicQuotes() throws IOException {
    Article a = read("a.txt", "date 2020-06-12 \u201cQuoted,\u201d he said \u2018so\u2019.");
    assertEquals("\u201cQuoted,\u201d he said \u2018so\u2019.", a.paragraphs().get(0));
  }

  @Test
  void startsWithNextParagraphWhenDateLineHasNoText() throws IOException {
    assertEquals(List.of("Body."), read("a.txt", "date 2020-06-12\nBody.").paragraphs());
  }

  @Test
  void dropsByteOrderMark() throws IOException {
    assertEquals(LocalDate.of(2020, 6, 12), read("a.txt", "\uFEFFdate 2020-06-12 Hi.").date());
  }

  private InvalidInputException rejected(String text) {
    return assertThrows(InvalidInputException.class, () -> SeedFormatReader.parse("x", text));
  }

  @Test
  void rejectsFileWithoutDateLine() {
    InvalidInputException e = rejected("Just some text.\n\nMore.");
    assertEquals(1, e.line());
    assertTrue(e.getMessage().contains("date YYYY-MM-DD"), e.getMessage());
  }

  @Test
  void rejectsImpossibleDate() {
    InvalidInputException e = rejected("date 2020-13-45 Text.");
    assertTrue(e.getMessage().contains("2020-13-45"), e.getMessage());
  }

  @Test
  void rejectsYearZeroAndFiveDigitYears() {
    assertTrue(rejected("date 0000-01-01 Text.").getMessage().contains("year"));
    assertTrue(rejected("date 99999-01-01 Text.").getMessage().contains("YYYY-MM-DD"));
  }

  @Test
  void rejectsDateWithoutText() {
    assertTrue(rejected("date 2020-01-01\n\n").getMessage().contains("no text"));
  }

  @Test
  void rejectsEmptyBinaryAndBadUtf8Files() throws IOException {
    Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
    Path binary = Files.write(dir.resolve("bin.txt"), new byte[] {'d', 'a', 0, 1, 2});
    Path latin1 =
        Files.write(
            dir.resolve("l1.txt"),
            "date 2020-01-01 caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    assertEquals(
        "file is empty",
        assertThrows(InvalidInputException.class, () -> reader.read(empty, null)).getMessage());
    assertTrue(
        assertThrows(InvalidInputException.class, () -> reader.read(binary, null))
            .getMessage()
            .contains("binary"));
    assertTrue(
        assertThrows(InvalidInputException.class, () -> reader.read(latin1, null))
            .getMessage()
            .contains("UTF-8"));
  }

  @Test
  void rejectsOversizedFileWithoutReadingIt() throws IOException {
    Path big = dir.resolve("big.txt");
    try (var ch =
        java.nio.channels.FileChannel.open(
            big,
            java.nio.file.StandardOpenOption.CREATE_NEW,
            java.nio.file.StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.wrap(new byte[] {'x'}), TextFiles.MAX_FILE_BYTES + 10);
    }
    InvalidInputException e =
        assertThrows(InvalidInputException.class, () -> reader.read(big, null));
    assertTrue(e.getMessage().contains("limited to"), e.getMessage());
  }
}
