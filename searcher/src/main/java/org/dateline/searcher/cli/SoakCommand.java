package org.dateline.searcher.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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
import org.dateline.indexer.cli.IndexFolderOption;
import org.dateline.searcher.NewsSearcher;
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
      converter = IndexFolderOption.Folder.class,
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

  @Override
  public Integer call() throws Exception {
    if (!(minutes > 0) || searchers < 1 || commitEvery < 1 || sampleSeconds < 1) {
      throw new IllegalArgumentException(
          "--minutes must be positive; --searchers, --commit-every, --sample-seconds at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    List<Article> articles = read(out);
    boolean temporary = index == null;
    Path dir = temporary ? Files.createTempDirectory("dateline-soak") : index;
    out.printf(
        "Index %s; %d searching threads, 1 indexing thread, %.1f minutes%n",
        dir, searchers, minutes);
    out.flush();
    IndexerOptions options = new IndexerOptions(true, entities ? Extractors.standard() : null, 64);
    Soak soak;
    long inIndex;
    try (ArticleIndexer indexer = ArticleIndexer.open(dir, options);
        NewsSearcher searcher = NewsSearcher.open(dir)) {
      soak = new Soak(indexer, searcher, articles, commitEvery, minutes);
      inIndex = soak.run(searchers, sampleSeconds, out);
    }
    IndexCheck.Result check;
    try (Directory d = FSDirectory.open(dir)) {
      check = IndexCheck.check(d);
    }
    if (check.articles() != inIndex) {
      soak.error("the index holds " + check.articles() + " articles, expected " + inIndex);
    }
    if (temporary) {
      deleteTree(dir);
    }
    return report(out, soak, articles.size(), check);
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

  private int report(PrintWriter out, Soak soak, int expected, IndexCheck.Result check) {
    long searches = soak.searches.get();
    out.printf(
        "Done: %d full re-indexing passes, %d commits, %,d searches (%,.0f/s), %d partial%n",
        soak.passes.get(),
        soak.commits.get(),
        searches,
        searches / (minutes * 60),
        soak.partial.get());
    List<Long> heap = soak.heapMb;
    out.println("Heap after GC (MB), one sample per " + sampleSeconds + " s: " + heap);
    String trend = "n/a";
    if (heap.size() >= 3) {
      int third = heap.size() / 3;
      double early = average(heap.subList(0, third));
      double late = average(heap.subList(heap.size() - third, heap.size()));
      trend = String.format("first third %.0f MB, last third %.0f MB", early, late);
      if (late > early * 1.5 + 32) {
        soak.error("heap grew: " + trend);
      }
    }
    out.println("Heap trend: " + trend);
    out.printf(
        "CheckIndex: %s; index holds %,d articles, %,d paragraphs; corpus %,d; last commit"
            + " recorded %s%n",
        check.luceneClean() ? "clean" : "DAMAGED",
        check.articles(),
        check.paragraphs(),
        expected,
        check.commit() == null ? "nothing" : check.commit().articles() + " articles");
    check.problems().forEach(p -> out.println("  problem: " + p));
    out.printf("Errors: %d%n", soak.errors.get());
    soak.firstErrors.forEach(e -> out.println("  " + e));
    boolean passed = soak.errors.get() == 0 && check.ok();
    out.println(passed ? "SOAK PASSED" : "SOAK FAILED");
    out.flush();
    return passed ? ExitCodes.OK : ExitCodes.FAILED;
  }

  private static double average(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).average().orElse(0);
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Collections.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
