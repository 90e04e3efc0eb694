package org.dateline.indexer.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BbcNewsReaderContractTest extends ArticleReaderContractTest {

  @Override
  ArticleReader reader() {
    return new BbcNewsReader();
  }

  /** The corpus' layout: category folders of numbered files, and a README at the top. */
  @Override
  Path writeSample(Path dir) throws IOException {
    Path root = Files.createDirectory(dir.resolve("bbc"));
    Path business = Files.createDirectory(root.resolve("business"));
    Path tech = Files.createDirectory(root.resolve("tech"));
    Files.writeString(root.resolve("README.TXT"), "About this collection.\n");
    Files.writeString(
        business.resolve("001.txt"),
        "Harbour reopens after repairs\n\nThe harbour reopened on Tuesday.\n\n"
            + "Fishing boats were the first to return, the harbour master said.\n");
    Files.writeString(
        business.resolve("002.txt"), "Rail strike ends\n\nTrain drivers voted to end the strike.");
    Files.writeString(
        tech.resolve("001.txt"),
        "Phone sales climb\n\nSales of phones rose 5% to \u00a31.2bn.\n\n\n"
            + "Makers expect more growth\nnext year.\n\nAnalysts agreed.\n");
    return root;
  }

  @Override
  List<Expected> expected() {
    return List.of(
        new Expected("business-001", null, 2),
        new Expected("business-002", null, 1),
        new Expected("tech-001", null, 3));
  }

  @Override
  BadSample writeBadSample(Path dir) throws IOException {
    Path root = Files.createDirectory(dir.resolve("bad"));
    Path business = Files.createDirectory(root.resolve("business"));
    Path sport = Files.createDirectory(root.resolve("sport"));
    Files.writeString(business.resolve("001.txt"), "A title\n\nSome text.\n");
    Path bad = Files.writeString(business.resolve("002.txt"), "Only a title\n\n\n");
    Files.writeString(sport.resolve("003.txt"), "Another title\n\nMore text.\n");
    return new BadSample(root, bad, List.of(1), List.of("business-001", "sport-003"));
  }

  @Override
  Path writeEmptyFile(Path dir) throws IOException {
    Path business = Files.createDirectory(dir.resolve("business"));
    return Files.createFile(business.resolve("001.txt"));
  }

  @Override
  boolean rejectsAnEmptyFile() {
    return true;
  }

  @Test
  void takesTheCategoryFromTheFoldersNameHoweverThePathIsWritten(@TempDir Path dir)
      throws IOException {
    Path business = Files.createDirectory(dir.resolve("business"));
    Files.writeString(business.resolve("001.txt"), "Title\n\nText.");
    Files.createDirectory(dir.resolve("other"));
    BbcNewsReader reader = new BbcNewsReader();
    for (Path written :
        List.of(
            business.resolve("001.txt"),
            business.resolve(".").resolve("001.txt"),
            dir.resolve("other").resolve("..").resolve("business").resolve("001.txt"))) {
      CollectingHandler handler = new CollectingHandler();
      assertTrue(reader.accepts(written), written.toString());
      reader.read(written, handler);
      assertEquals(List.of("business-001"), handler.ids(), written.toString());
    }
  }

  @Test
  void decodesTheCharacterReferencesAFewTextsKeep() throws InvalidInputException {
    Article a =
        BbcNewsReader.parse(
            "sport-191",
            "sport",
            "Tottenham bid &#163;8m for Forest duo\n\nA &lt;b&gt; caf&#233;.");
    assertEquals("Tottenham bid \u00a38m for Forest duo", a.title());
    assertEquals(List.of("A <b> caf\u00e9."), a.paragraphs());
  }

  @Test
  void refusesAFileOfMarkupAsOfAnotherFormat() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                BbcNewsReader.parse(
                    "reut2-000",
                    null,
                    "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n<REUTERS NEWID=\"1\">\n<TEXT>x</TEXT>"));
    assertTrue(e.getMessage().contains("--format"), e.getMessage());
  }
}
