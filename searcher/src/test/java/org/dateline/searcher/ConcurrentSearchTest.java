package org.dateline.searcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.dateline.indexer.ArticleIndexer;
import org.dateline.indexer.IndexerOptions;
import org.dateline.indexer.testing.TestIndexes;
import org.junit.jupiter.api.Test;

/**
 * Several threads search while another indexes and refreshes. Articles are committed five at a
 * time, each with two paragraphs, so every consistent snapshot holds a multiple of five articles,
 * twice as many paragraphs, and facet counts equal to the hits.
 */
class ConcurrentSearchTest {

  private static final int BATCH = 5;
  private static final int BATCHES = 40;

  @Test
  void searchesSeeConsistentSnapshotsWhileIndexing() throws Exception {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    try (Directory dir = new ByteBuffersDirectory()) {
      ArticleIndexer indexer =
          ArticleIndexer.open(dir, IndexerOptions.defaults(TestIndexes.extractor()));
      indexer.index(TestIndexes.article("first", "2020-01-01", "Troops in Mosul.", "Second part."));
      for (int i = 1; i < BATCH; i++) {
        indexer.index(TestIndexes.article("first" + i, "2020-01-01", "Troops in Berlin.", "More."));
      }
      indexer.commit();
      ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
      AtomicBoolean done = new AtomicBoolean();
      try (NewsSearcher searcher = NewsSearcher.open(dir)) {
        List<Thread> readers = new ArrayList<>();
        CountDownLatch started = new CountDownLatch(3);
        for (int t = 0; t < 3; t++) {
          Thread reader =
              new Thread(
                  () -> {
                    started.countDown();
                    long last = 0;
                    try {
                      while (!done.get()) {
                        SearchResults r =
                            searcher.search(
                                SearchRequest.builder("troops").limit(3).facets(true).build());
                        assertEquals(
                            0, r.total() % BATCH, "snapshot between commits: " + r.total());
                        assertTrue(r.total() >= last, "snapshots go forward");
                        last = r.total();
                        long berlin =
                            r.facets().get("location").stream()
                                .filter(v -> v.value().equals("Berlin"))
                                .mapToLong(FacetResults.FacetValue::count)
                                .sum();
                        assertEquals(r.total() - 1, berlin, "facets count the same snapshot");
                        IndexStats s = searcher.stats();
                        assertEquals(2 * s.articles(), s.paragraphs());
                      }
                    } catch (Throwable e) {
                      failures.add(e);
                    }
                  });
          reader.start();
          readers.add(reader);
        }
        started.await();
        for (int b = 1; b <= BATCHES; b++) {
          for (int i = 0; i < BATCH; i++) {
            indexer.index(
                TestIndexes.article(
                    "a" + b + "-" + i,
                    "2020-02-0" + (1 + random.nextInt(9)),
                    "Troops in Berlin.",
                    "Two."));
          }
          indexer.commit();
          searcher.refresh();
        }
        done.set(true);
        for (Thread reader : readers) {
          reader.join(TimeUnit.SECONDS.toMillis(30));
        }
        indexer.close();
        assertTrue(failures.isEmpty(), "seed " + seed + ": " + failures);
        searcher.refresh();
        assertEquals(
            BATCH * (BATCHES + 1),
            searcher.search(SearchRequest.builder("troops").build()).total());
      }
    }
  }

  @Test
  void seesNewCommitsByItselfWhenOpenedWithARefreshInterval(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
    java.nio.file.Path index = tmp.resolve("index");
    try (ArticleIndexer indexer = ArticleIndexer.open(index, IndexerOptions.defaults(null))) {
      indexer.index(TestIndexes.article("one", "2020-01-01", "Troops."));
      indexer.commit();
      try (NewsSearcher searcher = NewsSearcher.open(index, java.time.Duration.ofMillis(20))) {
        assertEquals(1, searcher.search(SearchRequest.builder("troops").build()).total());
        indexer.index(TestIndexes.article("two", "2020-01-02", "Troops."));
        indexer.commit();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        long total = 1;
        while (total < 2 && System.nanoTime() < deadline) {
          Thread.sleep(10);
          total = searcher.search(SearchRequest.builder("troops").build()).total();
        }
        assertEquals(2, total);
      }
    }
  }

  @Test
  void aFailedBackgroundRefreshIsToldAndSearchesKeepTheLastView(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path tmp) throws Exception {
    java.nio.file.Path index = tmp.resolve("index");
    try (ArticleIndexer indexer = ArticleIndexer.open(index, IndexerOptions.defaults(null))) {
      indexer.index(TestIndexes.article("one", "2020-01-01", "Troops."));
    }
    try (NewsSearcher searcher = NewsSearcher.open(index, java.time.Duration.ofMillis(20))) {
      assertTrue(searcher.lastRefreshFailure().isEmpty());
      try (var files = java.nio.file.Files.list(index)) {
        for (java.nio.file.Path f : files.toList()) {
          java.nio.file.Files.delete(f);
        }
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      while (searcher.lastRefreshFailure().isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertTrue(searcher.lastRefreshFailure().isPresent(), "the refresh failed, and says so");
      assertEquals(1, searcher.search(SearchRequest.builder("troops").build()).total());
      // the folder itself gone: the view's statistics are still told, as its searches are served
      java.nio.file.Files.delete(index);
      assertEquals(1, searcher.stats().articles());
    }
  }

  /** Pauses the first call that {@link #pauseNext} names until {@link #resume}. */
  private static final class PausingDirectory extends FilterDirectory {
    final CountDownLatch paused = new CountDownLatch(1);
    private final CountDownLatch resumed = new CountDownLatch(1);
    private final AtomicReference<String> next = new AtomicReference<>();
    final AtomicBoolean interrupted = new AtomicBoolean();

    PausingDirectory(Directory in) {
      super(in);
    }

    /**
     * Pauses the next {@code listAll} or {@code fileLength}, or the next opening of a file named
     * {@code segments_*}.
     */
    void pauseNext(String call) {
      next.set(call);
    }

    void resume() {
      resumed.countDown();
    }

    private void maybePause(String call) throws IOException {
      if (next.compareAndSet(call, null)) {
        paused.countDown();
        try {
          resumed.await();
        } catch (InterruptedException e) {
          interrupted.set(true);
          throw new java.nio.channels.ClosedByInterruptException();
        }
      }
    }

    @Override
    public String[] listAll() throws IOException {
      maybePause("listAll");
      return super.listAll();
    }

    @Override
    public long fileLength(String name) throws IOException {
      maybePause("fileLength");
      return super.fileLength(name);
    }

    @Override
    public IndexInput openInput(String name, IOContext context) throws IOException {
      if (name.startsWith("segments_")) {
        maybePause("segments");
      }
      return super.openInput(name, context);
    }
  }

  @Test
  void closeWaitsForARefreshInProgressWithoutInterruptingIt() throws Exception {
    try (Directory index = TestIndexes.index(List.of(TestIndexes.article("a", null, "Oil.")))) {
      PausingDirectory dir = new PausingDirectory(index);
      NewsSearcher searcher = NewsSearcher.openOwned(dir, java.time.Duration.ofMillis(5));
      dir.pauseNext("segments"); // the next refresh, reading the last commit
      assertTrue(dir.paused.await(30, TimeUnit.SECONDS));
      Thread closing =
          new Thread(
              () -> {
                try {
                  searcher.close();
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
      closing.start();
      closing.join(300);
      assertTrue(closing.isAlive(), "close returned while a refresh was reading the index");
      dir.resume();
      closing.join(TimeUnit.SECONDS.toMillis(30));
      assertFalse(closing.isAlive());
      assertFalse(dir.interrupted.get(), "the refresh was interrupted in the middle of its I/O");
      assertThrows(AlreadyClosedException.class, dir::listAll); // released once it ended
    }
  }

  @Test
  void aRefreshRacingCloseSaysTheSearcherIsClosed() throws Exception {
    try (Directory index = TestIndexes.index(List.of(TestIndexes.article("a", null, "Oil.")))) {
      PausingDirectory dir = new PausingDirectory(index);
      NewsSearcher searcher = NewsSearcher.openOwned(dir, null);
      try (ArticleIndexer indexer = ArticleIndexer.open(index, IndexerOptions.defaults(null))) {
        indexer.index(TestIndexes.article("b", null, "Gas."));
      }
      ExecutorService pool = Executors.newSingleThreadExecutor();
      try {
        dir.pauseNext("segments"); // the refresh, reading the new commit
        Future<Boolean> refresh = pool.submit(searcher::refresh);
        assertTrue(dir.paused.await(30, TimeUnit.SECONDS));
        searcher.close();
        dir.resume();
        java.util.concurrent.ExecutionException e =
            assertThrows(
                java.util.concurrent.ExecutionException.class,
                () -> refresh.get(30, TimeUnit.SECONDS));
        assertTrue(e.getCause() instanceof AlreadyClosedException, e.getCause().toString());
        assertEquals("this NewsSearcher is closed", e.getCause().getMessage());
      } finally {
        pool.shutdownNow();
      }
    }
  }

  @Test
  void statsRunningWhenTheSearcherClosesFinishesAndTheDirectoryClosesAfter() throws Exception {
    try (Directory index = TestIndexes.index(List.of(TestIndexes.article("a", null, "Oil.")))) {
      PausingDirectory dir = new PausingDirectory(index);
      NewsSearcher searcher = NewsSearcher.openOwned(dir, null);
      ExecutorService pool = Executors.newSingleThreadExecutor();
      try {
        dir.pauseNext("fileLength"); // stats() summing the sizes of the files
        Future<IndexStats> stats = pool.submit(searcher::stats);
        assertTrue(dir.paused.await(30, TimeUnit.SECONDS));
        searcher.close();
        dir.listAll(); // still open for the call in flight
        dir.resume();
        assertEquals(1, stats.get(30, TimeUnit.SECONDS).articles());
        assertThrows(AlreadyClosedException.class, dir::listAll);
        assertEquals(
            "this NewsSearcher is closed",
            assertThrows(AlreadyClosedException.class, searcher::stats).getMessage());
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
