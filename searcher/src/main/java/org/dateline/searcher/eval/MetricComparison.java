package org.dateline.searcher.eval;

/**
 * How system B compares with system A on one measure over the same judged topics.
 *
 * @param metric the measure
 * @param meanA A's mean over the topics
 * @param meanB B's mean over the topics
 * @param wins topics where B scores higher than A
 * @param losses topics where B scores lower than A
 * @param ties topics where they score the same (within 1e-9)
 * @param pValue the two-sided p-value of the paired test; {@code NaN} when undefined
 */
public record MetricComparison(
    Metric metric, double meanA, double meanB, int wins, int losses, int ties, double pValue) {

  /** B's mean minus A's mean. */
  public double difference() {
    return meanB - meanA;
  }
}
