package org.dateline.searcher.eval;

/**
 * A paired, two-sided significance test on per-topic scores of two systems: the probability, were
 * the systems equivalent, of a mean difference at least as large as the one observed.
 */
public interface SignificanceTest {

  /** What the test is, for reports: e.g. "paired t-test, two-sided". */
  String description();

  /**
   * The two-sided p-value for per-topic scores {@code a} and {@code b} (same topics, same order).
   *
   * @throws IllegalArgumentException when the arrays differ in length or are empty
   */
  double pValue(double[] a, double[] b);

  /** The differences {@code b[i] - a[i]}, after checking the arrays pair up. */
  static double[] differences(double[] a, double[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "paired scores must cover the same topics: " + a.length + " vs " + b.length + " values");
    }
    if (a.length == 0) {
      throw new IllegalArgumentException("paired scores need at least one topic");
    }
    double[] d = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      d[i] = b[i] - a[i];
    }
    return d;
  }
}
