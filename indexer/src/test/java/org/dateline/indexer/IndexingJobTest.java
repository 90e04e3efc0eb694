package org.dateline.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dateline.indexer.article.ArticleFormats;
import org.dateline.indexer.article.BbcNewsReader;
import org.dateline.indexer.article.Rejection;
import org.dateline.indexer.entity.EntityExtractor;
import org.dateline.indexer.testing.TestIndexes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexingJobTest {

  @TempDir Path tmp;

  /** Indexes a folder read as JSON Lines into a new index, committing only at the end. */
  private IndexingJob.Summary runJsonLines(Path src) throws IOException, InterruptedException {
    try (ArticleIndexer indexer =
        ArticleIndexer.open(tmp.resolve("idx"), IndexerOptions.defaults(TestIndexes.extractor()))) {
      return new IndexingJob(indexer, 2, 0, null)
          .run(List.of(src), ArticleFormats.forName("jsonl"), false);
    }
  }

  private IndexingJob.Summary run(Path index, boolean prune, Path... roots)
      throws IOException, InterruptedException {
    try (ArticleIndexer indexer =
        ArticleIndexer.open(index, IndexerOptions.defaults(TestIndexes.extractor()))) {
      return new IndexingJob(indexer, 2, 3, null).run(List.of(roots), null, prune);
    }
  }

  @Test
  void indexesFolderWithSeveralThreadsAndCountsExactly() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    for (int i = 0; i < 25; i++) {
      Files.writeString(src.resolve("a" + i + ".txt"), "date 2020-01-01 Para " + i + ".\n\nTwo.");
    }
    IndexingJob.Summary s = run(tmp.resolve("idx"), false, src);
    assertEquals(25, s.read());
    assertEquals(25, s.added());
    assertEquals(50, s.paragraphs());
    assertEquals(25, s.articlesInIndex());
    assertTrue(s.commits() >= 2, "commits every 3 articles and at the end: " + s.commits());
  }

  @Test
  void reindexesOnlyWhatChangedAndPrunesWhatDisappeared() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.writeString(src.resolve("same.txt"), "date 2020-01-01 Same.");
    Files.writeString(src.resolve("changed.txt"), "date 2020-01-01 Before.");
    Files.writeString(src.resolve("gone.txt"), "date 2020-01-01 Gone soon.");
    Path index = tmp.resolve("idx");
    run(index, false, src);
    Files.writeString(src.resolve("changed.txt"), "date 2020-01-01 After.");
    Files.delete(src.resolve("gone.txt"));
    Files.writeString(src.resolve("new.txt"), "date 2020-01-01 New.");
    IndexingJob.Summary s = run(index, true, src);
    assertEquals(1, s.added());
    assertEquals(1, s.replaced());
    assertEquals(1, s.unchanged());
    assertEquals(1, s.pruned());
    assertEquals(3, s.articlesInIndex());
    IndexingJob.Summary again = run(index, true, src);
    assertEquals(3, again.unchanged());
    assertEquals(3, again.articlesInIndex());
  }

  @Test
  void pruningInOneFormatSparesTheArticlesOfFilesThatFormatDoesNotRead() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.writeString(src.resolve("seed.txt"), "date 2020-01-01 A seed article.");
    Files.writeString(
        src.resolve("feed.jsonl"),
        "{\"id\": \"kept\", \"body\": \"Kept.\"}\n{\"id\": \"gone\", \"body\": \"Gone.\"}\n");
    Path index = tmp.resolve("idx");
    assertEquals(3, run(index, false, src).articlesInIndex());
    Files.writeString(src.resolve("feed.jsonl"), "{\"id\": \"kept\", \"body\": \"Kept.\"}\n");
    try (ArticleIndexer indexer =
        ArticleIndexer.open(index, IndexerOptions.defaults(TestIndexes.extractor()))) {
      IndexingJob.Summary s =
          new IndexingJob(indexer, 2, 3, null)
              .run(List.of(src), ArticleFormats.forName("jsonl"), true);
      assertEquals(List.of(src.resolve("seed.txt")), s.skipped());
      assertEquals(1, s.pruned());
      assertEquals(Set.of("seed", "kept"), indexer.articleIds());
    }
  }

  @Test
  void pruningInOneFormatKeepsAndCountsArticlesOfNoRecordedFormat() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.writeString(src.resolve("feed.jsonl"), "{\"id\": \"kept\", \"body\": \"Kept.\"}\n");
    Path index = tmp.resolve("idx");
    try (ArticleIndexer indexer =
        ArticleIndexer.open(index, IndexerOptions.defaults(TestIndexes.extractor()))) {
      indexer.index(TestIndexes.article("by-a-program", "2020-01-01", "No origin."));
      IndexingJob.Summary s =
          new IndexingJob(indexer, 2, 3, null)
              .run(List.of(src), ArticleFormats.forName("jsonl"), true);
      assertEquals(0, s.pruned());
      assertEquals(1, s.unknownOriginKept());
      assertEquals(Set.of("by-a-program", "kept"), indexer.articleIds());
    }
  }

  @Test
  void aJobThatCommitsOnlyIfAllWasReadLeavesTheLastCommitAfterARejection() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.writeString(src.resolve("good.txt"), "date 2020-01-01 Good.");
    Path index = tmp.resolve("idx");
    run(index, false, src);
    Files.writeString(src.resolve("bad.txt"), "no date line");
    Files.writeString(src.resolve("new.txt"), "date 2020-01-01 New.");
    try (ArticleIndexer indexer =
        ArticleIndexer.open(
            index, IndexerOptions.defaults(TestIndexes.extractor()).withCreate(true))) {
      IndexingJob.Summary s =
          new IndexingJob(indexer, 2, 0, null).onlyIfAllRead().run(List.of(src), null, false);
      assertEquals(1, s.rejections().size());
      assertEquals(0, s.commits());
      assertNotNull(s.commitSkipped());
      indexer.rollback();
    }
    try (ArticleIndexer indexer =
        ArticleIndexer.open(index, IndexerOptions.defaults(TestIndexes.extractor()))) {
      assertEquals(Set.of("good"), indexer.articleIds(), "the old index, as it was");
    }
  }

  @Test
  void reportsArticlesReplacedByOnesOfTheSameIdFromAnotherFormat() throws Exception {
    Path seeds = Files.createDirectories(tmp.resolve("seeds"));
    Files.writeString(seeds.resolve("a.txt"), "date 2020-01-01 Seed A.");
    Files.writeString(seeds.resolve("b.txt"), "date 2020-01-01 Seed B.");
    Path feed = Files.createDirectories(tmp.resolve("feed"));
    Files.writeString(
        feed.resolve("news.jsonl"),
        "{\"id\": \"a\", \"date\": \"2020-01-02\", \"body\": \"Feed A.\"}\n");
    Path index = tmp.resolve("idx");
    assertEquals(0, run(index, false, seeds).otherOrigins());
    // another collection numbering its articles alike: its "a" replaces the seed's
    IndexingJob.Summary fromFeed = run(index, false, feed);
    assertEquals(1, fromFeed.replaced());
    assertEquals(1, fromFeed.otherOrigins());
    assertEquals("'a' (seed, now jsonl)", fromFeed.otherOriginExample());
    // a changed article of the same format is an update, not a clash
    Files.writeString(seeds.resolve("b.txt"), "date 2020-01-01 Seed B, changed.");
    Files.delete(seeds.resolve("a.txt"));
    IndexingJob.Summary update = run(index, false, seeds);
    assertEquals(1, update.replaced());
    assertEquals(0, update.otherOrigins());
    assertEquals(null, update.otherOriginExample());
  }

  @Test
  void anArticleIndexedWithoutAnOriginGetsOneWhenReadFromAFile() throws Exception {
    Path seeds = Files.createDirectories(tmp.resolve("seeds"));
    Files.writeString(seeds.resolve("a.txt"), "date 2020-01-01 Seed A.");
    Path index = tmp.resolve("idx");
    try (ArticleIndexer indexer =
        ArticleIndexer.open(index, IndexerOptions.defaults(TestIndexes.extractor()))) {
      // as a program (or a release before origins were kept) indexed it
      indexer.index(
          org.dateline.indexer.article.SeedFormatReader.parse("a", "date 2020-01-01 Seed A."));
      indexer.commit();
    }
    assertEquals(1, run(index, false, seeds).replaced()); // written again, with its origin
    assertEquals(1, run(index, false, seeds).unchanged());
    Path feed = Files.createDirectories(tmp.resolve("feed"));
    Files.writeString(
        feed.resolve("news.jsonl"),
        "{\"id\": \"a\", \"date\": \"2020-01-01\", \"body\": \"Seed A.\"}\n");
    // the same content from another format is replaced, and reported
    assertEquals(1, run(index, false, feed).otherOrigins());
  }

  @Test
  void doesNotPruneWhenSomeInputWasRejected() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.writeString(src.resolve("a.txt"), "date 2020-01-01 A.");
    Files.writeString(src.resolve("b.txt"), "date 2020-01-01 B.");
    Path index = tmp.resolve("idx");
    run(index, false, src);
    Files.writeString(src.resolve("b.txt"), "no date any more");
    IndexingJob.Summary s = run(index, true, src);
    assertEquals(0, s.pruned());
    assertNotNull(s.pruneSkipped());
    assertEquals(2, s.articlesInIndex());
    assertEquals(1, s.rejections().size());
  }

  @Test
  void aSeedArticleThatNoLongerOpensWithItsDateBesideADetectedFormatIsRejectedNotPruned()
      throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.writeString(src.resolve("feed.jsonl"), "{\"id\":\"j1\",\"body\":\"J.\"}\n");
    Files.writeString(src.resolve("a.txt"), "date 2020-01-01 A.");
    Files.writeString(src.resolve("b.txt"), "date 2020-01-01 B.");
    // a data set's README with a date of its own is no article, and was never indexed as one
    Path readme = src.resolve("README.txt");
    Files.writeString(readme, "News sample\nDate: 2021-05-01\n");
    Path index = tmp.resolve("idx");
    IndexingJob.Summary first = run(index, false, src);
    assertEquals(List.of(), first.rejections());
    assertEquals(List.of(readme), first.skipped());
    Files.writeString(src.resolve("b.txt"), "A title first\ndate 2020-01-01\n\nB.");
    IndexingJob.Summary s = run(index, true, src);
    assertEquals(0, s.pruned());
    assertNotNull(s.pruneSkipped());
    assertEquals(3, s.articlesInIndex());
    assertEquals(1, s.rejections().size(), s.rejections().toString());
    assertTrue(s.rejections().get(0).toString().contains("b.txt"), s.rejections().toString());
    assertEquals(List.of(readme), s.skipped());
  }

  @Test
  void aFileLeftOutWhoseNameIsOfASeedArticleReadFromAnotherFileIsNoRejection() throws Exception {
    Path seeds = Files.createDirectories(tmp.resolve("seeds"));
    Files.writeString(seeds.resolve("README.txt"), "date 2020-01-01 An article named README.");
    Files.writeString(seeds.resolve("gone.txt"), "date 2020-01-01 Soon gone.");
    Path feed = Files.createDirectories(tmp.resolve("feed"));
    Files.writeString(feed.resolve("a.jsonl"), "{\"id\":\"j1\",\"body\":\"J.\"}\n");
    Path readme = Files.writeString(feed.resolve("README.txt"), "One article per line.\n");
    Path index = tmp.resolve("idx");
    run(index, false, seeds, feed);
    Files.delete(seeds.resolve("gone.txt"));
    IndexingJob.Summary s = run(index, true, seeds, feed);
    assertEquals(List.of(), s.rejections());
    assertEquals(List.of(readme), s.skipped());
    assertEquals(1, s.pruned());
    assertEquals(2, s.articlesInIndex());
  }

  @Test
  void doesNotPruneEverythingWhenThePathsHoldNoArticlesAndCommitsNothingWhenNothingChanged()
      throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.writeString(src.resolve("a.txt"), "date 2020-01-01 A.");
    Path index = tmp.resolve("idx");
    run(index, false, src);
    long generation = SegmentInfos.getLastCommitGeneration(FSDirectory.open(index));
    IndexingJob.Summary emptied = run(index, true, Files.createDirectories(tmp.resolve("empty")));
    assertEquals(0, emptied.pruned());
    assertNotNull(emptied.pruneSkipped());
    assertEquals(1, emptied.articlesInIndex());
    IndexingJob.Summary unchanged = run(index, false, src);
    assertEquals(1, unchanged.unchanged());
    assertEquals(0, unchanged.commits());
    assertEquals(generation, SegmentInfos.getLastCommitGeneration(FSDirectory.open(index)));
  }

  @Test
  void namesTheFilesAGivenFormatDoesNotTakeWithoutRejectingThem() throws Exception {
    Path sport = Files.createDirectories(tmp.resolve("bbc").resolve("sport"));
    Files.writeString(sport.resolve("001.txt"), "Title\n\nBody.");
    Files.writeString(sport.resolve("002.md"), "Title\n\nBody.");
    Files.writeString(sport.resolve("notes.txt"), "Title\n\nBody.");
    IndexingJob.Summary s;
    try (ArticleIndexer indexer =
        ArticleIndexer.open(tmp.resolve("idx"), IndexerOptions.defaults(null))) {
      s =
          new IndexingJob(indexer, 1, 0, null)
              .run(List.of(tmp.resolve("bbc")), new BbcNewsReader(), false);
    }
    assertEquals(1, s.added());
    assertEquals(List.of(), s.rejections());
    assertEquals(List.of(sport.resolve("002.md"), sport.resolve("notes.txt")), s.skipped());
  }

  @Test
  void countsTheArticlesWithNoTextToIndexWithoutRejectingThem() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.writeString(
        src.resolve("reut2-000.sgm"),
        "<REUTERS NEWID=\"1\">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n<TEXT TYPE=\"BRIEF\">&#2;\n"
            + "******<TITLE>ONLY A HEADLINE\n</TITLE>Blah blah blah.\n&#3;\n</TEXT>\n</REUTERS>\n"
            + "<REUTERS NEWID=\"2\">\n<DATE>26-FEB-1987 15:02:00.00</DATE>\n<TEXT TYPE=\"UNPROC\">"
            + "&#2;\nLONDON GOLD - APRIL 7 418.70 DLRS, FIX CONTINUES\n&#3;\n</TEXT>\n</REUTERS>\n");
    IndexingJob.Summary s = run(tmp.resolve("idx"), false, src);
    assertEquals(1, s.read());
    assertEquals(1, s.passedOver());
    assertEquals(0, s.rejected());
  }

  @Test
  void countsEveryRejectionButKeepsOnlyTheFirstHundredOfAFile() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      lines.append("{not json ").append(i).append('\n');
    }
    Files.writeString(src.resolve("bad.jsonl"), lines);
    Files.writeString(
        src.resolve("good.jsonl"),
        "{\"id\":\"g\",\"date\":\"2020-01-01\",\"body\":\"Fine.\"}\n{x\n");
    IndexingJob.Summary s = runJsonLines(src);
    assertEquals(1, s.added());
    assertEquals(5_001, s.rejected());
    String bad = src.resolve("bad.jsonl").toString();
    String good = src.resolve("good.jsonl").toString();
    assertEquals(5_000L, s.rejectedBySource().get(bad));
    assertEquals(1L, s.rejectedBySource().get(good));
    assertEquals(Rejections.KEPT_PER_SOURCE + 1, s.rejections().size());
    // the first hundred of the bad file, in order, and the good file's one after them
    assertEquals(1, s.rejections().get(0).line());
    assertEquals(
        Rejections.KEPT_PER_SOURCE, s.rejections().get(Rejections.KEPT_PER_SOURCE - 1).line());
    Rejection last = s.rejections().get(Rejections.KEPT_PER_SOURCE);
    assertEquals(good, last.source());
    assertEquals(2, last.line());
  }

  @Test
  void aBinaryFileReadAsJsonLinesIsOneRejection() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    byte[] noise = new byte[200_000];
    new java.util.Random(7).nextBytes(noise);
    Files.write(src.resolve("noise.jsonl"), noise);
    IndexingJob.Summary s = runJsonLines(src);
    assertEquals(1, s.rejected(), s.rejections().toString());
    assertTrue(s.rejections().get(0).reason().contains("binary data"), s.rejections().toString());
  }

  @Test
  void keepsTheFirstOfTwoArticlesWithTheSameIdAndRejectsTheOther() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.createDirectories(src.resolve("a"));
    Files.createDirectories(src.resolve("b"));
    Files.writeString(src.resolve("a/same.txt"), "date 2020-01-01 First.");
    Files.writeString(src.resolve("b/same.txt"), "date 2020-01-01 Second.");
    IndexingJob.Summary s = run(tmp.resolve("idx"), false, src);
    assertEquals(1, s.added());
    assertEquals(1, s.rejections().size());
    assertTrue(s.rejections().get(0).toString().contains("b/same.txt"), s.rejections().toString());
    assertTrue(s.rejections().get(0).reason().contains("already read"), s.rejections().toString());
  }

  @Test
  void anArticleIdRepeatedInOneFileIsRejectedAndNotCountedAsRead() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.writeString(
        src.resolve("d.jsonl"),
        "{\"id\":\"d1\",\"paragraphs\":[\"first\"]}\n"
            + "{\"id\":\"d2\",\"paragraphs\":[\"second\"]}\n"
            + "{\"id\":\"d1\",\"paragraphs\":[\"first again\"]}\n");
    IndexingJob.Summary s = run(tmp.resolve("idx"), false, src);
    assertEquals(2, s.read());
    assertEquals(2, s.added());
    assertEquals(1, s.rejections().size());
    Rejection repeated = s.rejections().get(0);
    assertEquals(3, repeated.line(), repeated.toString());
    assertTrue(
        repeated.reason().contains("already read in this run from this file (line 1)"),
        repeated.toString());
  }

  @Test
  void aFileReachedByTwoPathsIsReadOnce() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.writeString(src.resolve("a.txt"), "date 2020-01-01 A.");
    Files.writeString(src.resolve("b.txt"), "date 2020-01-01 B.");
    IndexingJob.Summary s =
        run(tmp.resolve("idx"), false, src, src.resolve("a.txt"), src.resolve("./b.txt"), src);
    assertEquals(2, s.read());
    assertEquals(2, s.added());
    assertEquals(List.of(), s.rejections());
  }

  @Test
  void anIndexKeptInsideTheFolderItIndexesIsNotReadAsArticles() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("news"));
    Files.writeString(src.resolve("a.txt"), "date 2020-01-01 Alpha story of moles.");
    Files.writeString(src.resolve("b.txt"), "date 2020-01-02 Beta story of moles.");
    // an article file named like a commit is an article file
    Path europe = Files.createDirectories(src.resolve("europe"));
    Files.writeString(europe.resolve("segments_europe.txt"), "date 2020-01-03 Gamma.");
    Path index = src.resolve("idx");
    IndexingJob.Summary first = run(index, false, src);
    IndexingJob.Summary again = run(index, false, src);
    Files.delete(src.resolve("b.txt"));
    IndexingJob.Summary pruned = run(index, true, src);

    assertEquals(List.of(), first.rejections());
    assertEquals(3, first.added());
    assertEquals(List.of(), again.rejections());
    assertEquals(3, again.unchanged());
    assertEquals(1, pruned.pruned());
    assertEquals(2, pruned.articlesInIndex());
  }

  @Test
  void commitsOnATimerAsWellAsAtTheEndAndRecordsTheCount() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    for (int i = 0; i < 10; i++) {
      Files.writeString(src.resolve("a" + i + ".txt"), "date 2020-01-01 Article " + i + ".");
    }
    Path index = tmp.resolve("idx");
    IndexingJob.Summary s;
    try (ArticleIndexer indexer = ArticleIndexer.open(index, IndexerOptions.defaults(null))) {
      s = new IndexingJob(indexer, 1, 0, Duration.ofNanos(1), null).run(List.of(src), null, false);
    }
    assertEquals(
        10,
        s.commits(),
        "after every article (the timer has always run out); nothing is left for the end");
    try (Directory dir = FSDirectory.open(index)) {
      assertEquals(10, CommitInfo.latest(dir).articles());
    }
  }

  @Test
  void anArticleThatCannotBeIndexedIsRejectedAndTheJobGoesOn() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.writeString(src.resolve("good.txt"), "date 2020-01-01 Fine.");
    Files.writeString(src.resolve("bad.txt"), "date 2020-01-01 Poison.");
    EntityExtractor refusing =
        paragraphs -> {
          if (paragraphs.get(0).contains("Poison")) {
            throw new IllegalArgumentException("cannot take this one");
          }
          return List.of(List.of());
        };
    IndexingJob.Summary s;
    try (ArticleIndexer indexer =
        ArticleIndexer.open(tmp.resolve("idx"), IndexerOptions.defaults(refusing))) {
      s = new IndexingJob(indexer, 2, 0, null).run(List.of(src), null, false);
    }
    assertEquals(1, s.articlesInIndex());
    // named by its file and line, as rejections at reading are, and by its id
    assertEquals(
        List.of(
            new Rejection(
                src.resolve("bad.txt").toString(),
                1,
                "article 'bad' not indexed: cannot take this one")),
        s.rejections());
  }

  @Test
  void analysingAndWritingThreadsIndexEveryArticleOnceAtAnyThreadCount() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    int articles = 400;
    for (int i = 0; i < articles; i++) {
      Files.writeString(
          src.resolve("a" + i + ".txt"), "date 2020-01-01 Paris article " + i + ".\n\nTwo.");
    }
    for (int threads : new int[] {1, 2, 3, 4}) {
      Path index = tmp.resolve("idx" + threads);
      IndexingJob.Summary s;
      try (ArticleIndexer indexer =
          ArticleIndexer.open(index, IndexerOptions.defaults(TestIndexes.extractor()))) {
        s =
            assertTimeoutPreemptively(
                Duration.ofMinutes(1),
                () -> new IndexingJob(indexer, threads, 0, null).run(List.of(src), null, false));
      }
      assertEquals(articles, s.read(), threads + " threads");
      assertEquals(articles, s.added(), threads + " threads");
      assertEquals(0, s.unchanged(), threads + " threads: an article written twice");
      assertEquals(List.of(), s.rejections(), threads + " threads");
      assertEquals(2 * articles, s.paragraphs(), threads + " threads");
      assertEquals(articles, s.articlesInIndex(), threads + " threads");
      try (ArticleIndexer indexer =
          ArticleIndexer.open(index, IndexerOptions.defaults(TestIndexes.extractor()))) {
        assertEquals(articles, indexer.articleIds().size(), threads + " threads");
      }
    }
  }

  /** An error (not an exception) of the extractor's, as a stack overflow would be. */
  private static final class ExtractorError extends Error {
    ExtractorError() {
      super("the extractor's stack overflowed");
    }
  }

  /**
   * An exception, and an error (which before ended its thread silently and left the reading thread
   * blocked for ever), each thrown early and late in the run.
   */
  @Test
  void anExtractorFailureOrErrorStopsTheJobWithItAtAnyThreadCount() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    for (int i = 0; i < 300; i++) {
      Files.writeString(src.resolve("a" + i + ".txt"), "date 2020-01-01 Article " + i + ".");
    }
    int run = 0;
    for (Throwable thrown : List.of(new IllegalStateException("broke"), new ExtractorError())) {
      for (String at : List.of("Article 7.", "Article 250.")) {
        EntityExtractor failing =
            paragraphs -> {
              if (paragraphs.get(0).contains(at)) {
                if (thrown instanceof Error e) {
                  throw e;
                }
                throw (RuntimeException) thrown;
              }
              return List.of(List.of());
            };
        for (int threads : new int[] {1, 2, 3}) {
          String what = thrown + " at '" + at + "', " + threads + " threads";
          try (ArticleIndexer indexer =
              ArticleIndexer.open(tmp.resolve("idx" + run++), IndexerOptions.defaults(failing))) {
            Throwable e =
                assertThrows(
                    thrown.getClass(),
                    () ->
                        assertTimeoutPreemptively(
                            Duration.ofMinutes(1),
                            () ->
                                new IndexingJob(indexer, threads, 0, null)
                                    .run(List.of(src), null, false)),
                    what);
            assertSame(thrown, e, what);
          }
        }
      }
    }
  }

  @Test
  void anInterruptedJobStopsAndLeavesNoIndexingThreadRunning() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    for (int i = 0; i < 20; i++) {
      StringBuilder file = new StringBuilder();
      for (int j = 0; j < 50; j++) {
        file.append("{\"id\": \"a")
            .append(i)
            .append('-')
            .append(j)
            .append("\", \"date\": \"2020-01-01\", \"body\": \"Text.\"}\n");
      }
      Files.writeString(src.resolve("f" + i + ".jsonl"), file);
    }
    EntityExtractor slow =
        paragraphs -> {
          try {
            Thread.sleep(2);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return List.of(List.of());
        };
    for (int threads : new int[] {1, 2, 3}) {
      try (ArticleIndexer indexer =
          ArticleIndexer.open(tmp.resolve("idx" + threads), IndexerOptions.defaults(slow))) {
        java.util.concurrent.atomic.AtomicReference<Throwable> thrown =
            new java.util.concurrent.atomic.AtomicReference<>();
        Thread job =
            new Thread(
                () -> {
                  try {
                    new IndexingJob(indexer, threads, 0, null).run(List.of(src), null, false);
                  } catch (Throwable t) {
                    thrown.set(t);
                  }
                });
        job.start();
        Thread.sleep(300);
        job.interrupt();
        job.join(Duration.ofSeconds(30).toMillis());
        assertFalse(job.isAlive(), threads + " threads: the job did not stop");
        assertTrue(
            thrown.get() instanceof java.io.InterruptedIOException
                || thrown.get() instanceof InterruptedException,
            threads + " threads: " + thrown.get());
        assertTrue(
            Thread.getAllStackTraces().keySet().stream()
                .noneMatch(t -> t.getName().startsWith("dateline-indexer-")),
            threads + " threads: an indexing thread is still running");
      }
    }
  }
}
