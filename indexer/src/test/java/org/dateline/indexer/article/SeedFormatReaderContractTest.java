package org.dateline.indexer.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

class SeedFormatReaderContractTest extends ArticleReaderContractTest {

  @Override
  ArticleReader reader() {
    return new SeedFormatReader();
  }

  @Override
  Path writeSample(Path dir) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("seeds"));
    Files.writeString(
        folder.resolve("harbour.txt"),
        " date 2021-03-04 The harbour reopened on Tuesday after a winter of repairs.\n\n"
            + "Fishing boats were the first to return,\nthe harbour master said.\n");
    Files.writeString(
        folder.resolve("rail.txt"), "date 2021-03-05 Train drivers voted to end their strike.");
    return folder;
  }

  @Override
  List<Expected> expected() {
    return List.of(
        new Expected("harbour", LocalDate.of(2021, 3, 4), 2),
        new Expected("rail", LocalDate.of(2021, 3, 5), 1));
  }

  @Override
  BadSample writeBadSample(Path dir) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("mixed"));
    Files.writeString(folder.resolve("a.txt"), "date 2021-01-01 First.");
    Path bad = Files.writeString(folder.resolve("b.txt"), "\n\ndate 04/01/2021 Another form.");
    Files.writeString(folder.resolve("c.txt"), "date 2021-01-03 Last.");
    return new BadSample(folder, bad, List.of(3), List.of("a", "c"));
  }

  @Override
  Path writeEmptyFile(Path dir) throws IOException {
    return Files.createFile(dir.resolve("empty.txt"));
  }

  @Override
  boolean rejectsAnEmptyFile() {
    return true;
  }
}
