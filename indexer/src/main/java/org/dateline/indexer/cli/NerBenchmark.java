package org.dateline.indexer.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dateline.indexer.article.Article;
import org.dateline.indexer.article.ArticleHandler;
import org.dateline.indexer.article.Rejection;
import org.dateline.indexer.article.ReutersSgmlReader;
import org.dateline.indexer.entity.EntityExtractor;
import org.dateline.indexer.entity.LabeledDocument;
import org.dateline.indexer.entity.NerModel;
import org.dateline.indexer.entity.StatisticalEntityExtractor;
import org.dateline.indexer.entity.TokenSpan;
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
 * <p>Model load is given as wall-clock time and as the CPU time the whole process spent meanwhile
 * (loading threads, JIT compiler, collector): on a busy machine the first grows, the second hardly.
 *
 * <p>With a Reuters-21578 folder, it also times the whole extractor ({@link
 * StatisticalEntityExtractor#extractArticle}: tokenizing, sentence splitting, tagging, document
 * consistency, offsets) over the paragraphs of {@code reut2-000.sgm} to {@code reut2-002.sgm}, in
 * CPU microseconds per paragraph (best of several rounds).
 *
 * <p>A command-line tool (it prints and exits), so it lives with the commands, not in the library.
 *
 * <p>Usage: {@code NerBenchmark CONLL_FILE [SECONDS [REUTERS_FOLDER]]} (default 10 s of timed
 * tagging after 5 s of warm-up).
 */
public final class NerBenchmark {

  private NerBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1) {
      System.err.println("usage: NerBenchmark CONLL_FILE [SECONDS [REUTERS_FOLDER]]");
      System.exit(2);
    }
    List<LabeledDocument> docs = ConllReader.read(Path.of(args[0]));
    double seconds = args.length > 1 ? Double.parseDouble(args[1]) : 10;
    long before = usedAfterGc();
    long cpu = processCpuNanos();
    long t0 = System.nanoTime();
    NerModel model = StatisticalEntityExtractor.loadBundledModel();
    double loadMs = (System.nanoTime() - t0) / 1e6;
    double loadCpuMs = (processCpuNanos() - cpu) / 1e6;
    long heap = usedAfterGc() - before;
    System.out.printf(
        Locale.ROOT,
        "model load: %.0f ms (cold JVM; process CPU meanwhile %.0f ms), heap: %.1f MB, features:"
            + " %d%n",
        loadMs,
        loadCpuMs,
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
    if (args.length > 2) {
      reuters(new StatisticalEntityExtractor(model), Path.of(args[2]));
    }
  }

  private static void reuters(EntityExtractor extractor, Path folder) throws IOException {
    List<List<String>> articles = new ArrayList<>();
    ArticleHandler collect =
        new ArticleHandler() {
          @Override
          public void accept(Article article) {
            articles.add(article.paragraphs());
          }

          @Override
          public void reject(Rejection rejection) {}
        };
    for (int f = 0; f < 3; f++) {
      new ReutersSgmlReader()
          .read(folder.resolve(String.format(Locale.ROOT, "reut2-%03d.sgm", f)), collect);
    }
    long paragraphs = articles.stream().mapToLong(List::size).sum();
    java.lang.management.ThreadMXBean threads =
        java.lang.management.ManagementFactory.getThreadMXBean();
    double best = Double.MAX_VALUE;
    for (int round = 0; round < 8; round++) {
      long cpu0 = threads.getCurrentThreadCpuTime();
      for (List<String> a : articles) {
        extractor.extractArticle(a);
      }
      double us = (threads.getCurrentThreadCpuTime() - cpu0) / 1e3 / paragraphs;
      if (round >= 2) {
        best = Math.min(best, us);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "whole extractor, Reuters reut2-000..002 (%d articles, %d paragraphs): %.1f us CPU per"
            + " paragraph (best of 6 rounds after 2 of warm-up)%n",
        articles.size(),
        paragraphs,
        best);
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
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
