package org.dateline.searcher.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dateline.indexer.ArticleIndexer;
import org.dateline.indexer.IndexCheck;
import org.dateline.indexer.IndexerOptions;
import org.dateline.indexer.article.Article;
import org.dateline.indexer.article.ArticleFormats;
import org.dateline.indexer.article.ArticleHandler;
import org.dateline.indexer.article.ArticleSources;
import org.dateline.indexer.article.Rejection;
import org.dateline.indexer.cli.ExitCodes;
import org.dateline.indexer.cli.Extractors;
import org.dateline.searcher.NewsSearcher;
import org.dateline.searcher.SearchRequest;
import org.dateline.searcher.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dateline soak}: searching threads and one indexing thread on one index for minutes, to
 * show that nothing fails, memory stays flat and the index stays sound. The indexing thread
 * re-indexes the corpus over and over (each pass changes every article, so every article is
 * replaced), committing and refreshing the searcher as it goes. Once the first pass is committed,
 * every match-all search must count exactly the corpus's articles: replacement is atomic.
 */
@Command(
    name = "soak",
    mixinStandardHelpOptions = true,
    description = {
      "Soak check: searching threads and one re-indexing thread for a while; reports errors,"
          + " heap samples, and the final CheckIndex and counts.",
      "Exit codes: 0 passed, 1 failed (errors, damaged index or wrong counts), 2 bad usage."
    })
public final class SoakCommand implements Callable<Integer> {

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

  @Spec CommandSpec spec;

  @Option(names = "--minutes", paramLabel = "M", description = "How long (default: 10).")
  double minutes = 10;

  @Option(
      names = "--reuters",
      paramLabel = "PATH",
      required = true,
      description = "The corpus to re-index, e.g. ../shared/corpora/reuters21578.")
  Path corpus;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Format of the corpus (default: ${DEFAULT-VALUE}).")
  String format = "reuters";

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index folder, emptied first (default: a temporary folder, deleted after).")
  Path index;

  @Option(names = "--searchers", paramLabel = "N", description = "Searching threads (default: 4).")
  int searchers = 4;

  @Option(
      names = "--commit-every",
      paramLabel = "N",
      description = "Commit and refresh after every N articles (default: 2000).")
  int commitEvery = 2_000;

  @Option(names = "--entities", description = "Extract entities while indexing (slower).")
  boolean entities;

  @Option(
      names = "--sample-seconds",
      paramLabel = "S",
      description = "Seconds between heap samples (default: 30).")
  int sampleSeconds = 30;

  private final AtomicLong errors = new AtomicLong();
  private final List<String> firstErrors = Collections.synchronizedList(new ArrayList<>());

  @Override
  public Integer call() throws Exception {
    if (!(minutes > 0) || searchers < 1 || commitEvery < 1 || sampleSeconds < 1) {
      throw new IllegalArgumentException(
          "--minutes must be positive; --searchers, --commit-every, --sample-seconds at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Article> articles = read(out);
    int expected = articles.size();
    boolean temporary = index == null;
    Path dir = temporary ? Files.createTempDirectory("dateline-soak") : index;
    out.printf(
        "Index %s; %d searching threads, 1 indexing thread, %.1f minutes%n",
        dir, searchers, minutes);
    out.flush();
    long deadline = System.nanoTime() + (long) (minutes * 60e9);
    AtomicBoolean firstPassDone = new AtomicBoolean();
    AtomicLong searches = new AtomicLong();
    AtomicLong partial = new AtomicLong();
    AtomicInteger passes = new AtomicInteger();
    AtomicLong commits = new AtomicLong();
    AtomicLong indexedFirstPass = new AtomicLong();
    IndexerOptions options = new IndexerOptions(true, entities ? Extractors.standard() : null, 64);
    List<Long> heap = new ArrayList<>();
    long inIndex;
    try (ArticleIndexer indexer = ArticleIndexer.open(dir, options);
        NewsSearcher searcher = NewsSearcher.open(dir)) {
      List<Thread> threads = new ArrayList<>();
      threads.add(
          new Thread(
              () ->
                  reindex(
                      indexer,
                      searcher,
                      articles,
                      deadline,
                      passes,
                      commits,
                      firstPassDone,
                      indexedFirstPass),
              "soak-indexer"));
      for (int i = 0; i < searchers; i++) {
        long seed = i;
        threads.add(
            new Thread(
                () -> search(searcher, seed, expected, deadline, firstPassDone, searches, partial),
                "soak-searcher-" + i));
      }
      threads.forEach(Thread::start);
      long start = System.nanoTime();
      while (System.nanoTime() < deadline) {
        Thread.sleep(
            Math.min(
                sampleSeconds * 1000L, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
        long mb = heapAfterGc();
        heap.add(mb);
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
      inIndex = firstPassDone.get() ? expected : indexedFirstPass.get();
      long total = searcher.search(SearchRequest.builder("*:*").limit(0).build()).total();
      if (total != inIndex) {
        error("final match-all count " + total + ", expected " + inIndex);
      }
    }
    IndexCheck.Result check;
    try (Directory d = FSDirectory.open(dir)) {
      check = IndexCheck.check(d);
    }
    if (check.articles() != inIndex) {
      error("the index holds " + check.articles() + " articles, expected " + inIndex);
    }
    if (temporary) {
      deleteTree(dir);
    }
    return report(
        out, expected, passes.get(), commits.get(), searches.get(), partial.get(), heap, check);
  }

  private List<Article> read(PrintWriter out) throws IOException {
    Map<String, Article> byId = new LinkedHashMap<>();
    List<Rejection> rejected = new ArrayList<>();
    new ArticleSources(ArticleFormats.forName(format))
        .read(
            List.of(corpus),
            new ArticleHandler() {
              @Override
              public void accept(Article article) {
                byId.put(article.id(), article);
              }

              @Override
              public void reject(Rejection rejection) {
                rejected.add(rejection);
              }
            });
    if (byId.isEmpty()) {
      throw new IllegalArgumentException("no articles in " + corpus + " (format " + format + ")");
    }
    out.printf(
        "Corpus %s: %,d articles (%,d inputs rejected by the reader)%n",
        corpus, byId.size(), rejected.size());
    return new ArrayList<>(byId.values());
  }

  /** Re-indexes every article, pass after pass, each pass changing every article. */
  private void reindex(
      ArticleIndexer indexer,
      NewsSearcher searcher,
      List<Article> articles,
      long deadline,
      AtomicInteger passes,
      AtomicLong commits,
      AtomicBoolean firstPassDone,
      AtomicLong indexedFirstPass) {
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
            indexer.commit();
            commits.incrementAndGet();
            searcher.refresh();
          }
        }
        indexer.commit();
        commits.incrementAndGet();
        searcher.refresh();
        if (n == articles.size()) {
          passes.incrementAndGet();
          firstPassDone.set(true);
        }
      }
    } catch (IOException | RuntimeException e) {
      error("indexing: " + e);
    }
  }

  /** Runs searches until the deadline; checks that match-all counts are consistent. */
  private void search(
      NewsSearcher searcher,
      long seed,
      int expected,
      long deadline,
      AtomicBoolean firstPassDone,
      AtomicLong searches,
      AtomicLong partial) {
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
          if (r.total() < lastAll || r.total() > expected || (complete && r.total() != expected)) {
            error(
                "match-all counted "
                    + r.total()
                    + " (before: "
                    + lastAll
                    + ", corpus "
                    + expected
                    + ")");
          }
          lastAll = r.total();
        }
      } catch (IOException | RuntimeException e) {
        error("search '" + q + "': " + e);
      }
    }
  }

  private void error(String message) {
    if (errors.incrementAndGet() <= 10) {
      firstErrors.add(message);
    }
  }

  private static long heapAfterGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
  }

  private int report(
      PrintWriter out,
      int expected,
      int passes,
      long commits,
      long searches,
      long partial,
      List<Long> heap,
      IndexCheck.Result check) {
    out.printf(
        "Done: %d full re-indexing passes, %d commits, %,d searches (%,.0f/s), %d partial%n",
        passes, commits, searches, searches / (minutes * 60), partial);
    out.println("Heap after GC (MB), one sample per " + sampleSeconds + " s: " + heap);
    String flat = "n/a";
    if (heap.size() >= 3) {
      int third = heap.size() / 3;
      double early = heap.subList(0, third).stream().mapToLong(Long::longValue).average().orElse(0);
      double late =
          heap.subList(heap.size() - third, heap.size()).stream()
              .mapToLong(Long::longValue)
              .average()
              .orElse(0);
      flat = String.format("first third %.0f MB, last third %.0f MB", early, late);
      if (late > early * 1.5 + 32) {
        error("heap grew: " + flat);
      }
    }
    out.println("Heap trend: " + flat);
    out.printf(
        "CheckIndex: %s; index holds %,d articles, %,d paragraphs; corpus %,d; last commit"
            + " recorded %s%n",
        check.luceneClean() ? "clean" : "DAMAGED",
        check.articles(),
        check.paragraphs(),
        expected,
        check.commit() == null ? "nothing" : check.commit().articles() + " articles");
    check.problems().forEach(p -> out.println("  problem: " + p));
    out.printf("Errors: %d%n", errors.get());
    firstErrors.forEach(e -> out.println("  " + e));
    boolean passed = errors.get() == 0 && check.ok();
    out.println(passed ? "SOAK PASSED" : "SOAK FAILED");
    out.flush();
    return passed ? ExitCodes.OK : ExitCodes.FAILED;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Collections.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
