package org.dateline.searcher.eval;

import java.util.SplittableRandom;

/**
 * Paired randomization (permutation) test, two-sided: under the null hypothesis each topic's
 * difference is as likely to have either sign, so the p-value is the share of sign assignments
 * whose summed difference is at least as far from 0 as the observed one. With up to {@code
 * log2(samples)} topics every assignment is enumerated (an exact p-value); otherwise {@code
 * samples} random assignments are drawn from a seeded generator, and p = (hits + 1) / (samples +
 * 1), so the same inputs always give the same p-value. Immutable and thread-safe.
 */
public final class RandomizationTest implements SignificanceTest {

  /** The default number of random sign assignments. */
  public static final int DEFAULT_SAMPLES = 100_000;

  /** The default seed. */
  public static final long DEFAULT_SEED = 20_240_601L;

  private final int samples;
  private final long seed;

  /** A test with {@link #DEFAULT_SAMPLES} samples and {@link #DEFAULT_SEED}. */
  public RandomizationTest() {
    this(DEFAULT_SAMPLES, DEFAULT_SEED);
  }

  /**
   * @param samples random sign assignments drawn when there are too many topics to enumerate; > 0
   * @param seed the seed of the generator
   */
  public RandomizationTest(int samples, long seed) {
    if (samples <= 0) {
      throw new IllegalArgumentException("samples must be > 0, found " + samples);
    }
    this.samples = samples;
    this.seed = seed;
  }

  @Override
  public String description() {
    return "paired randomization test, two-sided, "
        + samples
        + " random sign flips (exact when 2^topics <= "
        + samples
        + "), seed "
        + seed;
  }

  @Override
  public double pValue(double[] a, double[] b) {
    double[] d = SignificanceTest.differences(a, b);
    double scale = 0;
    double observed = 0;
    for (double x : d) {
      scale += Math.abs(x);
      observed += x;
    }
    if (scale == 0) {
      return 1;
    }
    // sums computed in another order may differ in the last bits: count those as equal
    double threshold = Math.abs(observed) - 1e-9 * scale;
    return d.length < 31 && (1L << d.length) <= samples
        ? exact(d, threshold)
        : sampled(d, threshold);
  }

  private static double exact(double[] d, double threshold) {
    long assignments = 1L << d.length;
    long hits = 0;
    for (long signs = 0; signs < assignments; signs++) {
      double sum = 0;
      for (int i = 0; i < d.length; i++) {
        sum += (signs & (1L << i)) == 0 ? d[i] : -d[i];
      }
      if (Math.abs(sum) >= threshold) {
        hits++;
      }
    }
    return (double) hits / assignments;
  }

  private double sampled(double[] d, double threshold) {
    SplittableRandom random = new SplittableRandom(seed);
    long hits = 0;
    for (int s = 0; s < samples; s++) {
      double sum = 0;
      for (double x : d) {
        sum += random.nextBoolean() ? x : -x;
      }
      if (Math.abs(sum) >= threshold) {
        hits++;
      }
    }
    return (hits + 1.0) / (samples + 1.0);
  }
}
