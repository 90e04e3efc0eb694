package org.dateline.searcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.dateline.indexer.ArticleIndexer;
import org.dateline.indexer.IndexerOptions;
import org.dateline.indexer.testing.TestIndexes;
import org.junit.jupiter.api.Test;

/**
 * Searching threads while another thread replaces every article, then adds new ones, committing and
 * refreshing as it goes: no search fails, and each sees one commit whole, never an article half
 * replaced (the match-all count stays exact) or a count going backwards.
 */
class ReplacingWhileSearchingTest {

  static final int ARTICLES = 200;

  @Test
  void searchesDuringIndexingSeeWholeCommitsOnly() throws Exception {
    try (Directory dir = new ByteBuffersDirectory();
        ArticleIndexer indexer = ArticleIndexer.open(dir, IndexerOptions.defaults(null))) {
      write(indexer, 0, ARTICLES, "first");
      indexer.commit();
      try (NewsSearcher searcher = NewsSearcher.open(dir)) {
        AtomicBoolean replacing = new AtomicBoolean(true);
        AtomicBoolean done = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Integer>> searches = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
          searches.add(pool.submit(() -> search(searcher, replacing, done)));
        }
        for (int from = 0; from < ARTICLES; from += 50) {
          write(indexer, from, from + 50, "second");
          indexer.commit();
          searcher.refresh();
        }
        replacing.set(false);
        for (int from = ARTICLES; from < 2 * ARTICLES; from += 50) {
          write(indexer, from, from + 50, "new");
          indexer.commit();
          searcher.refresh();
        }
        done.set(true);
        for (Future<Integer> f : searches) {
          assertTrue(f.get() > 0, "each thread searched");
        }
        pool.shutdown();
        assertEquals(2 * ARTICLES, searcher.search(SearchRequest.builder("*:*").build()).total());
      }
    }
  }

  private static void write(ArticleIndexer indexer, int from, int to, String version)
      throws IOException {
    for (int i = from; i < to; i++) {
      indexer.index(
          TestIndexes.article("a" + i, "2020-01-01", "Article " + i + " " + version + " text."));
    }
  }

  /** Searches until done; returns how many searches ran. */
  private static int search(NewsSearcher searcher, AtomicBoolean replacing, AtomicBoolean done)
      throws IOException {
    int n = 0;
    long last = 0;
    while (!done.get() || n == 0) {
      long total = searcher.search(SearchRequest.builder("*:*").limit(3).build()).total();
      // read after the search: new articles are written only once this is false
      if (replacing.get()) {
        assertEquals(ARTICLES, total, "an article was missing or doubled while being replaced");
      }
      assertTrue(total >= last && total <= 2 * ARTICLES, last + " then " + total);
      last = total;
      searcher.search(SearchRequest.builder("text OR second").facets(true).build());
      n++;
    }
    return n;
  }
}
