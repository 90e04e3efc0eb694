package org.dateline.searcher.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.dateline.indexer.ArticleIndexer;
import org.dateline.indexer.article.Article;
import org.dateline.searcher.NewsSearcher;
import org.dateline.searcher.SearchRequest;
import org.dateline.searcher.SearchResults;

/**
 * One soak run ({@link SoakCommand}): an indexing thread re-indexing the articles pass after pass
 * and searching threads, until a deadline, counting what they did and every error.
 */
final class Soak {

  private static final List<String> QUERIES =
      List.of(
          "oil",
          "trade deficit",
          "\"interest rates\"",
          "opec AND price",
          "wheat OR corn",
          "bank* -dollar",
          "gold~1",
          "title:coffee",
          "date:[1987-03-01 TO 1987-03-31] shares",
          "*:*");

  private final ArticleIndexer indexer;
  private final NewsSearcher searcher;
  private final List<Article> articles;
  private final int commitEvery;
  private final long deadline;

  final AtomicLong errors = new AtomicLong();
  final List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());
  final AtomicLong searches = new AtomicLong();
  final AtomicLong partial = new AtomicLong();
  final AtomicInteger passes = new AtomicInteger();
  final AtomicLong commits = new AtomicLong();
  final List<Long> heapMb = new ArrayList<>();
  private final AtomicBoolean firstPassDone = new AtomicBoolean();
  private final AtomicLong indexedFirstPass = new AtomicLong();

  Soak(
      ArticleIndexer indexer,
      NewsSearcher searcher,
      List<Article> articles,
      int commitEvery,
      double minutes) {
    this.indexer = indexer;
    this.searcher = searcher;
    this.articles = articles;
    this.commitEvery = commitEvery;
    this.deadline = System.nanoTime() + (long) (minutes * 60e9);
  }

  /**
   * Runs until the deadline, printing a line per heap sample, then commits and checks the final
   * match-all count.
   *
   * @return the number of articles the index must hold
   */
  long run(int searchers, int sampleSeconds, PrintWriter out)
      throws IOException, InterruptedException {
    List<Thread> threads = new ArrayList<>();
    threads.add(new Thread(this::reindex, "soak-indexer"));
    for (int i = 0; i < searchers; i++) {
      long seed = i;
      threads.add(new Thread(() -> search(seed), "soak-searcher-" + i));
    }
    threads.forEach(Thread::start);
    long start = System.nanoTime();
    while (System.nanoTime() < deadline) {
      long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
      Thread.sleep(Math.min(sampleSeconds * 1000L, left));
      long mb = heapAfterGc();
      heapMb.add(mb);
      out.printf(
          "t=%4.0fs heap=%4d MB passes=%d commits=%d searches=%,d errors=%d%n",
          (System.nanoTime() - start) / 1e9,
          mb,
          passes.get(),
          commits.get(),
          searches.get(),
          errors.get());
      out.flush();
    }
    for (Thread t : threads) {
      t.join();
    }
    indexer.commit();
    searcher.refresh();
    // a run too short for one whole pass holds the articles of its partial first pass
    long inIndex = firstPassDone.get() ? articles.size() : indexedFirstPass.get();
    long total = searcher.search(SearchRequest.builder("*:*").limit(0).build()).total();
    if (total != inIndex) {
      error("final match-all count " + total + ", expected " + inIndex);
    }
    return inIndex;
  }

  /** Re-indexes every article, pass after pass, each pass changing every article. */
  private void reindex() {
    try {
      for (int pass = 0; System.nanoTime() < deadline; pass++) {
        int n = 0;
        for (Article a : articles) {
          if (System.nanoTime() >= deadline) {
            break;
          }
          Map<String, List<String>> meta = new HashMap<>(a.metadata());
          meta.put("soak-pass", List.of(Integer.toString(pass)));
          indexer.index(new Article(a.id(), a.date(), a.title(), a.paragraphs(), meta));
          if (pass == 0) {
            indexedFirstPass.incrementAndGet();
          }
          if (++n % commitEvery == 0) {
            commit();
          }
        }
        commit();
        if (n == articles.size()) {
          passes.incrementAndGet();
          firstPassDone.set(true); // after the refresh: later searches see the whole corpus
        }
      }
    } catch (IOException | RuntimeException e) {
      error("indexing: " + e);
    }
  }

  private void commit() throws IOException {
    indexer.commit();
    commits.incrementAndGet();
    searcher.refresh();
  }

  /** Searches until the deadline; match-all counts never go down, and are exact after pass 1. */
  private void search(long seed) {
    Random random = new Random(seed);
    long lastAll = 0;
    while (System.nanoTime() < deadline) {
      String q = QUERIES.get(random.nextInt(QUERIES.size()));
      try {
        boolean complete = firstPassDone.get();
        SearchResults r =
            searcher.search(SearchRequest.builder(q).facets(random.nextInt(4) == 0).build());
        searches.incrementAndGet();
        if (r.partial()) {
          partial.incrementAndGet();
        } else if (q.equals("*:*")) {
          long n = r.total();
          if (n < lastAll || n > articles.size() || (complete && n != articles.size())) {
            error(
                "match-all counted "
                    + n
                    + " (before: "
                    + lastAll
                    + ", corpus "
                    + articles.size()
                    + ")");
          }
          lastAll = n;
        }
      } catch (IOException | RuntimeException e) {
        error("search '" + q + "': " + e);
      }
    }
  }

  void error(String message) {
    if (errors.incrementAndGet() <= 10) {
      firstErrors.add(message);
    }
  }

  /** Used heap after a full collection, in MB: what the run holds on to. */
  private static long heapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
  }
}
