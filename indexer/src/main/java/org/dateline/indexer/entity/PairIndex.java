package org.dateline.indexer.entity;

import java.util.Arrays;

/**
 * The features of one two-part template grouped by one of their parts: for a part id, the other
 * parts it occurs with (sorted) and the features' rows. The tagger finds a word's features with its
 * neighbour ({@code ww=}, {@code wn=}, ...) by a binary search among that word's few partners,
 * which stay in the processor's caches for frequent words, instead of a look-up in the template's
 * whole table. Immutable and thread-safe.
 */
final class PairIndex {

  private static final int ROW_BITS = 25;

  /** Per part id, where its partners start in {@link #partners}; the next entry is the end. */
  private final int[] offsets;

  private final int[] partners;
  private final int[] rows;

  /**
   * @param grouped the position (0 or 1) of the part the features are grouped by
   */
  PairIndex(FeatureTable table, int template, int grouped) {
    LongIntTable features = table.features(template);
    long[] keys = features.keys();
    int[] values = features.values();
    long[] sorted = new long[keys.length];
    for (int i = 0; i < keys.length; i++) {
      if (values[i] >= 1 << ROW_BITS) {
        throw new IllegalStateException("more than 2^" + ROW_BITS + " features");
      }
      long by = FeatureTable.part(keys[i], grouped);
      long other = FeatureTable.part(keys[i], 1 - grouped);
      sorted[i] = (((by << FeatureTable.ATOM_BITS) | other) << ROW_BITS) | values[i];
    }
    Arrays.sort(sorted);
    offsets = new int[table.atomCount() + 1];
    partners = new int[sorted.length];
    rows = new int[sorted.length];
    for (int i = 0; i < sorted.length; i++) {
      long pair = sorted[i] >>> ROW_BITS;
      int by = (int) (pair >>> FeatureTable.ATOM_BITS);
      partners[i] = (int) (pair & ((1 << FeatureTable.ATOM_BITS) - 1));
      rows[i] = (int) (sorted[i] & ((1 << ROW_BITS) - 1));
      offsets[by + 1]++;
    }
    for (int a = 0; a + 1 < offsets.length; a++) {
      offsets[a + 1] += offsets[a];
    }
  }

  /** The row of the feature pairing part {@code by} with {@code partner}, or -1. */
  int row(int by, int partner) {
    if (by < 0 || partner < 0) {
      return -1;
    }
    int i = Arrays.binarySearch(partners, offsets[by], offsets[by + 1], partner);
    return i < 0 ? -1 : rows[i];
  }
}
