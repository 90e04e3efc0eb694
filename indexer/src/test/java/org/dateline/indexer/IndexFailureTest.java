package org.dateline.indexer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.dateline.indexer.schema.IncompatibleIndexException;
import org.dateline.indexer.testing.FailingDirectory;
import org.dateline.indexer.testing.TestIndexes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A full disk and a read-only folder: clear errors, the last commit intact, no stray files. */
class IndexFailureTest {

  @TempDir Path tmp;
  Directory disk;
  FailingDirectory dir;

  @BeforeEach
  void indexTwentyArticles() throws IOException {
    disk = FSDirectory.open(tmp.resolve("index"));
    dir = new FailingDirectory(disk);
    try (ArticleIndexer indexer = open()) {
      for (int i = 0; i < 20; i++) {
        indexer.index(TestIndexes.article("old" + i, "2020-01-01", "Old article " + i + "."));
      }
    }
  }

  @AfterEach
  void close() throws IOException {
    disk.close();
  }

  private ArticleIndexer open() throws IOException {
    return ArticleIndexer.open(dir, IndexerOptions.defaults(TestIndexes.extractor()));
  }

  private static void indexNew(ArticleIndexer indexer, int n) throws IOException {
    for (int i = 0; i < n; i++) {
      indexer.index(
          TestIndexes.article(
              "new" + i, "2021-01-01", ("New article " + i + " about Berlin. ").repeat(20)));
    }
  }

  /** The index as of its last commit: sound, with this many articles, and no file beyond it. */
  private void assertCommitted(long articles) throws IOException {
    IndexCheck.Result r = IndexCheck.check(disk);
    assertTrue(r.ok(), r.toString());
    assertEquals(articles, r.articles());
    Set<String> files = new TreeSet<>(List.of(disk.listAll()));
    files.remove(IndexWriter.WRITE_LOCK_NAME);
    assertEquals(
        new TreeSet<>(SegmentInfos.readLatestCommit(disk).files(true)),
        files,
        "only the files of the last commit remain");
  }

  @Test
  void diskFullAtCommitFailsWithTheCauseAndRollbackKeepsThePreviousCommit() throws IOException {
    ArticleIndexer indexer = open();
    indexNew(indexer, 200);
    dir.fillAfter(10_000);
    IOException e = assertThrows(IOException.class, indexer::commit);
    assertEquals(FailingDirectory.DISK_FULL, e.getMessage());
    indexer.rollback();
    assertCommitted(20);

    dir.free();
    try (ArticleIndexer again = open()) {
      indexNew(again, 200);
    }
    assertCommitted(220);
  }

  @Test
  void diskFullDuringAJobStopsItWithTheCauseAndKeepsTheLastCommit() throws Exception {
    Path src = Files.createDirectories(tmp.resolve("src"));
    for (int i = 0; i < 300; i++) {
      Files.writeString(
          src.resolve("n" + i + ".txt"), "date 2021-01-01 " + "Words of article " + i + ". ");
    }
    ArticleIndexer indexer = open();
    dir.fillAfter(20_000);
    IOException e =
        assertThrows(
            IOException.class,
            () -> new IndexingJob(indexer, 2, 50, null).run(List.of(src), null, false));
    assertTrue(e.getMessage().contains(FailingDirectory.DISK_FULL), e.toString());
    indexer.rollback();
    dir.free();
    IndexCheck.Result r = IndexCheck.check(disk);
    assertTrue(r.ok(), r.toString());
    assertEquals(r.commit().articles(), r.articles());
    assertTrue(r.articles() >= 20 && r.articles() < 320, r.toString());
  }

  @Test
  void aMergeThatFindsTheDiskFullFailsTheNextCallWithTheCauseAndPrintsNoStackTrace()
      throws Exception {
    Directory mergesFail =
        new FilterDirectory(disk) {
          @Override
          public IndexOutput createOutput(String name, IOContext context) throws IOException {
            if (context.context == IOContext.Context.MERGE) {
              throw new IOException(FailingDirectory.DISK_FULL);
            }
            return super.createOutput(name, context);
          }
        };
    List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    Thread.UncaughtExceptionHandler before = Thread.getDefaultUncaughtExceptionHandler();
    // what the JVM's default handler would print on stderr, whatever the merge thread's name
    Thread.setDefaultUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
    try {
      ArticleIndexer indexer = ArticleIndexer.open(mergesFail, IndexerOptions.defaults(null));
      Exception failure = null;
      // a segment per commit: Lucene merges them once there are some ten
      for (int i = 0; i < 200 && failure == null; i++) {
        try {
          indexer.index(TestIndexes.article("m" + i, "2021-01-01", "Merged article " + i + "."));
          indexer.commit();
        } catch (IllegalStateException | IOException e) {
          failure = e;
        }
      }
      assertNotNull(failure, "no merge was made");
      Throwable cause = failure;
      while (cause.getCause() != null && !FailingDirectory.DISK_FULL.equals(cause.getMessage())) {
        cause = cause.getCause();
      }
      assertEquals(FailingDirectory.DISK_FULL, cause.getMessage(), failure.toString());
      indexer.rollback(); // waits for the merge threads
      awaitNoMergeThread();
      assertEquals(List.of(), uncaught);
      assertTrue(IndexCheck.check(disk).ok());
    } finally {
      Thread.setDefaultUncaughtExceptionHandler(before);
    }
  }

  private static void awaitNoMergeThread() throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (System.nanoTime() < deadline
        && Thread.getAllStackTraces().keySet().stream()
            .anyMatch(t -> t.getName().startsWith("Lucene Merge Thread"))) {
      Thread.sleep(10);
    }
  }

  @Test
  void readOnlyFolderRefusesToOpenForWritingWithAClearReason() throws IOException {
    dir.readOnly(true);
    AccessDeniedException e = assertThrows(AccessDeniedException.class, this::open);
    assertEquals("cannot write the index folder (read-only or not permitted)", e.getReason());
    assertTrue(e.getCause() instanceof AccessDeniedException, "Lucene's refusal kept: " + e);
    dir.readOnly(false);
    assertCommitted(20);
  }

  @Test
  void anIndexLocationThatIsAFileIsRefusedWithTheFix() throws IOException {
    Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
    FileSystemException e =
        assertThrows(
            FileSystemException.class,
            () -> ArticleIndexer.open(file, IndexerOptions.defaults(null)));
    assertTrue(e.getReason().contains("is a file, not a folder"), e.getMessage());
  }

  @Test
  void aSecondWriterIsRefusedWhileTheFirstIsOpen() throws IOException {
    Path index = tmp.resolve("locked");
    try (ArticleIndexer first = ArticleIndexer.open(index, IndexerOptions.defaults(null))) {
      IndexLockedException e =
          assertThrows(
              IndexLockedException.class,
              () -> ArticleIndexer.open(index, IndexerOptions.defaults(null)));
      assertEquals(
          "index is being written by another ArticleIndexer in this process ("
              + index
              + "); close that one before opening another",
          e.getMessage());
    }
  }

  @Test
  void aSecondWriterInThisProcessIsNamedCleanlyThroughAFilterDirectoryAndInMemory()
      throws IOException {
    Directory filtered = new FilterDirectory(disk) {};
    try (ArticleIndexer first = open()) {
      assertEquals(
          "index is being written by another ArticleIndexer in this process ("
              + tmp.resolve("index")
              + "); close that one before opening another",
          assertThrows(
                  IndexLockedException.class,
                  () -> ArticleIndexer.open(filtered, IndexerOptions.defaults(null)))
              .getMessage());
    }
    try (Directory memory = new ByteBuffersDirectory();
        ArticleIndexer first = ArticleIndexer.open(memory, IndexerOptions.defaults(null))) {
      String m =
          assertThrows(
                  IndexLockedException.class,
                  () -> ArticleIndexer.open(memory, IndexerOptions.defaults(null)))
              .getMessage();
      assertTrue(
          m.matches(
              "index is being written by another ArticleIndexer in this process"
                  + " \\(ByteBuffersDirectory@\\p{XDigit}+\\); close that one before opening another"),
          m);
    }
  }

  @Test
  void aCommitFailingOnCloseRollsBackAndLetsGoOfTheIndex() throws IOException {
    AtomicBoolean failCommits = new AtomicBoolean();
    // an I/O error Lucene does not take as tragic: its writer stays open
    Directory failing =
        new FilterDirectory(dir) {
          @Override
          public IndexOutput createOutput(String name, IOContext context) throws IOException {
            if (failCommits.get() && name.startsWith("pending_segments")) {
              throw new IOException("cannot create " + name);
            }
            return super.createOutput(name, context);
          }
        };
    ArticleIndexer indexer =
        ArticleIndexer.open(failing, IndexerOptions.defaults(TestIndexes.extractor()));
    indexNew(indexer, 5);
    failCommits.set(true);
    IOException e = assertThrows(IOException.class, indexer::close);
    assertTrue(e.getMessage().startsWith("cannot create pending_segments"), e.toString());
    assertEquals(0, e.getSuppressed().length, List.of(e.getSuppressed()).toString());
    assertCommitted(20);
    indexer.close(); // closed already: nothing to do

    try (ArticleIndexer again = open()) {
      indexNew(again, 5);
    }
    assertCommitted(25);
  }

  @Test
  void aNewIndexIsThereFromItsFirstCommitSoARunDyingBeforeItLeavesNoIndex() throws IOException {
    Path index = tmp.resolve("fresh");
    ArticleIndexer indexer = ArticleIndexer.open(index, IndexerOptions.defaults(null));
    assertTrue(indexer.isNewWithNothingCommitted());
    indexer.index(TestIndexes.article("a", "2020-01-01", "Never committed."));
    assertTrue(indexer.flushBuffer(), "a segment written, as a run killed later would leave");
    // a run killed now leaves no index (searches say so), not an empty one that answers nothing
    try (Directory d = FSDirectory.open(index)) {
      assertFalse(org.apache.lucene.index.DirectoryReader.indexExists(d));
    }
    // a run that fails and rolls back leaves the folder as it was: none, as open() made it
    indexer.rollback();
    assertFalse(Files.exists(index));
    // and an index committed to since its creation is rolled back to that commit, not removed
    try (ArticleIndexer again = ArticleIndexer.open(index, IndexerOptions.defaults(null))) {
      again.index(TestIndexes.article("a", "2020-01-01", "Committed."));
      again.commit();
      again.index(TestIndexes.article("b", "2020-01-01", "Never committed."));
      again.rollback();
    }
    try (Directory d = FSDirectory.open(index)) {
      assertEquals(1, IndexCheck.check(d).articles());
    }
  }

  @Test
  void openingAnIndexWithADamagedSegmentToWriteNamesTheDamageNotLucenesException()
      throws IOException {
    Path index = tmp.resolve("damaged-write");
    try (ArticleIndexer indexer = ArticleIndexer.open(index, IndexerOptions.defaults(null))) {
      for (int i = 0; i < 50; i++) {
        indexer.index(
            TestIndexes.article("a" + i, "2021-01-01", "Words about Berlin, " + i + " times."));
      }
    }
    Path cfs;
    try (var files = Files.list(index)) {
      cfs = files.filter(p -> p.toString().endsWith(".cfs")).findFirst().orElseThrow();
    }
    byte[] sound = Files.readAllBytes(cfs);
    int refused = 0;
    // bytes overwritten at the start of the compound file, where its parts' headers are
    for (int at = 0; at < Math.min(sound.length - 16, 400); at += 40) {
      byte[] bytes = sound.clone();
      System.arraycopy("GARBAGEGARBAGE".getBytes(StandardCharsets.US_ASCII), 0, bytes, at, 14);
      Files.write(cfs, bytes);
      try {
        ArticleIndexer.open(index, IndexerOptions.defaults(null)).rollback();
      } catch (IncompatibleIndexException e) {
        refused++;
        assertTrue(e.getMessage().contains("is damaged"), "at " + at + ": " + e.getMessage());
      }
      assertArrayEquals(bytes, Files.readAllBytes(cfs), "at " + at);
    }
    assertTrue(refused > 0, "no damage found");
  }

  @Test
  void checkReportsWhatCheckIndexFoundInADamagedSegmentInsteadOfFailing() throws IOException {
    Path index = tmp.resolve("damaged");
    try (ArticleIndexer indexer =
        ArticleIndexer.open(index, IndexerOptions.defaults(TestIndexes.extractor()))) {
      for (int i = 0; i < 300; i++) {
        indexer.index(
            TestIndexes.article(
                "a" + i,
                "2021-01-01",
                ("Paragraph " + i + " of words about Berlin and Paris, " + i * 7 + " times. ")
                    .repeat(30),
                "A second paragraph " + i + "."));
      }
    }
    Path cfs;
    try (var files = Files.list(index)) {
      cfs = files.filter(p -> p.toString().endsWith(".cfs")).findFirst().orElseThrow();
    }
    byte[] sound = Files.readAllBytes(cfs);
    // a flipped byte anywhere: in the field infos, the postings, the stored fields...
    for (int percent = 5; percent < 100; percent += 5) {
      byte[] bytes = sound.clone();
      bytes[bytes.length * percent / 100] ^= (byte) 0xff;
      Files.write(cfs, bytes);
      IndexCheck.Result r;
      try (Directory damaged = FSDirectory.open(index)) {
        r = IndexCheck.check(damaged);
      }
      String where = "byte at " + percent + "%: " + r;
      assertFalse(r.ok(), where);
      assertFalse(r.luceneClean(), where);
      assertTrue(
          r.problems().get(0).startsWith("Lucene's CheckIndex found the index damaged"), where);
    }
  }
}
