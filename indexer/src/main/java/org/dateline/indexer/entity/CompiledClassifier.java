package org.dateline.indexer.entity;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * The OpenNLP classifier's weights in a form fast to score: feature names are hashed (64-bit FNV-1a
 * over their characters) into an open-addressing table of dense weight rows, so scoring a token
 * builds no strings. Feature parts are hashed as if concatenated, so a hash equals the hash of the
 * feature's name in the OpenNLP model. Only the best label is needed, so the raw sums are compared
 * without normalizing (the same argmax as OpenNLP's {@code eval} for perceptron and maxent).
 * Immutable and thread-safe; scoring state lives in a {@link Scorer} per call.
 */
final class CompiledClassifier {

  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private final int outcomes;
  private final long[] keys;
  private final int[] rows;
  private final float[] weights;
  private final int mask;

  CompiledClassifier(AbstractModel model) {
    Object[] data = model.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) data[1];
    outcomes = model.getNumOutcomes();
    int capacity = Integer.highestOneBit(Math.max(16, pmap.size() * 2)) * 2;
    keys = new long[capacity];
    rows = new int[capacity];
    Arrays.fill(rows, -1);
    mask = capacity - 1;
    weights = new float[pmap.size() * outcomes];
    int row = 0;
    for (Map.Entry<String, Context> e : pmap.entrySet()) {
      long h = finish(chars(FNV_OFFSET, e.getKey(), 0, e.getKey().length()));
      int slot = (int) h & mask;
      while (rows[slot] >= 0) {
        if (keys[slot] == h) {
          throw new IllegalStateException("feature hash collision on " + e.getKey());
        }
        slot = (slot + 1) & mask;
      }
      keys[slot] = h;
      rows[slot] = row;
      int[] out = e.getValue().getOutcomes();
      double[] params = e.getValue().getParameters();
      for (int k = 0; k < out.length; k++) {
        weights[row * outcomes + out[k]] = (float) params[k];
      }
      row++;
    }
  }

  int outcomes() {
    return outcomes;
  }

  Scorer scorer() {
    return new Scorer();
  }

  private static long chars(long h, String s, int from, int to) {
    for (int i = from; i < to; i++) {
      h = (h ^ s.charAt(i)) * FNV_PRIME;
    }
    return h;
  }

  private static long finish(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    return h ^ (h >>> 33);
  }

  /** Sums the weights of the features it is given. Not thread-safe: one per tagging call. */
  final class Scorer implements NerFeatures.Sink {
    final float[] sums = new float[outcomes];

    void clear() {
      Arrays.fill(sums, 0);
    }

    private void lookup(long hash) {
      long h = finish(hash);
      int slot = (int) h & mask;
      while (rows[slot] >= 0) {
        if (keys[slot] == h) {
          int base = rows[slot] * outcomes;
          for (int k = 0; k < outcomes; k++) {
            sums[k] += weights[base + k];
          }
          return;
        }
        slot = (slot + 1) & mask;
      }
    }

    @Override
    public void add(String prefix, String value) {
      lookup(chars(chars(FNV_OFFSET, prefix, 0, prefix.length()), value, 0, value.length()));
    }

    @Override
    public void add(String prefix, String a, String b) {
      long h = chars(chars(FNV_OFFSET, prefix, 0, prefix.length()), a, 0, a.length());
      h = (h ^ '|') * FNV_PRIME;
      lookup(chars(h, b, 0, b.length()));
    }

    @Override
    public void add(String prefix, String a, String b, String c) {
      long h = chars(chars(FNV_OFFSET, prefix, 0, prefix.length()), a, 0, a.length());
      h = (h ^ '|') * FNV_PRIME;
      h = chars(h, b, 0, b.length());
      h = (h ^ '|') * FNV_PRIME;
      lookup(chars(h, c, 0, c.length()));
    }

    @Override
    public void addSlice(String prefix, String value, int from, int to) {
      lookup(chars(chars(FNV_OFFSET, prefix, 0, prefix.length()), value, from, to));
    }
  }
}
