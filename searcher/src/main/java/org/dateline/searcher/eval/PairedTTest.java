package org.dateline.searcher.eval;

/**
 * Student's paired t-test, two-sided: t = mean(d) / (sd(d) / sqrt(n)) for the per-topic differences
 * d, with n - 1 degrees of freedom. When every difference is 0 the p-value is 1. When every
 * difference is the same other value, t is undefined (no variance: R refuses such data as
 * "essentially constant"), and so is the p-value ({@code NaN}), as with a single topic; a p-value
 * of 0 would call two topics that moved alike significant. Use the randomization test there.
 * Immutable and thread-safe.
 */
public final class PairedTTest implements SignificanceTest {

  @Override
  public String description() {
    return "paired t-test, two-sided";
  }

  @Override
  public double pValue(double[] a, double[] b) {
    double[] d = SignificanceTest.differences(a, b);
    int n = d.length;
    if (n < 2) {
      return Double.NaN;
    }
    double mean = 0;
    for (double x : d) {
      mean += x;
    }
    mean /= n;
    double squares = 0;
    for (double x : d) {
      squares += (x - mean) * (x - mean);
    }
    double standardError = Math.sqrt(squares / (n - 1) / n);
    if (standardError == 0) {
      return mean == 0 ? 1 : Double.NaN;
    }
    return twoSidedP(mean / standardError, n - 1);
  }

  /** P(|T| >= |t|) for Student's t with {@code df} degrees of freedom. */
  static double twoSidedP(double t, double df) {
    return StudentT.regularizedIncompleteBeta(df / (df + t * t), df / 2, 0.5);
  }
}
