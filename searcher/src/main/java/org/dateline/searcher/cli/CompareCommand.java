package org.dateline.searcher.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dateline.searcher.eval.EvalFormatException;
import org.dateline.searcher.eval.Evaluator;
import org.dateline.searcher.eval.FourDecimals;
import org.dateline.searcher.eval.Metric;
import org.dateline.searcher.eval.MetricComparison;
import org.dateline.searcher.eval.PairedTTest;
import org.dateline.searcher.eval.Qrels;
import org.dateline.searcher.eval.RandomizationTest;
import org.dateline.searcher.eval.Run;
import org.dateline.searcher.eval.RunComparison;
import org.dateline.searcher.eval.SignificanceTest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dateline compare}: compares two runs on the same judgments, per measure: both means, the
 * difference, per-topic wins, losses and ties of B over A, and a paired significance test.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Compares run B with run A on the same judgments (scored as trec_eval -c): means,"
          + " B-A, topics where B wins, loses or ties, and the two-sided p-value of a paired test.",
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:compared", "1:failed (I/O error)", "2:bad usage or bad input file"})
public final class CompareCommand implements Callable<Integer> {

  private static final String ROW = "%-14s %8s %8s %8s %5s %7s %5s %9s";

  @Spec private CommandSpec spec;

  @Mixin private JudgmentOptions judgments = new JudgmentOptions();

  @Parameters(index = "0", paramLabel = "RUN_A", description = "the baseline run")
  private Path runA;

  @Parameters(index = "1", paramLabel = "RUN_B", description = "the run compared with it")
  private Path runB;

  @Option(
      names = {"-m", "--metrics"},
      paramLabel = "LIST",
      defaultValue = "map,P_10,ndcg_cut_10,recip_rank",
      description =
          "averaged measures, comma-separated or repeated; P.5,10 is P_5 and P_10"
              + " (default: ${DEFAULT-VALUE})")
  private List<String> metrics;

  @Option(
      names = "--test",
      defaultValue = "randomization",
      paramLabel = "randomization|t",
      description =
          "paired randomization (permutation) test or Student's paired t-test"
              + " (default: ${DEFAULT-VALUE})")
  private String test;

  @Option(
      names = "--samples",
      defaultValue = "100000",
      description = "randomization test: random sign flips (default: ${DEFAULT-VALUE})")
  private int samples;

  @Option(
      names = "--seed",
      defaultValue = "20240601",
      description = "randomization test: the seed (default: ${DEFAULT-VALUE})")
  private long seed;

  /** The command; it needs nothing but its options. */
  public CompareCommand() {}

  @Override
  public Integer call() {
    List<Metric> measures = parseMetrics();
    SignificanceTest significance = parseTest();
    if (judgments.level < 0) {
      throw new ParameterException(
          spec.commandLine(), "--level must be >= 0, found " + judgments.level);
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Qrels qrels = Qrels.read(judgments.qrels);
      Run a = Run.read(runA);
      Run b = Run.read(runB);
      a.requireEachDocumentOnce(qrels.topics());
      b.requireEachDocumentOnce(qrels.topics());
      RunCoverage.warn(err, "compare", "run A (" + runA + ")", qrels, a);
      RunCoverage.warn(err, "compare", "run B (" + runB + ")", qrels, b);
      err.flush();
      Evaluator evaluator = new Evaluator(qrels, judgments.level);
      List<MetricComparison> rows =
          RunComparison.compare(
              evaluator.evaluate(a, measures), evaluator.evaluate(b, measures), significance);
      out.printf(
          "qrels   %s (%d judged topics, relevant from grade %d)%n",
          judgments.qrels, qrels.topics().size(), judgments.level);
      out.printf("A       %s (tag %s)%n", runA, a.tag());
      out.printf("B       %s (tag %s)%n", runB, b.tag());
      out.printf("test    %s%n", significance.description());
      out.println(
          String.format(
              Locale.ROOT, ROW, "metric", "A", "B", "B-A", "wins", "losses", "ties", "p"));
      for (MetricComparison row : rows) {
        out.println(format(row));
      }
      out.flush();
      return 0;
    } catch (EvalFormatException e) {
      return Failures.badInput(err, "compare", e);
    } catch (IOException e) {
      return Failures.io(err, "compare", e, Failures.verbose(spec));
    }
  }

  /** One row, its numbers as {@code eval} prints them ({@link FourDecimals}). */
  static String format(MetricComparison row) {
    return String.format(
        Locale.ROOT,
        ROW,
        row.metric().name(),
        FourDecimals.of(row.meanA()),
        FourDecimals.of(row.meanB()),
        FourDecimals.signed(row.difference()),
        row.wins(),
        row.losses(),
        row.ties(),
        pValue(row.pValue()));
  }

  private static String pValue(double p) {
    if (Double.isNaN(p)) {
      return "n/a";
    }
    return p < 0.0001 ? "<0.0001" : FourDecimals.of(p);
  }

  private List<Metric> parseMetrics() {
    List<Metric> measures = MetricOptions.parse(spec.commandLine(), metrics);
    for (Metric m : measures) {
      if (m.kind().isCount() || m.kind() == Metric.Kind.RUNID) {
        throw new ParameterException(
            spec.commandLine(),
            "--metrics: "
                + m
                + (m.kind() == Metric.Kind.RUNID ? " is the run's name" : " is a count")
                + ", not a per-topic mean to compare");
      }
    }
    return measures;
  }

  private SignificanceTest parseTest() {
    switch (test.toLowerCase(Locale.ROOT)) {
      case "randomization":
        if (samples <= 0) {
          throw new ParameterException(
              spec.commandLine(), "--samples must be > 0, found " + samples);
        }
        return new RandomizationTest(samples, seed);
      case "t":
        for (String option : List.of("--samples", "--seed")) {
          if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
            throw new ParameterException(
                spec.commandLine(),
                option + " applies to the randomization test only, not to --test t; leave it out");
          }
        }
        return new PairedTTest();
      default:
        throw new ParameterException(
            spec.commandLine(), "--test must be 'randomization' or 't', found '" + test + "'");
    }
  }
}
