package org.dateline.searcher.eval;

/**
 * Student's paired t-test, two-sided: t = mean(d) / (sd(d) / sqrt(n)) for the per-topic differences
 * d, with n - 1 degrees of freedom. When every difference is 0 the p-value is 1, whatever the
 * number of topics, one included: the runs do not differ. When every difference is the same other
 * value, t is undefined (no variance: R refuses such data as "essentially constant"), and so is the
 * p-value ({@code NaN}), as with a single topic that moved; a p-value of 0 would call two topics
 * that moved alike significant. Use the randomization test there. Immutable and thread-safe.
 */
public final class PairedTTest implements SignificanceTest {

  /** Differences closer than this (relative to the mean, at least 1) count as equal. */
  private static final double CONSTANT = 1e-12;

  @Override
  public String description() {
    return "paired t-test, two-sided";
  }

  @Override
  public double pValue(double[] a, double[] b) {
    double[] d = SignificanceTest.differences(a, b);
    int n = d.length;
    double mean = 0;
    for (double x : d) {
      mean += x;
    }
    mean /= n;
    double squares = 0;
    for (double x : d) {
      squares += (x - mean) * (x - mean);
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double x : d) {
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    // equal differences, to rounding: the sum of 0.1s is not exactly n * 0.1, so the standard
    // error is some 1e-17 rather than 0, and t would be huge. A single topic is such a case too
    if (max - min <= CONSTANT * Math.max(1, Math.abs(mean))) {
      return Math.abs(mean) <= CONSTANT ? 1 : Double.NaN;
    }
    double standardError = Math.sqrt(squares / (n - 1) / n);
    return twoSidedP(mean / standardError, n - 1);
  }

  /** P(|T| >= |t|) for Student's t with {@code df} degrees of freedom. */
  static double twoSidedP(double t, double df) {
    return StudentT.regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
  }
}
