package org.dateline.searcher.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.store.FSDirectory;
import org.dateline.searcher.NewsSearcher;
import org.dateline.searcher.SearchRequest;
import org.dateline.searcher.bench.IndexRunCommand.Config;
import org.dateline.searcher.highlight.ParagraphHighlighter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dateline bench query}: latency (one thread) and throughput (several threads) of a fixed
 * query mix, plain Lucene top-10 BM25 on its one-field index beside Dateline's ranked search
 * (articles, best paragraphs highlighted) without and with facets, on the indexes {@code bench
 * index} left.
 */
@Command(
    name = "query",
    mixinStandardHelpOptions = true,
    description = {
      "Query latency p50/p90/p99 (one thread) and throughput (--threads) on the indexes of"
          + " 'bench index': plain Lucene top-10 BM25, Dateline ranked search, and Dateline"
          + " with the entity and date facets.",
      "Latency passes interleave the engines query by query, so that load falls on all alike;"
          + " throughput runs each engine on its own."
    })
public final class QueryBenchCommand implements Callable<Integer> {

  /** One way of running a query; returns something that depends on the answer. */
  @FunctionalInterface
  interface Engine {
    long run(String query) throws IOException;
  }

  @Spec CommandSpec spec;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description = "Where 'bench index' wrote the indexes (default: ${DEFAULT-VALUE}).")
  Path work = Path.of("bench-data");

  @Option(
      names = "--queries",
      paramLabel = "FILE",
      description = "KIND<TAB>QUERY lines (default: the shipped Reuters list).")
  Path queries;

  @Option(names = "--warmup", paramLabel = "N", description = "Passes before timing (default: 3).")
  int warmup = 3;

  @Option(names = "--passes", paramLabel = "N", description = "Timed passes (default: 5).")
  int passes = 5;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Threads of the throughput run (default: 2).")
  int threads = 2;

  @Option(
      names = "--engines",
      split = ",",
      paramLabel = "ENGINE",
      description =
          "Engines to run: lucene, dateline, facets, and for finding where time goes,"
              + " no-paragraphs (ranked articles without best paragraphs) and lucene-page"
              + " (plain Lucene's top 10 with each hit's stored text read and highlighted)"
              + " (default: lucene,dateline,facets).")
  List<String> only = List.of("lucene", "dateline", "facets");

  @Override
  public Integer call() throws IOException, InterruptedException {
    QueryMix mix = queries == null ? QueryMix.shipped() : QueryMix.read(queries);
    PrintWriter out = spec.commandLine().getOut();
    Path luceneDir = IndexBenchCommand.indexDir(work, Config.LUCENE);
    Path datelineDir = IndexBenchCommand.indexDir(work, Config.DATELINE);
    try (FSDirectory dir = FSDirectory.open(luceneDir);
        DirectoryReader reader = DirectoryReader.open(dir);
        NewsSearcher dateline = NewsSearcher.open(datelineDir)) {
      IndexSearcher lucene = new IndexSearcher(reader);
      Analyzer english = PlainLucene.analyzer();
      Map<String, Engine> engines = new LinkedHashMap<>();
      if (only.contains("lucene")) {
        engines.put("lucene top-10", q -> luceneTop10(lucene, english, q));
      }
      if (only.contains("lucene-page")) {
        UnifiedHighlighter highlighter = pageHighlighter(lucene, english);
        engines.put("lucene + page", q -> luceneTop10Page(lucene, english, highlighter, q));
      }
      if (only.contains("dateline")) {
        engines.put("dateline", q -> dateline(dateline, q, false));
      }
      if (only.contains("facets")) {
        engines.put("dateline + facets", q -> dateline(dateline, q, true));
      }
      if (only.contains("no-paragraphs")) {
        engines.put(
            "no paragraphs",
            q ->
                dateline
                    .search(SearchRequest.builder(q).limit(10).paragraphsPerHit(0).build())
                    .hits()
                    .size());
      }
      out.printf(
          "%d queries (%s), %d warm-up and %d timed passes each; Lucene index %,d docs%n%n",
          mix.entries().size(),
          String.join(", ", QueryMix.KINDS),
          warmup,
          passes,
          reader.numDocs());
      out.printf("Wall-clock time per query:%n");
      out.printf(
          "%-18s %8s %8s %8s %8s %9s %9s %9s %10s%n",
          "engine",
          "p50 ms",
          "p90 ms",
          "p99 ms",
          "mean ms",
          "p50 xL",
          "p99 xL",
          "QPS 1t",
          "QPS " + threads + "t");
      Timings timings = interleaved(mix, engines);
      Map<String, Latencies> all = timings.wall();
      Latencies base = all.values().iterator().next();
      for (Map.Entry<String, Engine> e : engines.entrySet()) {
        Latencies l = all.get(e.getKey());
        double qps = throughput(mix, e.getValue());
        out.printf(
            "%-18s %8.2f %8.2f %8.2f %8.2f %9.2f %9.2f %9.0f %10.0f%n",
            e.getKey(),
            l.percentileMs(50),
            l.percentileMs(90),
            l.percentileMs(99),
            l.meanMs(),
            l.percentileMs(50) / base.percentileMs(50),
            l.percentileMs(99) / base.percentileMs(99),
            1000 / l.meanMs(),
            qps);
        out.flush();
      }
      out.printf(
          "%nCPU time per query (the query thread's own; what a busy machine does not inflate);"
              + " 'median xL': the median over queries of the query's CPU time against the first"
              + " engine's on the same query in the same pass:%n");
      out.printf(
          "%-18s %8s %8s %8s %8s %9s %9s %10s%n",
          "engine", "p50 ms", "p90 ms", "p99 ms", "mean ms", "p50 xL", "p99 xL", "median xL");
      Latencies cpuBase = timings.cpu().values().iterator().next();
      timings
          .cpu()
          .forEach(
              (engine, c) ->
                  out.printf(
                      "%-18s %8.2f %8.2f %8.2f %8.2f %9.2f %9.2f %10.2f%n",
                      engine,
                      c.percentileMs(50),
                      c.percentileMs(90),
                      c.percentileMs(99),
                      c.meanMs(),
                      c.percentileMs(50) / cpuBase.percentileMs(50),
                      c.percentileMs(99) / cpuBase.percentileMs(99),
                      c.medianRatioTo(cpuBase)));
      out.printf("%nWall-clock p50 ms by kind of query:%n%-18s", "engine");
      QueryMix.KINDS.forEach(k -> out.printf(" %10s", k));
      out.println();
      timings
          .byKind()
          .forEach(
              (engine, kinds) -> {
                out.printf("%-18s", engine);
                QueryMix.KINDS.forEach(k -> out.printf(" %10.2f", kinds.get(k).percentileMs(50)));
                out.println();
              });
      out.println();
      out.println("Targets: dateline p50 <= 2 x Lucene's, p99 <= 3 x; with facets p50 <= 5 x.");
      out.flush();
    }
    return 0;
  }

  /**
   * Times every engine on every query, interleaved: the engines take turns query by query (the one
   * that goes first rotating), so that whatever the machine does meanwhile (other jobs, the
   * collector, the JIT compiler) falls on all of them alike; run one engine after another, the
   * ratios to plain Lucene moved by a factor of two between runs, with plain Lucene's own p50. At
   * each turn the engines run different queries (spread evenly over the mix), so that no engine
   * finds the postings and stored fields of its query just read by another. The times are kept in
   * query order, for per-query ratios.
   */
  private Timings interleaved(QueryMix mix, Map<String, Engine> engines) throws IOException {
    Map<String, Latencies> wall = new LinkedHashMap<>();
    Map<String, Latencies> cpuTimes = new LinkedHashMap<>();
    Map<String, Map<String, Latencies>> byKind = new LinkedHashMap<>();
    List<String> names = new ArrayList<>(engines.keySet());
    List<Engine> list = new ArrayList<>(engines.values());
    List<QueryMix.Entry> entries = mix.entries();
    int n = list.size();
    int queries = entries.size();
    long sink = 0;
    for (int i = 0; i < warmup; i++) {
      for (String q : mix.queries()) {
        for (Engine engine : list) {
          sink += engine.run(q);
        }
      }
    }
    long[][] wallTimes = new long[n][passes * queries];
    long[][] cpu = new long[n][passes * queries];
    ThreadMXBean threadTimes = ManagementFactory.getThreadMXBean();
    for (int pass = 0; pass < passes; pass++) {
      for (int turn = 0; turn < queries; turn++) {
        for (int j = 0; j < n; j++) {
          int v = (j + turn) % n;
          int q = (turn + v * queries / n) % queries;
          long cpuStart = threadTimes.getCurrentThreadCpuTime();
          long start = System.nanoTime();
          sink += list.get(v).run(entries.get(q).query());
          wallTimes[v][pass * queries + q] = System.nanoTime() - start;
          cpu[v][pass * queries + q] = threadTimes.getCurrentThreadCpuTime() - cpuStart;
        }
      }
    }
    for (int v = 0; v < n; v++) {
      Latencies w = new Latencies();
      Latencies c = new Latencies();
      Map<String, Latencies> kinds = new LinkedHashMap<>();
      QueryMix.KINDS.forEach(k -> kinds.put(k, new Latencies()));
      for (int i = 0; i < passes * queries; i++) {
        w.add(wallTimes[v][i]);
        c.add(cpu[v][i]);
        kinds.get(entries.get(i % queries).kind()).add(wallTimes[v][i]);
      }
      wall.put(names.get(v), w);
      cpuTimes.put(names.get(v), c);
      byKind.put(names.get(v), kinds);
    }
    blackhole.addAndGet(sink);
    return new Timings(wall, cpuTimes, byKind);
  }

  /**
   * Per engine, the timed queries' wall-clock times, their CPU times (the query thread's; robust to
   * a busy machine), both in query order, and the wall-clock times by kind of query.
   */
  private record Timings(
      Map<String, Latencies> wall,
      Map<String, Latencies> cpu,
      Map<String, Map<String, Latencies>> byKind) {}

  /** Queries per second with every thread running the timed passes, each from its own offset. */
  private double throughput(QueryMix mix, Engine engine) throws InterruptedException, IOException {
    List<String> qs = mix.queries();
    List<Thread> workers = new ArrayList<>();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int offset = t * qs.size() / threads;
      Thread w =
          new Thread(
              () -> {
                long sink = 0;
                try {
                  for (int i = 0; i < passes * qs.size(); i++) {
                    sink += engine.run(qs.get((offset + i) % qs.size()));
                  }
                } catch (IOException | RuntimeException e) {
                  failures.add(e);
                }
                blackhole.addAndGet(sink);
              },
              "bench-query-" + t);
      w.start();
      workers.add(w);
    }
    for (Thread w : workers) {
      w.join();
    }
    if (!failures.isEmpty()) {
      throw new IOException("a query failed", failures.get(0));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return threads * (double) passes * qs.size() / seconds;
  }

  private final AtomicLong blackhole = new AtomicLong();

  private static long luceneTop10(IndexSearcher searcher, Analyzer analyzer, String query)
      throws IOException {
    return searcher.search(parse(analyzer, query), 10).totalHits.value;
  }

  private static Query parse(Analyzer analyzer, String query) {
    try {
      return new QueryParser(PlainLucene.FIELD, analyzer).parse(query);
    } catch (ParseException e) {
      throw new IllegalArgumentException("bad benchmark query " + query + ": " + e.getMessage());
    }
  }

  /**
   * The highlighter an application on the plain index would use to show Dateline's kind of page:
   * each hit's whole paragraph, matched words marked, phrases strictly; made once, as Dateline
   * makes its own once per index snapshot.
   */
  private static UnifiedHighlighter pageHighlighter(IndexSearcher searcher, Analyzer analyzer) {
    return UnifiedHighlighter.builder(searcher, analyzer)
        .withBreakIterator(WholeBreakIterator::new)
        .withMaxLength(ParagraphHighlighter.MAX_HIGHLIGHT_CHARS)
        .withHighlightPhrasesStrictly(true)
        .withPassageRelevancyOverSpeed(false)
        .build();
  }

  /**
   * Plain Lucene's top 10 and the page an application would show for them: every hit's stored text
   * read and highlighted (the unified highlighter reads the stored field itself). Dateline's page
   * does this for two paragraphs of each of ten articles, after grouping; this is the floor for the
   * same visible work without articles.
   */
  private static long luceneTop10Page(
      IndexSearcher searcher, Analyzer analyzer, UnifiedHighlighter highlighter, String query)
      throws IOException {
    Query q = parse(analyzer, query);
    TopDocs top = searcher.search(q, 10);
    long shown = 0;
    for (String text : highlighter.highlight(PlainLucene.FIELD, q, top, 1)) {
      shown += text == null ? 0 : text.length();
    }
    return top.totalHits.value + shown;
  }

  private static long dateline(NewsSearcher searcher, String query, boolean facets)
      throws IOException {
    return searcher
        .search(SearchRequest.builder(query).limit(10).facets(facets).build())
        .hits()
        .size();
  }
}
