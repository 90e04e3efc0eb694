package org.dateline.searcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
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
}
