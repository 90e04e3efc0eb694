package org.dateline.indexer.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourcesTest {

  @TempDir Path dir;

  private static CollectingHandler read(ArticleReader format, Path... roots) throws IOException {
    CollectingHandler handler = new CollectingHandler();
    new ArticleSources(format).read(List.of(roots), handler);
    return handler;
  }

  private Path seed(Path folder, String name, String date) throws IOException {
    Files.createDirectories(folder);
    return Files.writeString(folder.resolve(name), "date " + date + " Some text.");
  }

  @Test
  @org.junit.jupiter.api.Timeout(60) // reading the pipe would block for ever
  void aNamedPipeIsRejectedUnreadWhenNamedAndPassedOverInAFolder() throws Exception {
    Path pipes = Files.createDirectories(dir.resolve("pipes"));
    Path pipe = pipes.resolve("p.txt");
    boolean made;
    try {
      made = new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0;
    } catch (IOException e) {
      made = false;
    }
    assumeTrue(made, "mkfifo is not available here");
    seed(pipes, "a.txt", "2021-01-01");

    // named, and met in a folder (as a socket of another program would be): reading it would
    // block the run
    CollectingHandler handler = read(null, pipe, pipes);
    assertEquals(
        List.of(new Rejection(pipe.toString(), 0, ArticleSources.NOT_A_FILE)), handler.rejections);
    assertEquals(List.of("a"), handler.articles.stream().map(Article::id).toList());
    // and with a format that tests a file's content (JSON Lines), it is passed over too
    Files.writeString(pipes.resolve("b.jsonl"), "{\"id\":\"b1\",\"body\":\"B\"}\n");
    Files.delete(pipes.resolve("a.txt"));
    handler = read(new JsonLinesReader(), pipes);
    assertEquals(List.of(), handler.rejections);
    assertEquals(List.of("b1"), handler.articles.stream().map(Article::id).toList());
  }

  @Test
  void aJsonLinesFileOfNoRecordsIsSoundButAReutersFileOfNoArticleIsRejected() throws IOException {
    Path feed = Files.createDirectories(dir.resolve("feed"));
    Files.writeString(feed.resolve("2024-06-03.jsonl"), "{\"id\":\"a1\",\"body\":\"A\"}\n");
    Files.createFile(feed.resolve("2024-06-04.jsonl")); // a day without stories
    Files.writeString(feed.resolve("2024-06-05.jsonl"), "\n  \r\n\t\n");
    for (ArticleReader format : new ArticleReader[] {null, new JsonLinesReader()}) {
      CollectingHandler handler = read(format, feed);
      assertEquals(List.of(), handler.rejections);
      assertEquals(List.of("a1"), handler.articles.stream().map(Article::id).toList());
    }
    // a file of another format in which the reader finds nothing is most likely not of it
    Path sgml = Files.writeString(dir.resolve("notes.sgm"), "no REUTERS element here\n");
    assertEquals(
        List.of(sgml.toString()),
        read(null, sgml).rejections.stream().map(Rejection::source).toList());
  }

  @Test
  void aRejectionPrintsOnOneLineWhateverTheFileIsNamed() {
    assertEquals(
        "bad?name.txt:3: id 'x?y' is odd",
        new Rejection("bad\nname.txt", 3, "id 'x\ty' is odd").toString());
  }

  @Test
  void detectsEachFilesFormatWhenNoneIsGiven() throws IOException {
    seed(dir, "a seed.txt", "2021-01-01");
    Files.writeString(dir.resolve("lines.jsonl"), "{\"id\":\"j1\",\"body\":\"B\"}\n");
    Files.writeString(
        dir.resolve("r.sgm"), ReutersSgmlReaderContractTest.article("r1", "26-FEB-1987"));
    Files.writeString(dir.resolve("TIME.ALL"), "*TEXT 017 01/04/63 PAGE 020\n\nTEXT .\n");
    Files.createDirectory(dir.resolve("sport"));
    Files.writeString(dir.resolve("sport/001.txt"), "Title\n\nText.\n");
    CollectingHandler handler = read(null, dir);
    assertEquals(List.of(), handler.rejections, handler.report());
    assertEquals(List.of("017", "a seed", "j1", "r1", "sport-001"), handler.ids());
  }

  @Test
  void readsFilesNoFormatClaimsAsSeedFilesWhenNoneIsGiven() throws IOException {
    Path readme = Files.writeString(dir.resolve("README.txt"), "Notes, not an article.\n");
    CollectingHandler handler = read(null, dir);
    assertEquals(1, handler.rejections.size());
    assertEquals(readme.toString(), handler.rejections.get(0).source());
    assertTrue(handler.rejections.get(0).reason().contains("date YYYY-MM-DD"), handler.report());
  }

  @Test
  void leavesOutFilesOfNoFormatBesideArticlesOfADetectedFormatWhenNoneIsGiven() throws IOException {
    Path bbc = Files.createDirectories(dir.resolve("bbc/sport"));
    Files.writeString(bbc.resolve("001.txt"), "Title\n\nText.\n");
    Path bbcReadme = Files.writeString(dir.resolve("bbc/README.TXT"), "Consists of 2225 ...\n");
    seed(dir.resolve("bbc"), "extra.txt", "2021-01-01"); // a seed article there is read
    Path time = Files.createDirectories(dir.resolve("time"));
    Files.writeString(time.resolve("TIME.ALL"), "*TEXT 017 01/04/63 PAGE 020\n\nTEXT .\n");
    Path queries = Files.writeString(time.resolve("TIME.QUE"), "*FIND 1\n\nA QUERY\n");
    Path reuters = Files.createDirectories(dir.resolve("reuters"));
    Files.writeString(
        reuters.resolve("r.sgm"), ReutersSgmlReaderContractTest.article("r1", "26-FEB-1987"));
    Path dtd = Files.writeString(reuters.resolve("lewis.dtd"), "<!ELEMENT REUTERS - - (DATE)>\n");
    Path lines = Files.createDirectories(dir.resolve("feed"));
    Files.writeString(lines.resolve("a.jsonl"), "{\"id\":\"j1\",\"body\":\"B\"}\n");
    Path notes = Files.writeString(lines.resolve("notes.md"), "One article per line.\n");

    CollectingHandler handler =
        read(null, dir.resolve("bbc"), time, reuters, lines, dir.resolve("bbc/sport/001.txt"));
    assertEquals(List.of(), handler.rejections, handler.report());
    assertEquals(List.of("extra", "sport-001", "017", "r1", "j1"), handler.ids());
    assertEquals(List.of(bbcReadme, queries, dtd, notes), handler.skipped);
    // named, a file is read whatever it holds
    CollectingHandler named = read(null, bbcReadme);
    assertEquals(1, named.rejections.size(), named.report());
    assertEquals(List.of(), named.skipped);
  }

  @Test
  void skipsFilesTheGivenFormatDisclaimsInFoldersButReadsThemWhenNamed() throws IOException {
    Files.writeString(dir.resolve("TIME.ALL"), "*TEXT 017 01/04/63 PAGE 020\n\nTEXT .\n");
    Path queries = Files.writeString(dir.resolve("TIME.QUE"), "*FIND 1\n\nA QUERY\n");
    ArticleReader time = ArticleFormats.forName("time");
    CollectingHandler folder = read(time, dir);
    assertEquals(List.of("017"), folder.ids());
    assertEquals(List.of(), folder.rejections);
    CollectingHandler named = read(time, queries);
    assertEquals(1, named.rejections.size(), named.report());
  }

  @Test
  void aFolderReadAsJsonLinesTakesJsonFilesWithBlankLinesFirstAndSkipsNotes() throws IOException {
    Files.writeString(dir.resolve("b.json"), "\n  \n{\"id\":\"b1\",\"body\":\"B\"}\n");
    Files.writeString(dir.resolve("c.txt"), "\uFEFF\n\t{ \"id\":\"c1\",\"body\":\"C\"}\n");
    Path notes = Files.writeString(dir.resolve("notes.md"), "# Export\n\nOne article per line.\n");
    CollectingHandler handler = read(ArticleFormats.forName("jsonl"), dir);
    assertEquals(List.of(), handler.rejections, handler.report());
    assertEquals(List.of("b1", "c1"), handler.ids());
    assertEquals(List.of(notes), handler.skipped);
  }

  @Test
  void aNulByteInsideAnArticleCostsOnlyThatArticle() throws IOException {
    Files.writeString(
        dir.resolve("r.sgm"),
        ReutersSgmlReaderContractTest.article("r1", "26-FEB-1987").replace("Text of", "Te\0xt of")
            + ReutersSgmlReaderContractTest.article("r2", "26-FEB-1987"));
    Files.writeString(
        dir.resolve("TIME.ALL"),
        "*TEXT 017 01/04/63 PAGE 020\n\nTE\0XT .\n*TEXT 018 01/04/63 PAGE 021\n\nMORE .\n");
    CollectingHandler handler = read(null, dir);
    assertEquals(List.of("018", "r2"), handler.ids());
    assertEquals(2, handler.rejections.size(), handler.report());
    assertTrue(
        handler.report().contains("TIME.ALL:3: article 017 holds binary data (a NUL byte)"),
        handler.report());
    assertTrue(
        handler.report().contains("r.sgm:3: article NEWID=r1 holds binary data (a NUL byte)"),
        handler.report());
  }

  @Test
  void acceptsAReutersFileWhoseArticlesAllLackABody() throws IOException {
    String brief =
        "<REUTERS NEWID=\"7\">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n"
            + "<TEXT TYPE=\"BRIEF\"><TITLE>BRIEF ONLY</TITLE></TEXT>\n</REUTERS>\n";
    Files.writeString(dir.resolve("briefs.sgm"), brief + brief.replace("\"7\"", "\"8\""));
    CollectingHandler handler = read(null, dir);
    assertEquals(List.of(), handler.rejections, handler.report());
    assertEquals(List.of(), handler.ids());
  }

  @Test
  void givesIdsFromFileNamesWithSpacesQuotesAndNonAsciiLetters() throws IOException {
    seed(dir, "it's \"news\" today.txt", "2021-01-01");
    seed(dir, "Zürich – Straße 東京.txt", "2021-01-02");
    CollectingHandler handler = read(null, dir);
    assertEquals(List.of(), handler.rejections, handler.report());
    assertEquals(List.of("Zürich – Straße 東京", "it's \"news\" today"), handler.ids());
  }

  @Test
  void readsDeeplyNestedFolders() throws IOException {
    Path deep = dir;
    for (int i = 0; i < 200; i++) {
      deep = deep.resolve("d");
    }
    seed(deep, "bottom.txt", "2021-01-01");
    assertEquals(List.of("bottom"), read(null, dir).ids());
  }

  @Test
  void aFolderOfArticlesWithAStrayLockIsReadAndAnIndexBeingMadeIsNot() throws IOException {
    seed(dir.resolve("articles"), "story.txt", "2021-01-01");
    seed(dir.resolve("articles"), "_0001.txt", "2021-01-01");
    Files.writeString(dir.resolve("articles").resolve("write.lock"), "");
    // a lock over articles in folders below
    seed(dir.resolve("yearly").resolve("2020"), "older.txt", "2020-01-01");
    Files.writeString(dir.resolve("yearly").resolve("write.lock"), "");
    // a new index before its first commit: Lucene's lock and files only
    Path index = Files.createDirectories(dir.resolve("index"));
    Files.writeString(index.resolve("write.lock"), "");
    Files.writeString(index.resolve("_0.fdt"), "");
    Files.writeString(index.resolve("_0_Lucene912_0.doc"), "");
    Files.writeString(index.resolve("_0_sort_1.tmp"), "");
    // a committed index, lock and all
    Path committed = Files.createDirectories(dir.resolve("optimized"));
    Files.writeString(committed.resolve("write.lock"), "");
    Files.writeString(committed.resolve("segments_3"), "");
    Files.writeString(committed.resolve("_4_Lucene90_0.dvd"), "");
    CollectingHandler read = read(null, dir);
    assertEquals(List.of("_0001", "story", "older"), read.ids());
    assertEquals(List.of(), read.rejections, "Lucene's files are not read as articles");
    // a lock alone in a folder read with no format, or with one: nothing to read, nothing amiss
    Path lonely = Files.createDirectories(dir.resolve("lonely").resolve("sub"));
    Files.writeString(dir.resolve("lonely").resolve("write.lock"), "");
    seed(lonely, "a.txt", "2021-01-01");
    assertEquals(List.of("a"), read(null, dir.resolve("lonely")).ids());
    assertEquals(List.of(), read(new SeedFormatReader(), dir.resolve("lonely")).rejections);
    // an article file named like a commit, without Lucene's other files: articles
    seed(dir.resolve("n").resolve("2020"), "segments_2020", "2020-06-01");
    seed(dir.resolve("n").resolve("2020"), "b.txt", "2020-06-02");
    assertEquals(List.of("b", "segments_2020"), read(null, dir.resolve("n")).ids());
    // a lock and an empty folder: as the empty folder alone
    Path bare = Files.createDirectories(dir.resolve("bare").resolve("sub"));
    Path empty = Files.createDirectories(dir.resolve("empty").resolve("sub"));
    Files.writeString(bare.getParent().resolve("write.lock"), "");
    assertEquals(
        read(null, empty.getParent()).rejections.size(),
        read(null, bare.getParent()).rejections.size());
  }

  @Test
  void reportsASymbolicLinkLoopAndReadsTheRest() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    seed(sub, "a.txt", "2021-01-01");
    try {
      Files.createSymbolicLink(sub.resolve("loop"), dir);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "skipped: symbolic links are not supported here");
    }
    CollectingHandler handler = read(null, dir);
    assertEquals(List.of("a"), handler.ids());
    assertEquals(1, handler.rejections.size(), handler.report());
    assertTrue(handler.rejections.get(0).reason().contains("loop"), handler.report());
  }

  @Test
  void reportsALinkToAFileThatIsGoneAndReadsTheRest() throws IOException {
    seed(dir, "a.txt", "2021-01-01");
    Path dangling = dir.resolve("dangling.txt");
    try {
      Files.createSymbolicLink(dangling, dir.resolve("nowhere.txt"));
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "skipped: symbolic links are not supported here");
    }
    CollectingHandler handler = read(null, dir);
    assertEquals(List.of("a"), handler.ids());
    assertEquals(1, handler.rejections.size(), handler.report());
    assertEquals(dangling.toString(), handler.rejections.get(0).source());
    assertTrue(handler.rejections.get(0).reason().contains("does not exist"), handler.report());
  }

  @Test
  void readsAFileReachedAlsoByALinkOnceUnderItsOwnName() throws IOException {
    Path sub = Files.createDirectory(dir.resolve("sub"));
    seed(sub, "original.txt", "2021-01-01");
    try {
      // "alias" is walked before "sub"
      Files.createSymbolicLink(dir.resolve("alias.txt"), sub.resolve("original.txt"));
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "skipped: symbolic links are not supported here");
    }
    CollectingHandler handler = read(null, dir);
    assertEquals(List.of(), handler.rejections, handler.report());
    assertEquals(List.of("original"), handler.ids());
  }

  @Test
  void reportsAFolderWhereTheGivenFormatFindsNoFiles() throws IOException {
    seed(dir, "a.txt", "2021-01-01");
    seed(dir, "b.txt", "2021-01-02");
    CollectingHandler handler = read(ArticleFormats.forName("time"), dir);
    assertEquals(List.of(), handler.ids());
    assertEquals(1, handler.rejections.size(), handler.report());
    assertEquals(dir.toString(), handler.rejections.get(0).source());
    assertTrue(handler.rejections.get(0).reason().contains("2 other files"), handler.report());
  }

  @Test
  void aTimeArticleOfNoBreakSpacesOnlyIsRejectedAndTheRestRead() throws IOException {
    // the collection is ISO-8859-1: a no-break space is the byte A0
    Files.writeString(
        dir.resolve("TIME.ALL"),
        "*TEXT 001 01/04/63 PAGE 020\n\nFIRST .\n"
            + "*TEXT 002 01/04/63 PAGE 021\n\n\u00a0\n"
            + "*TEXT 003 01/04/63 PAGE 022\n\nTHIRD .\n",
        java.nio.charset.StandardCharsets.ISO_8859_1);
    CollectingHandler handler = read(ArticleFormats.forName("time"), dir);
    assertEquals(List.of("001", "003"), handler.ids());
    assertEquals(1, handler.rejections.size(), handler.report());
    assertTrue(handler.rejections.get(0).reason().contains("002 has no text"), handler.report());
  }

  @Test
  void reportsAnUnreadableFileAndReadsTheRest() throws IOException {
    assumeTrue(
        !"root".equals(System.getProperty("user.name")),
        "skipped: root can read any file, so an unreadable file cannot be made");
    seed(dir, "a.txt", "2021-01-01");
    Path locked = seed(dir, "b.txt", "2021-01-02");
    try {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    } catch (UnsupportedOperationException e) {
      assumeTrue(false, "skipped: no POSIX permissions here");
    }
    assumeTrue(!Files.isReadable(locked), "skipped: the file stayed readable");
    CollectingHandler handler = read(null, dir);
    assertEquals(List.of("a"), handler.ids());
    assertEquals(
        List.of(new Rejection(locked.toString(), 0, "permission denied")), handler.rejections);
  }

  @Test
  void reportsAMissingPath() throws IOException {
    CollectingHandler handler = read(null, dir.resolve("nowhere"));
    assertEquals("no such file or folder", handler.rejections.get(0).reason());
  }

  @Test
  void readsFolderTreesInPathOrderAndSkipsHiddenFiles() throws IOException {
    seed(dir.resolve("b/c"), "z.txt", "2020-01-03");
    seed(dir, "a.txt", "2020-01-01");
    seed(dir.resolve("b"), "m.txt", "2020-01-02");
    Files.writeString(dir.resolve(".hidden.txt"), "not an article");
    CollectingHandler handler = read(null, dir);
    assertEquals(List.of("a", "z", "m"), handler.ids());
    assertEquals(List.of(), handler.rejections, handler.report());
  }

  @Test
  void rejectsBadFilesWithNameLineAndReasonAndReadsTheRest() throws IOException {
    seed(dir, "good.txt", "2020-01-01");
    Files.writeString(dir.resolve("nodate.txt"), "No date here.");
    Files.writeString(dir.resolve("baddate.txt"), "date 2020-13-45 Bad.");
    CollectingHandler handler = read(null, dir);
    assertEquals(List.of("good"), handler.ids());
    assertEquals(2, handler.rejections.size());
    assertTrue(handler.rejections.get(0).toString().contains("baddate.txt:1: "), handler.report());
    assertTrue(handler.rejections.get(1).toString().contains("nodate.txt:1: "), handler.report());
  }
}
