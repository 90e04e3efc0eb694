package org.dateline.searcher.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dateline.indexer.ArticleIndexer;
import org.dateline.indexer.IndexerOptions;
import org.dateline.indexer.IndexingJob;
import org.dateline.indexer.cli.Extractors;
import org.dateline.indexer.entity.EntityExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dateline bench index-run}: one configuration of the indexing benchmark, run by {@code
 * bench index} in a JVM of its own (so each gets a fresh heap and JIT) and reporting one line of
 * JSON on stdout.
 */
@Command(name = "index-run", hidden = true, description = "One indexing benchmark run (internal).")
public final class IndexRunCommand implements Callable<Integer> {

  /** What is indexed and how. */
  enum Config {
    /** Plain Lucene: one text field per paragraph. */
    LUCENE,
    /** Dateline without entity extraction ({@code index --no-entities}). */
    DATELINE_NO_ENTITIES,
    /** Dateline as {@code index} runs by default. */
    DATELINE
  }

  /** The result line. */
  record Result(
      Config config,
      long articles,
      long paragraphs,
      long textBytes,
      double seconds,
      long indexBytes,
      long maxHeap,
      long peakHeapUsed,
      long peakHeapAfterGc,
      long collections,
      double cpuSeconds,
      int threads,
      String jvm) {

    double paragraphsPerSecond() {
      return paragraphs / seconds;
    }

    double megabytesPerSecond() {
      return textBytes / 1e6 / seconds;
    }
  }

  static final ObjectMapper JSON = new ObjectMapper();

  @Spec CommandSpec spec;

  @Option(names = "--config", required = true, paramLabel = "CONFIG")
  Config config;

  @Option(names = "--reuters", required = true, paramLabel = "DIR")
  Path reuters;

  @Option(names = "--copies", paramLabel = "N")
  int copies = 10;

  @Option(names = "--threads", paramLabel = "N")
  int threads = 2;

  @Option(names = "--index", required = true, paramLabel = "DIR")
  Path index;

  @Option(names = "--ram-buffer-mb", paramLabel = "MB")
  double ramBufferMb = IndexerOptions.DEFAULT_RAM_BUFFER_MB;

  @Option(names = "--commit-every", paramLabel = "N")
  int commitEvery = IndexingJob.DEFAULT_COMMIT_EVERY;

  @Override
  public Integer call() throws IOException, InterruptedException {
    ReutersReplicas corpus = ReutersReplicas.read(reuters, copies);
    EntityExtractor extractor = config == Config.DATELINE ? Extractors.standard() : null;
    Files.createDirectories(index);
    double seconds;
    double cpuSeconds;
    HeapWatch heap = new HeapWatch();
    try (heap) {
      long start = System.nanoTime();
      long cpuStart = processCpuNanos();
      if (config == Config.LUCENE) {
        PlainLucene.index(corpus, index, threads, ramBufferMb);
      } else {
        IndexerOptions options = new IndexerOptions(true, extractor, ramBufferMb);
        try (ArticleIndexer indexer = ArticleIndexer.open(index, options)) {
          new IndexingJob(indexer, threads, commitEvery, null).run(corpus.feed(), false);
        }
      }
      seconds = (System.nanoTime() - start) / 1e9;
      cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
    }
    Result r =
        new Result(
            config,
            corpus.articles(),
            corpus.paragraphs(),
            corpus.textBytes(),
            seconds,
            size(index),
            Runtime.getRuntime().maxMemory(),
            heap.peakUsed(),
            heap.peakAfterGc(),
            heap.collections(),
            cpuSeconds,
            threads,
            String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    PrintWriter out = spec.commandLine().getOut();
    out.println(JSON.writeValueAsString(r));
    out.flush();
    return 0;
  }

  /** CPU time of this process, all threads (the benchmark's own share of a busy machine). */
  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : -1;
  }

  /** Bytes of every file in a folder. */
  static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      long total = 0;
      for (Path f : (Iterable<Path>) files::iterator) {
        if (Files.isRegularFile(f)) {
          total += Files.size(f);
        }
      }
      return total;
    }
  }
}
