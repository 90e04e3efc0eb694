package org.dateline.indexer.article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

class TimeCollectionReaderContractTest extends ArticleReaderContractTest {

  @Override
  ArticleReader reader() {
    return new TimeCollectionReader();
  }

  /** The collection's layout: TIME.ALL with double-spaced upper-case text, beside a query file. */
  @Override
  Path writeSample(Path dir) throws IOException {
    Path folder = Files.createDirectory(dir.resolve("time"));
    Files.writeString(
        folder.resolve("TIME.ALL"),
        """
        *TEXT 101 02/08/63 PAGE 014

        HARBOUR THE HARBOUR AT DOVER REOPENED LAST WEEK AFTER A WINTER OF

        REPAIRS . FISHERMEN WERE THE FIRST TO RETURN .

        *TEXT 102 02/15/63 PAGE 022

        RAILWAYS DRIVERS VOTED TO END THEIR STRIKE, AND SERVICES

        WILL RESUME ON MONDAY, THE UNION SAID .

        *TEXT 007 12/27/63 PAGE 003

        GARDENS THE FLOWER SHOW DREW RECORD CROWDS .

        *STOP
        """);
    Files.writeString(folder.resolve("TIME.QUE"), "*FIND 1\n\nHARBOUR REPAIRS\n\n*STOP\n");
    Files.writeString(folder.resolve("README"), "Notes about the collection.\n");
    return folder;
  }

  @Override
  List<Expected> expected() {
    return List.of(
        new Expected("101", LocalDate.of(1963, 2, 8), 1),
        new Expected("102", LocalDate.of(1963, 2, 15), 1),
        new Expected("007", LocalDate.of(1963, 12, 27), 1));
  }

  @Override
  BadSample writeBadSample(Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("TIME.ALL"),
            """
            *TEXT 001 01/04/63 PAGE 001

            THE FIRST ARTICLE IS FINE .

            *TEXT 002 13/45/63 PAGE 002

            THIS ONE HAS A DATE THAT DOES NOT EXIST .

            *TEXT 003 JAN 63

            THIS ONE HAS A DATE IN ANOTHER FORM .
            *TEXT 004 01/11/63 PAGE 004

            THE LAST ARTICLE IS FINE TOO .
            """);
    return new BadSample(file, file, List.of(5, 9), List.of("001", "004"));
  }

  @Override
  Path writeEmptyFile(Path dir) throws IOException {
    return Files.createFile(dir.resolve("TIME.ALL"));
  }

  @Override
  boolean rejectsAnEmptyFile() {
    return true;
  }
}
