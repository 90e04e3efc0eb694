package org.dateline.searcher.bench;

import java.util.Arrays;

/** Per-query wall times of a benchmark, in nanoseconds, and their percentiles. */
final class Latencies {

  private long[] nanos = new long[1024];
  private int size;

  void add(long n) {
    if (size == nanos.length) {
      nanos = Arrays.copyOf(nanos, size * 2);
    }
    nanos[size++] = n;
  }

  int count() {
    return size;
  }

  /**
   * The median over queries of each query's time against {@code base}'s for the same query: times
   * added in the same order (query by query) for both.
   */
  double medianRatioTo(Latencies base) {
    double[] ratios = new double[Math.min(size, base.size)];
    for (int i = 0; i < ratios.length; i++) {
      ratios[i] = (double) nanos[i] / Math.max(1, base.nanos[i]);
    }
    Arrays.sort(ratios);
    return ratios.length == 0 ? Double.NaN : ratios[ratios.length / 2];
  }

  /** The nearest-rank percentile, in milliseconds. */
  double percentileMs(double p) {
    if (size == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(nanos, size);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100.0 * size);
    return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
  }

  double meanMs() {
    long sum = 0;
    for (int i = 0; i < size; i++) {
      sum += nanos[i];
    }
    return size == 0 ? Double.NaN : sum / 1e6 / size;
  }
}
