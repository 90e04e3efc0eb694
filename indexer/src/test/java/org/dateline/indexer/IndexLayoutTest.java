package org.dateline.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dateline.indexer.schema.IncompatibleIndexException;
import org.dateline.indexer.schema.NewsSchema;
import org.dateline.indexer.testing.TestIndexes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index layout's version: recorded by every commit, checked before an index is written. */
class IndexLayoutTest {

  @TempDir Path tmp;

  @Test
  void everyCommitRecordsTheLayoutVersion() throws IOException {
    Path index = tmp.resolve("index");
    try (ArticleIndexer indexer = ArticleIndexer.open(index, IndexerOptions.defaults(null))) {
      indexer.index(TestIndexes.article("a", "2020-01-01", "One paragraph."));
      indexer.commit();
      assertEquals(Integer.toString(NewsSchema.VERSION), layoutOf(index));
    }
  }

  @Test
  void anIndexThatRecordsNoLayoutIsRefusedAndLeftAsItWas() throws IOException {
    Path index = indexOfOneArticle();
    try (Directory dir = FSDirectory.open(index)) {
      TestIndexes.recordLayout(dir, null);
    }
    Set<String> files = files(index);

    IncompatibleIndexException e =
        assertThrows(
            IncompatibleIndexException.class,
            () -> ArticleIndexer.open(index, IndexerOptions.defaults(null)));

    assertEquals(
        "the index in "
            + index
            + " was written by an earlier version of Dateline, before index layouts were"
            + " numbered; this version reads and writes layout "
            + NewsSchema.VERSION
            + " only: rebuild the index from its"
            + " sources",
        e.getMessage());
    assertNull(e.found());
    assertEquals(files, files(index), "nothing written");
    // and the write lock is released: the index can be rebuilt in place
    try (ArticleIndexer rebuilt =
        ArticleIndexer.open(index, IndexerOptions.defaults(null).withCreate(true))) {
      rebuilt.index(TestIndexes.article("b", "2020-01-02", "Rebuilt."));
      rebuilt.commit();
    }
    assertEquals(Integer.toString(NewsSchema.VERSION), layoutOf(index));
  }

  @Test
  void anIndexOfAnotherNumberedLayoutIsRefusedNamingItsVersionAndWhichIsLater() throws IOException {
    for (String version : new String[] {"0", "7"}) {
      Path index = indexOfOneArticle("layout-" + version);
      try (Directory dir = FSDirectory.open(index)) {
        TestIndexes.recordLayout(dir, version);
      }

      IncompatibleIndexException e =
          assertThrows(
              IncompatibleIndexException.class,
              () -> ArticleIndexer.open(index, IndexerOptions.defaults(null)));

      String which = version.equals("7") ? "a later" : "an earlier";
      assertTrue(
          e.getMessage()
              .contains("has index layout " + version + ", written by " + which + " version"),
          e.getMessage());
      assertEquals(version, e.found());
      assertEquals(NewsSchema.VERSION, e.expected());
    }
  }

  /**
   * The case that made layouts numbered: an index from before a field's options changed (text
   * indexed with offsets). Appending to it failed article by article with Lucene's "cannot change
   * field" error; now it is refused whole, and creating the index again replaces it.
   */
  @Test
  void creatingAnewReplacesAnIndexWhoseFieldsConflict() throws IOException {
    Path index = tmp.resolve("old");
    FieldType withOffsets = new FieldType(TextField.TYPE_STORED);
    withOffsets.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    try (Directory dir = FSDirectory.open(index);
        IndexWriter old = new IndexWriter(dir, new IndexWriterConfig(NewsSchema.analyzer()))) {
      Document d = new Document();
      // as every Dateline index has had: a document type
      d.add(
          new org.apache.lucene.document.StringField(
              NewsSchema.DOC_TYPE, NewsSchema.PARAGRAPH, Field.Store.NO));
      d.add(new Field(NewsSchema.TEXT, "Indexed by an old version.", withOffsets));
      old.addDocument(d);
      old.commit();
    }
    assertThrows(
        IncompatibleIndexException.class,
        () -> ArticleIndexer.open(index, IndexerOptions.defaults(null)));

    try (ArticleIndexer indexer =
        ArticleIndexer.open(index, IndexerOptions.defaults(null).withCreate(true))) {
      assertEquals(
          ArticleIndexer.Outcome.ADDED,
          indexer.index(TestIndexes.article("a", "2020-01-01", "Indexed by this version.")));
      indexer.commit();
    }

    try (Directory dir = FSDirectory.open(index)) {
      IndexCheck.Result check = IndexCheck.check(dir);
      assertTrue(check.ok(), check.toString());
      assertEquals(1, check.articles());
    }
  }

  @Test
  void anotherProgramsIndexThatLuceneCannotReadIsNeitherReplacedNorAdvisedToBe()
      throws IOException {
    Path index = tmp.resolve("foreign-unreadable");
    String segments;
    try (Directory dir = FSDirectory.open(index);
        IndexWriter other = new IndexWriter(dir, new IndexWriterConfig(NewsSchema.analyzer()))) {
      Document d = new Document();
      d.add(new Field("body", "Another program's text.", TextField.TYPE_STORED));
      other.addDocument(d);
      other.commit();
      segments = SegmentInfos.getLastCommitSegmentsFileName(dir);
    }
    // cut short, as a codec or format this Lucene lacks would leave it unreadable
    Path file = index.resolve(segments);
    byte[] bytes = Files.readAllBytes(file);
    Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 8));
    IncompatibleIndexException e = assertCreateRefusesAnotherProgramsAndLeavesIt(index);
    assertTrue(e.getMessage().contains("did not write and cannot read"), e.getMessage());
    assertFalse(e.getMessage().contains("rebuild"), e.getMessage());
  }

  @Test
  void anEmptyIndexOfAnEarlierDatelineIsNoOtherProgramsIndex() throws IOException {
    Path index = tmp.resolve("empty-old");
    try (Directory dir = FSDirectory.open(index);
        IndexWriter old = new IndexWriter(dir, new IndexWriterConfig(NewsSchema.analyzer()))) {
      // no documents, so no fields: only the commit says whose it is
      old.setLiveCommitData(java.util.Map.of("dateline.articles", "0").entrySet());
      old.commit();
    }
    IncompatibleIndexException e =
        assertThrows(
            IncompatibleIndexException.class,
            () -> ArticleIndexer.open(index, IndexerOptions.defaults(null)));
    assertFalse(e.isNotDateline(), e.getMessage());
    assertTrue(e.getMessage().contains("earlier version of Dateline"), e.getMessage());
    // and --create may replace it
    ArticleIndexer.open(index, IndexerOptions.defaults(null).withCreate(true)).close();
  }

  @Test
  void anIndexLuceneCannotReadIsReportedAsIncompatibleNamingWhatItLacks() throws IOException {
    Path index = tmp.resolve("unreadable");
    try (Directory dir = FSDirectory.open(index)) {
      Map<Exception, String> said =
          Map.of(
              new IllegalArgumentException(
                  "An SPI class of type org.apache.lucene.codecs.Codec with name 'Dateline999'"
                      + " does not exist.  You need to add the corresponding JAR file"),
              "its segments use codec 'Dateline999', which it does not have",
              new IllegalArgumentException(
                  "Could not load codec 'Lucene80'. Did you forget to add"
                      + " lucene-backward-codecs.jar?"),
              "its segments use codec 'Lucene80', which it does not have",
              new IndexFormatTooNewException("segments_9", 11, 7, 10),
              "Format version is not supported (resource segments_9): 11 (needs to be between 7"
                  + " and 10)");
      for (Map.Entry<Exception, String> c : said.entrySet()) {
        IncompatibleIndexException e =
            assertThrows(
                IncompatibleIndexException.class,
                () ->
                    NewsSchema.readable(
                        dir,
                        () -> {
                          if (c.getKey() instanceof IOException io) {
                            throw io;
                          }
                          throw (RuntimeException) c.getKey();
                        }));
        assertEquals(
            "the index in "
                + index
                + " cannot be read by this version of Dateline ("
                + c.getValue()
                + "): it was written by another version; rebuild it from its sources",
            e.getMessage());
        assertTrue(e.unreadable());
      }
      IllegalArgumentException other = new IllegalArgumentException("something else");
      assertSame(
          other,
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  NewsSchema.readable(
                      dir,
                      () -> {
                        throw other;
                      })));
    }
  }

  @Test
  void creatingAnewReplacesAnIndexLuceneCannotReadAndKeepsOtherFiles() throws IOException {
    Path index = indexOfOneArticle();
    // a commit Lucene cannot read (as a later release's, or a damaged one), newer than the index's
    Files.writeString(index.resolve("segments_9"), "not a commit Lucene can read");
    Files.writeString(index.resolve("notes.txt"), "the user's");
    IncompatibleIndexException refused =
        assertThrows(
            IncompatibleIndexException.class,
            () -> ArticleIndexer.open(index, IndexerOptions.defaults(null)).close());
    assertTrue(refused.unreadable());
    assertCreatingAnewReplacesIt(index);
    assertEquals("the user's", Files.readString(index.resolve("notes.txt")));
  }

  @Test
  void creatingAnewKeepsAnIndexLuceneCannotReadUntilTheFirstCommitAndPutsItBackOtherwise()
      throws IOException {
    Path index = indexOfOneArticle();
    Files.writeString(index.resolve("segments_9"), "not a commit Lucene can read");
    Map<String, String> before = contents(index);

    ArticleIndexer rolledBack =
        ArticleIndexer.open(index, IndexerOptions.defaults(null).withCreate(true));
    rolledBack.index(TestIndexes.article("new", "2021-01-01", "A fresh start."));
    rolledBack.flushBuffer();
    Path aside = rolledBack.unreadableIndexSetAside();
    assertEquals(index.toRealPath(), aside.getParent());
    assertTrue(aside.getFileName().toString().startsWith("unreadable-index-"), aside.toString());
    assertTrue(Files.exists(aside.resolve("segments_9")));
    assertTrue(rolledBack.madeIndex());
    rolledBack.rollback();
    assertNull(rolledBack.unreadableIndexSetAside());
    assertFalse(rolledBack.madeIndex(), "the old index is back");
    assertFalse(rolledBack.deletedUnreadableIndex());
    assertEquals(before, contents(index), "rolled back");

    try (ArticleIndexer closed =
        ArticleIndexer.open(index, IndexerOptions.defaults(null).withCreate(true))) {
      closed.index(TestIndexes.article("new", "2021-01-01", "A fresh start."));
    }
    assertEquals(before, contents(index), "closed before a commit");

    // a process killed before its first commit leaves the folder as this copy holds it
    Path killed = tmp.resolve("killed");
    try (ArticleIndexer running =
        ArticleIndexer.open(index, IndexerOptions.defaults(null).withCreate(true))) {
      running.index(TestIndexes.article("new", "2021-01-01", "A fresh start."));
      running.flushBuffer();
      copyTree(index, killed);
    }
    assertTrue(
        contents(killed).keySet().stream().anyMatch(f -> f.startsWith("unreadable-index-")),
        contents(killed).toString());
    IncompatibleIndexException e =
        assertThrows(
            IncompatibleIndexException.class,
            () -> ArticleIndexer.open(killed, IndexerOptions.defaults(null)).close());
    assertTrue(e.unreadable(), e.getMessage());
    assertEquals(before, contents(killed), "the next open put it back");

    try (ArticleIndexer committed =
        ArticleIndexer.open(index, IndexerOptions.defaults(null).withCreate(true))) {
      committed.index(TestIndexes.article("new", "2021-01-01", "A fresh start."));
      committed.commit();
      assertNull(committed.unreadableIndexSetAside());
      assertTrue(committed.deletedUnreadableIndex());
    }
    assertTrue(
        contents(index).keySet().stream().noneMatch(f -> f.startsWith("unreadable-index-")),
        "deleted at the commit: " + contents(index));
    try (ArticleIndexer indexer = ArticleIndexer.open(index, IndexerOptions.defaults(null))) {
      assertEquals(Set.of("new"), indexer.articleIds());
    }
  }

  /** The files under a folder (without Lucene's lock file), by relative path, with their bytes. */
  private static Map<String, String> contents(Path folder) throws IOException {
    Map<String, String> all = new java.util.TreeMap<>();
    try (Stream<Path> walked = Files.walk(folder)) {
      for (Path p : walked.filter(Files::isRegularFile).toList()) {
        if (!p.getFileName().toString().equals("write.lock")) {
          all.put(
              folder.relativize(p).toString(),
              java.util.HexFormat.of().formatHex(Files.readAllBytes(p)));
        }
      }
    }
    return all;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> walked = Files.walk(from)) {
      for (Path p : walked.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  @Test
  void anIndexWhoseOnlyCommitWasEmptiedIsKnownByItsSegmentsAndCreateReplacesIt()
      throws IOException {
    Path index = indexOfOneArticle();
    try (Directory dir = FSDirectory.open(index)) {
      Files.write(index.resolve(SegmentInfos.getLastCommitSegmentsFileName(dir)), new byte[0]);
    }
    IncompatibleIndexException e =
        assertThrows(
            IncompatibleIndexException.class,
            () -> ArticleIndexer.open(index, IndexerOptions.defaults(null)).close());
    assertFalse(e.isNotDateline(), e.getMessage());
    assertTrue(e.getMessage().contains("is damaged"), e.getMessage());
    assertCreatingAnewReplacesIt(index);
  }

  @Test
  void anotherProgramsIndexMissingAFileIsNotReplaced() throws IOException {
    Path index = tmp.resolve("foreign-missing");
    try (Directory dir = FSDirectory.open(index);
        IndexWriter other =
            new IndexWriter(
                dir, new IndexWriterConfig(NewsSchema.analyzer()).setUseCompoundFile(false))) {
      Document d = new Document();
      // its stored value spells Dateline's stored-fields format, which is no proof of it
      d.add(new Field("body", "DatelineStoredFields", TextField.TYPE_STORED));
      other.addDocument(d);
      other.commit();
    }
    try (var files = Files.list(index)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".nvd")).toList()) {
        Files.delete(f);
      }
    }
    assertCreateRefusesAnotherProgramsAndLeavesIt(index);
    // and with its commit emptied, its stored value is not taken for Dateline's format
    try (Directory dir = FSDirectory.open(index)) {
      Files.write(index.resolve(SegmentInfos.getLastCommitSegmentsFileName(dir)), new byte[0]);
    }
    assertCreateRefusesAnotherProgramsAndLeavesIt(index);
  }

  @Test
  void anIndexMissingAFileOfItsLastCommitIsDamagedAndCreateReplacesIt() throws IOException {
    Path index = indexOfOneArticle();
    try (var files = Files.list(index)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".cfs")).toList()) {
        Files.delete(f);
      }
    }
    IncompatibleIndexException e =
        assertThrows(
            IncompatibleIndexException.class,
            () -> ArticleIndexer.open(index, IndexerOptions.defaults(null)).close());
    assertTrue(
        e.getMessage().contains("is damaged (a file of its last commit is missing: "),
        e.getMessage());
    // before, the new commit was made and then deleting the old commit's files failed
    assertCreatingAnewReplacesIt(index);
  }

  @Test
  void checkReportsAnIndexOfAnotherLayout() throws IOException {
    Path index = indexOfOneArticle();
    try (Directory dir = FSDirectory.open(index)) {
      TestIndexes.recordLayout(dir, null);
      IndexCheck.Result check = IndexCheck.check(dir);
      assertFalse(check.ok());
      assertTrue(check.onlyLayoutDiffers());
      assertEquals(
          List.of(
              "the index in "
                  + index
                  + " was written by an earlier version of Dateline, before index layouts were"
                  + " numbered; this version reads and writes layout "
                  + NewsSchema.VERSION
                  + " only: rebuild the index"
                  + " from its sources"),
          check.problems());
    }
  }

  /**
   * Opens {@code index} with {@code --create}, which refuses it as another program's and leaves its
   * files as they are.
   */
  private static IncompatibleIndexException assertCreateRefusesAnotherProgramsAndLeavesIt(
      Path index) throws IOException {
    List<String> before = listing(index);
    IncompatibleIndexException e =
        assertThrows(
            IncompatibleIndexException.class,
            () -> ArticleIndexer.open(index, IndexerOptions.defaults(null).withCreate(true)));
    assertTrue(e.isNotDateline(), e.getMessage());
    assertEquals(before, listing(index));
    return e;
  }

  private static List<String> listing(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.map(Path::toString).sorted().toList();
    }
  }

  /** Indexes one article into {@code index} with {@code --create}: it is then the index's only. */
  private static void assertCreatingAnewReplacesIt(Path index) throws IOException {
    try (ArticleIndexer indexer =
        ArticleIndexer.open(index, IndexerOptions.defaults(null).withCreate(true))) {
      indexer.index(TestIndexes.article("new", "2021-01-01", "A fresh start."));
      indexer.commit();
    }
    try (ArticleIndexer indexer = ArticleIndexer.open(index, IndexerOptions.defaults(null))) {
      assertEquals(Set.of("new"), indexer.articleIds());
    }
  }

  private Path indexOfOneArticle() throws IOException {
    return indexOfOneArticle("index");
  }

  private Path indexOfOneArticle(String folder) throws IOException {
    Path index = tmp.resolve(folder);
    try (ArticleIndexer indexer = ArticleIndexer.open(index, IndexerOptions.defaults(null))) {
      indexer.index(TestIndexes.article("a", "2020-01-01", "One paragraph."));
    }
    try (Directory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      assertEquals(2, reader.numDocs(), "one article of one paragraph");
    }
    return index;
  }

  private static String layoutOf(Path index) throws IOException {
    try (Directory dir = FSDirectory.open(index)) {
      return SegmentInfos.readLatestCommit(dir).getUserData().get(NewsSchema.VERSION_KEY);
    }
  }

  private static Set<String> files(Path index) throws IOException {
    try (Stream<Path> s = Files.list(index)) {
      Set<String> names = new TreeSet<>();
      s.forEach(p -> names.add(p.getFileName().toString()));
      names.remove("write.lock");
      return names;
    }
  }
}
