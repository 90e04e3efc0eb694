package org.dateline.indexer.article;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Any input, in any format: the reader delivers articles or rejections, never throws anything but
 * the {@link IOException} its contract allows, and never stays silent about a file. Inputs mix
 * arbitrary text and bytes with fragments of every format, so that the generator reaches the
 * readers' deeper paths. jqwik prints the seed of a failing run.
 */
class ArticleReaderProperties {

  private static Path dir;

  @BeforeContainer
  static void makeDir() throws IOException {
    dir = Files.createTempDirectory("reader-properties");
  }

  @AfterContainer
  static void removeDir() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  private static final List<String> FRAGMENTS =
      List.of(
          "date 2020-06-12 ",
          "date 0000-01-01 ",
          "date 2020-13-45",
          "\n",
          "\n\n",
          "\r\n",
          " ",
          "Troops left Mosul.",
          "\u0000",
          "\uFEFF",
          "\u201cquoted\u201d",
          "{\"id\":\"x\",\"body\":\"B\"}",
          "{\"id\":",
          "\"paragraphs\":[\"P\"",
          "]}",
          "{",
          "}",
          "<REUTERS NEWID=\"1\">",
          "</REUTERS>",
          "<DATE>26-FEB-1987 15:01:01.79</DATE>",
          "<TITLE>T</TITLE>",
          "<BODY>",
          "</BODY>",
          "&lt;",
          "&#3;",
          "&#",
          "    Reuter\n",
          "*TEXT 017 01/04/63 PAGE 020",
          "*STOP",
          "Title line");

  @Provide
  Arbitrary<byte[]> inputs() {
    Arbitrary<String> shaped =
        Arbitraries.of(FRAGMENTS).list().ofMaxSize(40).map(parts -> String.join("", parts));
    Arbitrary<String> text = Arbitraries.strings().ofMaxLength(300);
    Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(300);
    return Arbitraries.oneOf(
        shaped.map(s -> s.getBytes(StandardCharsets.UTF_8)),
        text.map(s -> s.getBytes(StandardCharsets.UTF_8)),
        bytes);
  }

  @Provide
  Arbitrary<String> formats() {
    List<String> names = new ArrayList<>(ArticleFormats.names());
    names.add("detected");
    return Arbitraries.of(names);
  }

  @Property(tries = 400)
  void anyInputGivesArticlesOrRejectionsAndNoOtherException(
      @ForAll("inputs") byte[] input, @ForAll("formats") String format) throws IOException {
    Path file = Files.write(Files.createTempFile(dir, "input", ".txt"), input);
    try {
      ArticleReader reader =
          format.equals("detected") ? ArticleFormats.detect(file) : ArticleFormats.forName(format);
      try {
        reader.read(file, new CollectingHandler());
      } catch (IOException e) {
        // the contract's one exception: the file as a whole could not be read
      }
      CollectingHandler handler = new CollectingHandler();
      new ArticleSources(reader).readFile(file, handler);
      assertFalse(
          handler.articles.isEmpty() && handler.rejections.isEmpty(),
          reader.name() + " said nothing about the file");
      for (Article a : handler.articles) {
        assertFalse(a.id().isBlank());
        assertTrue(a.paragraphs().stream().noneMatch(String::isEmpty), a.toString());
      }
    } finally {
      Files.delete(file);
    }
  }
}
