package org.dateline.searcher.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dateline.searcher.bench.IndexRunCommand.Config;
import org.dateline.searcher.bench.IndexRunCommand.Result;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dateline bench index}: indexes Reuters-21578 replicated N times with plain Lucene, with
 * Dateline without entities and with Dateline with entities, each in a fresh JVM with the same heap
 * limit, and prints throughput, heap and index size with the ratios to plain Lucene.
 */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Indexing throughput, peak heap and index size: plain Lucene (one stored, English-analyzed"
          + " text field per paragraph) beside Dateline with and without entities, in one run.",
      "Each configuration runs in a JVM of its own with the same heap limit. The indexes are"
          + " kept in --work for 'bench query'."
    })
public final class IndexBenchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--reuters",
      required = true,
      paramLabel = "DIR",
      description = "The Reuters-21578 folder (reut2-*.sgm).")
  Path reuters;

  @Option(
      names = "--copies",
      paramLabel = "N",
      description = "Copies of the corpus, each with distinct ids and dates (default: 10).")
  int copies = 10;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Indexing threads for every configuration (default: 2).")
  int threads = 2;

  @Option(
      names = "--heap",
      paramLabel = "SIZE",
      description = "Heap limit (-Xmx) of every run (default: ${DEFAULT-VALUE}).")
  String heap = "1g";

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description = "Where the indexes are written (default: ${DEFAULT-VALUE}).")
  Path work = Path.of("bench-data");

  @Option(
      names = "--configs",
      split = ",",
      paramLabel = "CONFIG",
      description =
          "Configurations to run, in order (default: lucene,dateline_no_entities,dateline).")
  List<Config> configs = List.of(Config.LUCENE, Config.DATELINE_NO_ENTITIES, Config.DATELINE);

  @Override
  public Integer call() throws IOException, InterruptedException {
    if (copies < 1 || threads < 1) {
      throw new IllegalArgumentException("--copies and --threads must be at least 1");
    }
    PrintWriter out = spec.commandLine().getOut();
    Files.createDirectories(work);
    Map<Config, Result> results = new EnumMap<>(Config.class);
    for (Config c : configs) {
      Path dir = indexDir(work, c);
      out.printf("%s: indexing %d copies into %s ...%n", name(c), copies, dir);
      out.flush();
      List<String> args = new ArrayList<>(List.of("bench", "index-run", "--config", c.name()));
      args.addAll(
          List.of(
              "--reuters",
              reuters.toString(),
              "--copies",
              String.valueOf(copies),
              "--threads",
              String.valueOf(threads),
              "--index",
              dir.toString()));
      String line = ChildJvm.run(heap, args);
      results.put(c, IndexRunCommand.JSON.readValue(line, Result.class));
    }
    report(results, out);
    return 0;
  }

  /** Where a configuration's index goes: {@code lucene}, {@code dateline-no-entities}, ... */
  static Path indexDir(Path work, Config c) {
    return work.resolve(name(c));
  }

  static String name(Config c) {
    return c.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private void report(Map<Config, Result> results, PrintWriter out) {
    Result any = results.values().iterator().next();
    out.printf(
        "%nCorpus: Reuters-21578 x %d: %,d articles, %,d paragraphs, %.1f MB of text;"
            + " %d threads, -Xmx%s%n",
        copies, any.articles(), any.paragraphs(), any.textBytes() / 1e6, threads, heap);
    out.printf("JVM options: %s%n%n", any.jvm());
    out.printf(
        "%-22s %9s %8s %12s %8s %10s %14s %14s %10s %11s%n",
        "configuration",
        "seconds",
        "CPU s",
        "paragraphs/s",
        "MB/s",
        "x Lucene",
        "peak heap MB",
        "after GC MB",
        "index MB",
        "x Lucene");
    Result lucene = results.get(Config.LUCENE);
    for (Result r : results.values()) {
      out.printf(
          "%-22s %9.1f %8.1f %,12.0f %8.2f %10s %14.0f %14.0f %10.1f %11s%n",
          name(r.config()),
          r.seconds(),
          r.cpuSeconds(),
          r.paragraphsPerSecond(),
          r.megabytesPerSecond(),
          lucene == null ? "-" : ratio(r.paragraphsPerSecond() / lucene.paragraphsPerSecond()),
          r.peakHeapUsed() / 1e6,
          r.peakHeapAfterGc() / 1e6,
          r.indexBytes() / 1e6,
          lucene == null ? "-" : ratio((double) r.indexBytes() / lucene.indexBytes()));
    }
    out.println();
    out.println("Targets: with entities >= 0.50 x Lucene's paragraphs/s, without >= 0.85 x;");
    out.println("peak heap <= 1 GB (the runs had -Xmx" + heap + "); index <= 1.6 x Lucene's.");
    out.flush();
  }

  private static String ratio(double r) {
    return String.format("%.2f", r);
  }
}
