package org.dateline.searcher.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares two runs scored on the same judgments, measure by measure: means, per-topic wins, losses
 * and ties of B against A, and a paired significance test.
 */
public final class RunComparison {

  /** Scores closer than this count as a tie. */
  static final double TIE = 1e-9;

  private RunComparison() {}

  /**
   * Compares B with A on every measure both evaluations computed.
   *
   * @throws IllegalArgumentException when the evaluations cover different topics or measures, or a
   *     measure is a count (num_ret, ...) or the run id, which have no mean to compare
   */
  public static List<MetricComparison> compare(Evaluation a, Evaluation b, SignificanceTest test) {
    if (!a.topics().equals(b.topics())) {
      throw new IllegalArgumentException(
          "runs must be scored on the same judged topics; score both with one Evaluator");
    }
    if (!a.metrics().equals(b.metrics())) {
      throw new IllegalArgumentException(
          "runs must be scored on the same measures: " + a.metrics() + " vs " + b.metrics());
    }
    List<MetricComparison> rows = new ArrayList<>();
    for (Metric metric : a.metrics()) {
      if (metric.kind().isCount() || metric.kind() == Metric.Kind.RUNID) {
        throw new IllegalArgumentException(
            metric
                + (metric.kind() == Metric.Kind.RUNID ? " is the run's name" : " is a count")
                + ", not a per-topic mean; compare map, P_k, ndcg_cut_k, ...");
      }
      double[] x = a.perTopic(metric);
      double[] y = b.perTopic(metric);
      int wins = 0;
      int losses = 0;
      for (int i = 0; i < x.length; i++) {
        if (y[i] > x[i] + TIE) {
          wins++;
        } else if (y[i] < x[i] - TIE) {
          losses++;
        }
      }
      rows.add(
          new MetricComparison(
              metric,
              a.summary(metric),
              b.summary(metric),
              wins,
              losses,
              x.length - wins - losses,
              test.pValue(x, y)));
    }
    return rows;
  }
}
