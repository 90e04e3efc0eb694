package org.dateline.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexOutput;
import org.dateline.indexer.ArticleIndexer.Outcome;
import org.dateline.indexer.article.Article;
import org.dateline.indexer.entity.EntityType;
import org.dateline.indexer.schema.NewsSchema;
import org.dateline.indexer.testing.TestIndexes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleIndexerTest {

  private final Directory dir = new ByteBuffersDirectory();

  private ArticleIndexer open() throws IOException {
    return ArticleIndexer.open(dir, IndexerOptions.defaults(TestIndexes.extractor()));
  }

  @Test
  void writesOneParagraphDocumentPerParagraphThenTheArticle() throws IOException {
    try (ArticleIndexer indexer = open()) {
      indexer.index(
          TestIndexes.article("a1", "2020-06-12", "Troops left Mosul.", "David Hale spoke."));
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      assertEquals(3, reader.maxDoc());
      StoredFields stored = reader.storedFields();
      Document p1 = stored.document(0);
      Document p2 = stored.document(1);
      Document article = stored.document(2);
      assertEquals("Troops left Mosul.", p1.get(NewsSchema.TEXT));
      assertEquals(1, p1.getField(NewsSchema.PARAGRAPH_NUMBER).numericValue().intValue());
      assertEquals(2, p2.getField(NewsSchema.PARAGRAPH_NUMBER).numericValue().intValue());
      assertEquals("a1", p2.get(NewsSchema.ID));
      assertEquals("a1", article.get(NewsSchema.ID));
      assertEquals("2020-06-12", article.get(NewsSchema.STORED_DATE));
      assertEquals(2, article.getField(NewsSchema.PARAGRAPH_COUNT).numericValue().intValue());
      assertEquals("Mosul", article.get(NewsSchema.storedEntities(EntityType.LOCATION)));
      assertEquals("David Hale", article.get(NewsSchema.storedEntities(EntityType.PERSON)));
      assertNull(article.get(NewsSchema.TEXT));
    }
  }

  @Test
  void indexesTextWithPositionsAndEntitiesAsWholeLowerCasedNames() throws IOException {
    try (ArticleIndexer indexer = open()) {
      indexer.index(TestIndexes.article("a1", "2020-06-12", "David Hale visited Mosul."));
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      FieldInfo text = reader.leaves().get(0).reader().getFieldInfos().fieldInfo(NewsSchema.TEXT);
      assertEquals(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS, text.getIndexOptions());
      IndexSearcher s = new IndexSearcher(reader);
      assertEquals(2, s.count(new TermQuery(new Term("person", "david hale"))));
      assertEquals(1, s.count(new TermQuery(new Term(NewsSchema.TEXT, "visit"))));
      assertEquals(1, s.count(new TermQuery(new Term(NewsSchema.TEXT, "mosul"))));
      assertEquals(
          null,
          reader.leaves().get(0).reader().getFieldInfos().fieldInfo("body"),
          "the text is indexed once, on paragraphs");
    }
  }

  @Test
  void givesEveryDocumentATextNormWithoutCountingArticlesInTextStatistics() throws IOException {
    try (ArticleIndexer indexer = ArticleIndexer.open(dir, IndexerOptions.defaults(null))) {
      indexer.index(TestIndexes.article("a1", "2020-06-12", "Troops left Mosul.", "They did."));
      indexer.index(TestIndexes.article("a2", null, "Rain."));
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      LeafReader leaf = reader.leaves().get(0).reader();
      NumericDocValues norms = leaf.getNormValues(NewsSchema.TEXT);
      for (int doc = 0; doc < leaf.maxDoc(); doc++) {
        assertTrue(norms.advanceExact(doc), "norm of doc " + doc);
      }
      assertEquals(0, norms.longValue(), "the last document is an article, with no text");
      Terms text = leaf.terms(NewsSchema.TEXT);
      assertEquals(3, text.getDocCount(), "documents with text: the paragraphs");
      assertEquals(0, new IndexSearcher(reader).count(articleWithText()));
    }
  }

  @Test
  void givesEveryDocumentATitleNormWithoutCountingUntitledOnesInTitleStatistics()
      throws IOException {
    try (ArticleIndexer indexer = ArticleIndexer.open(dir, IndexerOptions.defaults(null))) {
      indexer.index(
          new org.dateline.indexer.article.Article(
              "a1", null, "Troops leave", List.of("Troops left Mosul.", "They did."), Map.of()));
      indexer.index(TestIndexes.article("a2", null, "Rain."));
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      LeafReader leaf = reader.leaves().get(0).reader();
      NumericDocValues norms = leaf.getNormValues(NewsSchema.TITLE);
      for (int doc = 0; doc < leaf.maxDoc(); doc++) {
        assertTrue(norms.advanceExact(doc), "title norm of doc " + doc);
      }
      assertEquals(1, leaf.terms(NewsSchema.TITLE).getDocCount(), "documents with a title");
      assertEquals(
          1, new IndexSearcher(reader).count(new TermQuery(new Term(NewsSchema.TITLE, "troop"))));
    }
  }

  private static Query articleWithText() {
    return new BooleanQuery.Builder()
        .add(NewsSchema.articlesQuery(), Occur.FILTER)
        .add(new WildcardQuery(new Term(NewsSchema.TEXT, "*")), Occur.FILTER)
        .build();
  }

  @Test
  void replacesAnArticleWhosePartsMovedWhoseDateOrValuesChangedOrWhoseTitleIsTheWordNull()
      throws IOException {
    LocalDate day = LocalDate.of(2020, 1, 1);
    List<Article> versions =
        List.of(
            new Article("a", day, "null", List.of("alpha"), Map.of()),
            new Article("a", day, null, List.of("alpha"), Map.of()),
            new Article("a", day, null, List.of("alpha", "source", "x"), Map.of()),
            new Article("a", day, null, List.of("alpha"), Map.of("source", List.of("x"))),
            new Article("a", day, null, List.of("alpha"), Map.of("source", List.of("x", "y"))),
            new Article(
                "a", day, null, List.of("alpha"), Map.of("source", List.of("x"), "y", List.of())),
            // a corrected value, then a corrected date, then no date: the text is the same
            new Article(
                "a", day, null, List.of("alpha"), Map.of("source", List.of("z"), "y", List.of())),
            new Article(
                "a",
                day.plusDays(1),
                null,
                List.of("alpha"),
                Map.of("source", List.of("z"), "y", List.of())),
            new Article(
                "a", null, null, List.of("alpha"), Map.of("source", List.of("z"), "y", List.of())));
    try (ArticleIndexer indexer = open()) {
      assertEquals(Outcome.ADDED, indexer.index(versions.get(0)));
      for (Article changed : versions.subList(1, versions.size())) {
        assertEquals(Outcome.REPLACED, indexer.index(changed), changed.toString());
      }
      assertEquals(Outcome.UNCHANGED, indexer.index(versions.get(versions.size() - 1)));
    }
  }

  @Test
  void replacesAnArticleIndexedAgainWithoutDuplicates() throws IOException {
    try (ArticleIndexer indexer = open()) {
      assertEquals(Outcome.ADDED, indexer.index(TestIndexes.article("a1", "2020-01-01", "Old.")));
    }
    try (ArticleIndexer indexer = open()) {
      assertEquals(
          Outcome.UNCHANGED, indexer.index(TestIndexes.article("a1", "2020-01-01", "Old.")));
      assertEquals(
          Outcome.REPLACED, indexer.index(TestIndexes.article("a1", "2020-01-01", "New.", "Two.")));
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher s = new IndexSearcher(reader);
      assertEquals(1, s.count(NewsSchema.articlesQuery()));
      assertEquals(2, s.count(NewsSchema.paragraphsQuery()));
      assertEquals(0, s.count(new TermQuery(new Term(NewsSchema.TEXT, "old"))));
    }
  }

  @Test
  void deletesAllDocumentsOfAnArticle() throws IOException {
    try (ArticleIndexer indexer = open()) {
      indexer.index(TestIndexes.article("a1", "2020-01-01", "One.", "Two."));
      indexer.index(TestIndexes.article("a2", "2020-01-01", "Three."));
      indexer.commit();
      assertTrue(indexer.delete("a1"));
      assertFalse(indexer.delete("a1"));
      assertFalse(indexer.delete("nope"));
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      assertEquals(2, reader.numDocs());
      assertEquals(List.of("a2"), List.copyOf(new java.util.TreeSet<>(ids(reader))));
    }
  }

  @Test
  void concurrentWritesOfOneNewIdLeaveOneWholeBlock() throws Exception {
    int threads = 4;
    int articles = 200;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (ArticleIndexer indexer = ArticleIndexer.open(dir, IndexerOptions.defaults(null))) {
      for (int i = 0; i < articles; i++) {
        String id = "a" + i;
        CyclicBarrier start = new CyclicBarrier(threads);
        List<Future<Outcome>> outcomes = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          String text = "Version " + t + " of " + id + ".";
          outcomes.add(
              pool.submit(
                  () -> {
                    start.await();
                    return indexer.index(TestIndexes.article(id, "2020-01-01", text, "Second."));
                  }));
        }
        List<Outcome> seen = new ArrayList<>();
        for (Future<Outcome> o : outcomes) {
          seen.add(o.get());
        }
        assertEquals(1, java.util.Collections.frequency(seen, Outcome.ADDED), id + ": " + seen);
      }
    } finally {
      pool.shutdown();
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher s = new IndexSearcher(reader);
      assertEquals(articles, s.count(NewsSchema.articlesQuery()));
      assertEquals(2 * articles, s.count(NewsSchema.paragraphsQuery()));
      for (int i = 0; i < articles; i++) {
        assertEquals(3, s.count(new TermQuery(NewsSchema.idTerm("a" + i))), "a" + i);
      }
    }
  }

  @Test
  void flushBufferWritesSegmentsThatOnlyACommitMakesVisible() throws IOException {
    try (ArticleIndexer indexer = ArticleIndexer.open(dir, IndexerOptions.defaults(null))) {
      indexer.index(TestIndexes.article("a1", null, "One."));
      assertTrue(indexer.flushBuffer());
      assertFalse(indexer.flushBuffer(), "nothing left to write");
      assertFalse(DirectoryReader.indexExists(dir), "a new index is there from its first commit");
      indexer.commit();
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertEquals(2, reader.numDocs());
      }
    }
  }

  @Test
  void addsAgainAnArticleDeletedInTheSameSession() throws IOException {
    try (ArticleIndexer indexer = ArticleIndexer.open(dir, IndexerOptions.defaults(null))) {
      assertEquals(Outcome.ADDED, indexer.index(TestIndexes.article("a1", null, "One.")));
      assertTrue(indexer.delete("a1"));
      assertEquals(Outcome.ADDED, indexer.index(TestIndexes.article("a1", null, "Two.")));
      assertEquals(Outcome.REPLACED, indexer.index(TestIndexes.article("a1", null, "Three.")));
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher s = new IndexSearcher(reader);
      assertEquals(2, s.count(new TermQuery(NewsSchema.idTerm("a1"))));
      assertEquals(1, s.count(new TermQuery(new Term(NewsSchema.TEXT, "three"))));
    }
  }

  private static List<String> ids(DirectoryReader reader) throws IOException {
    IndexSearcher s = new IndexSearcher(reader);
    TopDocs top = s.search(NewsSchema.articlesQuery(), 10);
    List<String> ids = new java.util.ArrayList<>();
    for (var sd : top.scoreDocs) {
      ids.add(reader.storedFields().document(sd.doc).get(NewsSchema.ID));
    }
    return ids;
  }

  @Test
  void indexesArticleWithoutDateOrEntities() throws IOException {
    try (ArticleIndexer indexer = ArticleIndexer.open(dir, new IndexerOptions(false, null, 16))) {
      indexer.index(TestIndexes.article("nodate", null, "Mosul without entities."));
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      Document article = reader.storedFields().document(1);
      assertNull(article.get(NewsSchema.STORED_DATE));
      assertNull(article.get(NewsSchema.storedEntities(EntityType.LOCATION)));
      assertNotNull(article.get(NewsSchema.ID));
    }
  }

  @Test
  void refusesSecondWriterWithClearMessage(@TempDir Path tmp) throws IOException {
    Path index = tmp.resolve("idx");
    try (ArticleIndexer first = ArticleIndexer.open(index, IndexerOptions.defaults(null))) {
      first.index(TestIndexes.article("a", null, "Committed on closing."));
      IndexLockedException e =
          assertThrows(
              IndexLockedException.class,
              () -> ArticleIndexer.open(index, IndexerOptions.defaults(null)));
      assertTrue(
          e.getMessage().contains("being written by another ArticleIndexer in this process"),
          e.getMessage());
    }
    assertTrue(Files.exists(index));
  }

  @Test
  void refusesAFolderHoldingFilesLuceneWouldDeleteAndDeletesNone(@TempDir Path tmp)
      throws IOException {
    Path index = Files.createDirectories(tmp.resolve("idx"));
    Files.writeString(index.resolve("_notes.txt"), "mine");
    Files.writeString(index.resolve("segments_europe.jsonl"), "{}");
    Files.writeString(index.resolve("notes.txt"), "mine too");
    for (boolean create : List.of(false, true)) {
      IndexerOptions options =
          new IndexerOptions(create, null, IndexerOptions.DEFAULT_RAM_BUFFER_MB);
      java.nio.file.FileSystemException e =
          assertThrows(
              java.nio.file.FileSystemException.class, () -> ArticleIndexer.open(index, options));
      assertTrue(e.getMessage().contains("_notes.txt, segments_europe.jsonl"), e.getMessage());
    }
    assertEquals(
        List.of("_notes.txt", "notes.txt", "segments_europe.jsonl"),
        Files.list(index).map(f -> f.getFileName().toString()).sorted().toList());
  }

  @Test
  void opensAnIndexBesideFilesNotNamedAsLucenesOwn(@TempDir Path tmp) throws IOException {
    Path index = Files.createDirectories(tmp.resolve("idx"));
    Files.writeString(index.resolve("README.txt"), "about this index");
    try (ArticleIndexer indexer = ArticleIndexer.open(index, IndexerOptions.defaults(null))) {
      indexer.index(TestIndexes.article("a", "2020-01-01", "Text."));
      indexer.commit();
    }
    try (ArticleIndexer indexer = ArticleIndexer.open(index, IndexerOptions.defaults(null))) {
      assertEquals(java.util.Set.of("a"), indexer.articleIds());
    }
    assertTrue(Files.exists(index.resolve("README.txt")));
  }

  @Test
  void refusesEveryChangeOnceClosed(@TempDir Path tmp) throws IOException {
    ArticleIndexer indexer = ArticleIndexer.open(tmp.resolve("idx"), IndexerOptions.defaults(null));
    indexer.index(TestIndexes.article("a", "2020-01-01", "Text."));
    indexer.close();
    assertThrows(AlreadyClosedException.class, () -> indexer.delete("a"));
    assertThrows(AlreadyClosedException.class, () -> indexer.delete("no-such-id"));
    assertThrows(
        AlreadyClosedException.class,
        () -> indexer.index(TestIndexes.article("b", "2020-01-01", "Text.")));
  }

  @Test
  void aCallRacingCloseEitherFailsAsClosedOrIsCommitted() throws Exception {
    for (int round = 0; round < 10; round++) {
      Directory racing = new ByteBuffersDirectory();
      ArticleIndexer indexer = ArticleIndexer.open(racing, IndexerOptions.defaults(null));
      java.util.Set<String> added = java.util.concurrent.ConcurrentHashMap.newKeySet();
      List<Throwable> refusals = java.util.Collections.synchronizedList(new ArrayList<>());
      ExecutorService pool = Executors.newFixedThreadPool(3);
      CyclicBarrier start = new CyclicBarrier(4);
      for (int t = 0; t < 3; t++) {
        String prefix = "r" + round + "t" + t + "_";
        pool.submit(
            () -> {
              start.await();
              for (int i = 0; ; i++) {
                try {
                  if (indexer.index(TestIndexes.article(prefix + i, null, "Text " + i + "."))
                      == Outcome.ADDED) {
                    added.add(prefix + i);
                  }
                } catch (RuntimeException e) {
                  refusals.add(e);
                  return null;
                }
              }
            });
      }
      start.await();
      Thread.sleep(20 + 10 * round);
      indexer.close();
      pool.shutdown();
      assertTrue(pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES));
      for (Throwable e : refusals) {
        assertTrue(e instanceof AlreadyClosedException, e.toString());
        assertEquals("this ArticleIndexer is closed", e.getMessage());
      }
      try (DirectoryReader reader = DirectoryReader.open(racing)) {
        IndexSearcher s = new IndexSearcher(reader);
        for (String id : added) {
          assertEquals(
              2,
              s.count(new TermQuery(NewsSchema.idTerm(id))),
              "round " + round + ": " + id + " was added, then lost");
        }
      }
    }
  }

  @Test
  void aForceMergeCutShortByCloseOrRollbackFailsAsClosed() throws Exception {
    for (boolean rollback : new boolean[] {false, true}) {
      java.util.concurrent.CountDownLatch merging = new java.util.concurrent.CountDownLatch(1);
      java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
      // the merge waits in its first file until close() or rollback() has aborted it
      Directory mergeWaits =
          new FilterDirectory(new ByteBuffersDirectory()) {
            @Override
            public IndexOutput createOutput(String name, IOContext context) throws IOException {
              if (context.context == IOContext.Context.MERGE) {
                merging.countDown();
                try {
                  release.await();
                } catch (InterruptedException e) {
                  throw new java.io.InterruptedIOException();
                }
              }
              return super.createOutput(name, context);
            }
          };
      ArticleIndexer indexer = ArticleIndexer.open(mergeWaits, IndexerOptions.defaults(null));
      java.util.Random random = new java.util.Random(42);
      for (int i = 0; i < 2; i++) {
        // a merge checks whether it was aborted once per megabyte it writes to a file
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < 700; p++) {
          StringBuilder words = new StringBuilder();
          while (words.length() < 1_000) {
            words.append(Integer.toString(random.nextInt(Integer.MAX_VALUE), 36)).append(' ');
          }
          paragraphs.add(words.toString());
        }
        indexer.index(Article.of("a" + i, null, paragraphs));
        indexer.commit();
      }
      ExecutorService pool = Executors.newSingleThreadExecutor();
      Future<Integer> merge = pool.submit(() -> indexer.forceMerge(1));
      assertTrue(merging.await(1, java.util.concurrent.TimeUnit.MINUTES));
      Thread closer =
          new Thread(
              () -> {
                try {
                  if (rollback) {
                    indexer.rollback();
                  } else {
                    indexer.close();
                  }
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
      closer.start();
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (!abortingMerges() && closer.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(1);
      }
      release.countDown();
      closer.join();
      java.util.concurrent.ExecutionException failure =
          assertThrows(java.util.concurrent.ExecutionException.class, merge::get);
      pool.shutdown();
      assertTrue(
          failure.getCause() instanceof AlreadyClosedException,
          (rollback ? "rollback: " : "close: ") + failure.getCause());
      assertEquals("this ArticleIndexer is closed", failure.getCause().getMessage());
    }
  }

  /**
   * Whether a thread (the caller of close() or rollback(), or the indexer's own) waits in Lucene's
   * writer for the merges it has marked aborted to stop.
   */
  private static boolean abortingMerges() {
    return Thread.getAllStackTraces().entrySet().stream()
        .filter(t -> t.getKey().getState() == Thread.State.TIMED_WAITING)
        .flatMap(t -> java.util.Arrays.stream(t.getValue()))
        .anyMatch(
            frame ->
                frame.getClassName().equals(org.apache.lucene.index.IndexWriter.class.getName())
                    && frame.getMethodName().equals("abortMerges"));
  }

  @Test
  void anInterruptedCommitCommitsAndLeavesTheIndexerOpen(@TempDir Path tmp) throws IOException {
    Path index = tmp.resolve("idx");
    try (ArticleIndexer indexer = ArticleIndexer.open(index, IndexerOptions.defaults(null))) {
      indexer.index(TestIndexes.article("a", null, "Committed."));
      indexer.commit();
      indexer.index(TestIndexes.article("b", null, "Not yet committed."));
      Thread.currentThread().interrupt(); // a task cancelled with Future.cancel(true)
      try {
        assertEquals(2, indexer.commit());
      } finally {
        assertTrue(Thread.interrupted(), "the interrupt is left for the caller");
      }
      indexer.index(TestIndexes.article("c", null, "Later."));
      assertEquals(3, indexer.commit());
    }
  }

  @Test
  void closeAndRollbackOnAnInterruptedThreadCompleteAndLeaveTheInterrupt(@TempDir Path tmp)
      throws IOException {
    // {create, call rollback() rather than close(), articles the index holds afterwards}
    Object[][] cases = {
      {false, false, 3}, {false, true, 2}, {true, false, 2}, {true, true, 2},
    };
    for (Object[] c : cases) {
      boolean create = (Boolean) c[0];
      boolean rollback = (Boolean) c[1];
      String name = (create ? "create, " : "add, ") + (rollback ? "rollback" : "close");
      Path index = tmp.resolve(name);
      try (ArticleIndexer indexer = ArticleIndexer.open(index, IndexerOptions.defaults(null))) {
        indexer.index(TestIndexes.article("a", null, "Committed."));
        indexer.index(TestIndexes.article("b", null, "Committed."));
      }
      ArticleIndexer indexer =
          ArticleIndexer.open(index, IndexerOptions.defaults(null).withCreate(create));
      indexer.index(TestIndexes.article("c", null, "Not yet committed."));
      Thread.currentThread().interrupt(); // a task cancelled with Future.cancel(true)
      try {
        if (rollback) {
          indexer.rollback();
        } else {
          indexer.close();
        }
      } finally {
        assertTrue(Thread.interrupted(), name + ": the interrupt is left for the caller");
      }
      try (ArticleIndexer reopened = ArticleIndexer.open(index, IndexerOptions.defaults(null))) {
        assertEquals(c[2], reopened.articleIds().size(), name);
      }
    }
    // a new index rolled back leaves none
    Path index = tmp.resolve("new");
    ArticleIndexer indexer = ArticleIndexer.open(index, IndexerOptions.defaults(null));
    indexer.index(TestIndexes.article("a", null, "Never committed."));
    indexer.flushBuffer();
    Thread.currentThread().interrupt();
    try {
      indexer.rollback();
    } finally {
      assertTrue(Thread.interrupted(), "new, rollback: the interrupt is left for the caller");
    }
    assertFalse(Files.exists(index), "no index, nor the folder made for it");
  }

  @Test
  void aNewIndexNeverCommittedLeavesNoFolderThatOpeningMadeForIt(@TempDir Path tmp)
      throws IOException {
    Path made = tmp.resolve("made");
    Path index = made.resolve("for/index");
    ArticleIndexer rolledBack = ArticleIndexer.open(index, IndexerOptions.defaults(null));
    rolledBack.index(TestIndexes.article("a", null, "Never committed."));
    rolledBack.flushBuffer();
    rolledBack.rollback();
    assertFalse(Files.exists(made), "the folders opening made are gone");
    try (ArticleIndexer closed =
        ArticleIndexer.open(index, IndexerOptions.defaults(null).withCreate(true))) {
      closed.index(TestIndexes.article("a", null, "Closed before a commit."));
    }
    assertFalse(Files.exists(made), "closed before a commit");
    ArticleIndexer.open(index, IndexerOptions.defaults(null)).close(); // no article
    assertFalse(Files.exists(made), "closed with no article");

    // folders that were there stay, with what they held
    Path there = Files.createDirectories(tmp.resolve("there"));
    Files.writeString(there.resolve("notes.txt"), "the user's");
    ArticleIndexer.open(there.resolve("index"), IndexerOptions.defaults(null)).rollback();
    assertEquals(List.of(there.resolve("notes.txt")), listing(there));
    Path kept = Files.createDirectories(tmp.resolve("kept"));
    ArticleIndexer.open(kept, IndexerOptions.defaults(null)).rollback();
    assertTrue(Files.isDirectory(kept));
    // and a committed index stays
    try (ArticleIndexer committed = ArticleIndexer.open(index, IndexerOptions.defaults(null))) {
      committed.index(TestIndexes.article("a", null, "Committed."));
    }
    try (ArticleIndexer reopened = ArticleIndexer.open(index, IndexerOptions.defaults(null))) {
      assertEquals(java.util.Set.of("a"), reopened.articleIds());
    }
  }

  private static List<Path> listing(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }

  @Test
  void anInterruptedWriteThatWritesASegmentLeavesTheIndexerOpen(@TempDir Path tmp)
      throws IOException {
    Path index = tmp.resolve("idx");
    String text = "Words enough to fill a small buffer soon. ".repeat(20);
    int articles = 2_000; // some 2 MB of text: segments are written as articles are indexed
    try (ArticleIndexer indexer = ArticleIndexer.open(index, new IndexerOptions(false, null, 1))) {
      Thread.currentThread().interrupt();
      try {
        for (int i = 0; i < articles; i++) {
          indexer.index(TestIndexes.article("a" + i, null, text + i));
        }
      } finally {
        assertTrue(Thread.interrupted(), "the interrupt is left for the caller");
      }
      assertEquals(articles, indexer.commit());
    }
  }

  @Test
  void closingANewIndexThatHoldsNoArticleMakesNoIndex(@TempDir Path tmp) throws Exception {
    Path index = tmp.resolve("idx");
    ArticleIndexer.open(index, IndexerOptions.defaults(null)).close();
    try (ArticleIndexer indexer = ArticleIndexer.open(index, IndexerOptions.defaults(null))) {
      IndexingJob.Summary run =
          new IndexingJob(indexer, 2, 0, null)
              .run(List.of(Files.createDirectories(tmp.resolve("empty"))), null, false);
      assertEquals(0, run.commits());
      indexer.index(TestIndexes.article("a", null, "Added, then deleted."));
      indexer.delete("a");
    }
    try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(index)) {
      assertFalse(DirectoryReader.indexExists(d), "no index, rather than an empty one");
    }
  }

  @Test
  void rollingBackOrClosingAnIndexerClosedOrRolledBackAlreadyDoesNothing(@TempDir Path tmp)
      throws IOException {
    Path index = tmp.resolve("idx");
    ArticleIndexer closed = ArticleIndexer.open(index, IndexerOptions.defaults(null));
    closed.index(TestIndexes.article("a", "2020-01-01", "Text."));
    closed.close();
    closed.rollback();
    closed.close();
    ArticleIndexer rolledBack = ArticleIndexer.open(index, IndexerOptions.defaults(null));
    rolledBack.index(TestIndexes.article("b", "2020-01-01", "Text."));
    rolledBack.rollback();
    rolledBack.rollback();
    rolledBack.close();
    try (ArticleIndexer reopened = ArticleIndexer.open(index, IndexerOptions.defaults(null))) {
      assertEquals(java.util.Set.of("a"), reopened.articleIds());
    }
  }

  @Test
  void createDiscardsPreviousContent() throws IOException {
    try (ArticleIndexer indexer = open()) {
      indexer.index(TestIndexes.article("a1", "2020-01-01", "One."));
    }
    try (ArticleIndexer indexer =
        ArticleIndexer.open(dir, IndexerOptions.defaults(null).withCreate(true))) {
      assertEquals(0, indexer.articleIds().size());
      indexer.index(TestIndexes.article("b1", "2020-01-01", "Two."));
      indexer.commit();
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      assertEquals(List.of("b1"), ids(reader));
    }
  }

  @Test
  void aRebuildClosedBeforeItsFirstCommitLeavesTheOldIndexWhole() throws IOException {
    try (ArticleIndexer indexer = open()) {
      indexer.index(TestIndexes.article("a1", "2020-01-01", "One."));
      indexer.index(TestIndexes.article("a2", "2020-01-01", "Two."));
    }
    IOException failure =
        assertThrows(
            IOException.class,
            () -> {
              try (ArticleIndexer indexer =
                  ArticleIndexer.open(dir, IndexerOptions.defaults(null).withCreate(true))) {
                indexer.index(TestIndexes.article("b1", "2020-01-01", "Three."));
                throw new IOException("reading the feed failed");
              }
            });
    assertEquals(0, failure.getSuppressed().length, "close() rolled back without a failure");
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      assertEquals(List.of("a1", "a2"), ids(reader));
    }
  }

  @Test
  void aRebuildThatCommittedIsCompletedByClose() throws IOException {
    try (ArticleIndexer indexer = open()) {
      indexer.index(TestIndexes.article("a1", "2020-01-01", "One."));
    }
    try (ArticleIndexer indexer =
        ArticleIndexer.open(dir, IndexerOptions.defaults(null).withCreate(true))) {
      indexer.index(TestIndexes.article("b1", "2020-01-01", "Two."));
      indexer.commit(); // the old index is gone from here on
      indexer.index(TestIndexes.article("b2", "2020-01-01", "Three."));
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      assertEquals(List.of("b1", "b2"), ids(reader));
    }
  }
}
