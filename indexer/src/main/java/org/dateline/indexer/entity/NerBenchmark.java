package org.dateline.indexer.entity;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.dateline.indexer.entity.train.ConllReader;

/**
 * Measures the bundled model: load time, heap held by the loaded model, and warm tagging speed on
 * one thread over a CoNLL file (tagging only: the file's own tokens and sentences, document by
 * document, document consistency included; reading the file is not timed).
 *
 * <p>Heap is the difference in used memory (after repeated {@code System.gc()}) before loading and
 * after loading with the model still referenced: an estimate, accurate to a few MB.
 *
 * <p>On a shared machine the wall-clock rate depends on the load; the rate per CPU-second of the
 * tagging thread (its own CPU time) is the steadier figure.
 *
 * <p>Usage: {@code NerBenchmark CONLL_FILE [SECONDS]} (default 10 s of timed tagging after 5 s of
 * warm-up).
 */
public final class NerBenchmark {

  private NerBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: NerBenchmark CONLL_FILE [SECONDS]");
      System.exit(2);
    }
    List<LabeledDocument> docs = ConllReader.read(Path.of(args[0]));
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
    long before = usedAfterGc();
    long t0 = System.nanoTime();
    NerModel model = StatisticalEntityExtractor.loadBundledModel();
    double loadMs = (System.nanoTime() - t0) / 1e6;
    long heap = usedAfterGc() - before;
    System.out.printf(
        Locale.ROOT,
        "model load: %.0f ms (cold JVM), heap: %.1f MB, features: %d%n",
        loadMs,
        heap / 1e6,
        model.featureCount());
    run(model, docs, 5);
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long wall0 = System.nanoTime();
    double rate = run(model, docs, seconds);
    double cpuShare =
        (threads.getCurrentThreadCpuTime() - cpu0) / (double) (System.nanoTime() - wall0);
    System.out.printf(
        Locale.ROOT,
        "warm tagging, one thread: %.0f tokens/s (wall clock); %.0f tokens per CPU-second"
            + " (the thread had the CPU %.0f%% of the time)%n",
        rate,
        rate / cpuShare,
        cpuShare * 100);
    t0 = System.nanoTime();
    StatisticalEntityExtractor.loadBundledModel();
    System.out.printf(
        Locale.ROOT, "model load: %.0f ms (warm JVM)%n", (System.nanoTime() - t0) / 1e6);
  }

  /** Tags the documents over and over for about {@code seconds}; returns tokens per second. */
  private static double run(NerModel model, List<LabeledDocument> docs, double seconds) {
    long tokens = 0;
    long found = 0;
    long start = System.nanoTime();
    long stop = start + (long) (seconds * 1e9);
    while (System.nanoTime() < stop) {
      for (LabeledDocument d : docs) {
        for (List<TokenSpan> s : model.tagDocument(d.sentences())) {
          found += s.size();
        }
        tokens += d.tokenCount();
      }
    }
    if (found == 0) {
      throw new IllegalStateException("the model found no names at all");
    }
    return tokens * 1e9 / (System.nanoTime() - start);
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }
}
