package org.dateline.indexer.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Builds {@link WordClusters} from unlabeled sentences: a distributional vector per word (positive
 * PMI of the lower-cased words at -2, -1, +1, +2, reduced by a fixed random projection), then a
 * binary tree by recursive spherical 2-means. The path from the root is the word's cluster; its
 * prefixes are coarser clusters, as with Brown clusters. Deterministic: the same sentences and
 * settings give the same clusters.
 */
public final class ClusterBuilder {

  /**
   * How to cluster.
   *
   * @param minCount words seen fewer times get no cluster
   * @param contexts number of most frequent (lower-cased) words used as contexts
   * @param dimensions size of the projected vectors
   * @param maxDepth longest path
   * @param minLeaf a node with fewer words is not split
   */
  public record Settings(int minCount, int contexts, int dimensions, int maxDepth, int minLeaf) {
    public static Settings defaults() {
      return new Settings(3, 600, 0, 18, 12);
    }
  }

  private static final String BOUNDARY = "<s>";
  private static final int[] OFFSETS = {-2, -1, 1, 2};

  private ClusterBuilder() {}

  /** Words and their unit-length distributional vectors, most frequent word first. */
  record Embedding(List<String> vocab, float[][] vectors) {}

  /** Clusters the words of {@code sentences} (sentences written in capitals are skipped). */
  public static WordClusters build(List<String[]> sentences, Settings settings) {
    Embedding e = embed(sentences, settings);
    List<String> vocab = e.vocab();
    float[][] vectors = e.vectors();
    String[] paths = new String[vocab.size()];
    int[] all = new int[vocab.size()];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    split(vectors, all, "", settings, paths);
    Map<String, String> result = new HashMap<>();
    for (int i = 0; i < paths.length; i++) {
      result.put(vocab.get(i), paths[i]);
    }
    return new WordClusters(result);
  }

  static Embedding embed(List<String[]> sentences, Settings settings) {
    Map<String, Integer> counts = new HashMap<>();
    Map<String, Integer> lowerCounts = new HashMap<>();
    List<String[]> used = new ArrayList<>();
    for (String[] s : sentences) {
      if (s.length == 0 || TokenShapes.isCapsLine(s)) {
        continue;
      }
      used.add(s);
      for (String t : s) {
        counts.merge(t, 1, Integer::sum);
        lowerCounts.merge(TokenShapes.lower(t), 1, Integer::sum);
      }
    }
    // the words to cluster, most frequent first (ties by spelling, for determinism)
    List<String> vocab = new ArrayList<>();
    counts.forEach(
        (w, c) -> {
          if (c >= settings.minCount()) {
            vocab.add(w);
          }
        });
    vocab.sort(
        (a, b) ->
            counts.get(a).equals(counts.get(b)) ? a.compareTo(b) : counts.get(b) - counts.get(a));
    Map<String, Integer> wordIndex = new HashMap<>();
    for (int i = 0; i < vocab.size(); i++) {
      wordIndex.put(vocab.get(i), i);
    }
    List<String> ctxWords = new ArrayList<>(lowerCounts.keySet());
    ctxWords.sort(
        (a, b) ->
            lowerCounts.get(a).equals(lowerCounts.get(b))
                ? a.compareTo(b)
                : lowerCounts.get(b) - lowerCounts.get(a));
    Map<String, Integer> ctxIndex = new HashMap<>();
    ctxIndex.put(BOUNDARY, 0);
    for (int i = 0; i < ctxWords.size() && ctxIndex.size() < settings.contexts(); i++) {
      ctxIndex.put(ctxWords.get(i), ctxIndex.size());
    }
    int nctx = ctxIndex.size() * OFFSETS.length;
    // co-occurrence pairs as sorted longs: word * nctx + context
    long[] pairs = new long[16];
    int np = 0;
    for (String[] s : used) {
      for (int i = 0; i < s.length; i++) {
        Integer w = wordIndex.get(s[i]);
        if (w == null) {
          continue;
        }
        for (int o = 0; o < OFFSETS.length; o++) {
          int j = i + OFFSETS[o];
          Integer c =
              j < 0 || j >= s.length ? Integer.valueOf(0) : ctxIndex.get(TokenShapes.lower(s[j]));
          if (c == null) {
            continue;
          }
          if (np == pairs.length) {
            pairs = Arrays.copyOf(pairs, np * 2);
          }
          pairs[np++] = (long) w * nctx + (long) o * ctxIndex.size() + c;
        }
      }
    }
    Arrays.sort(pairs, 0, np);
    long[] ctxTotals = new long[nctx];
    long[] wordTotals = new long[vocab.size()];
    for (int k = 0; k < np; k++) {
      ctxTotals[(int) (pairs[k] % nctx)]++;
      wordTotals[(int) (pairs[k] / nctx)]++;
    }
    // context distribution smoothing (alpha 0.75), as in Levy, Goldberg and Dagan (2015)
    double[] ctxSmoothed = new double[nctx];
    double smoothedSum = 0;
    for (int c = 0; c < nctx; c++) {
      ctxSmoothed[c] = Math.pow(ctxTotals[c], 0.75);
      smoothedSum += ctxSmoothed[c];
    }
    // dimensions 0: the PPMI vectors themselves (dense over the contexts), else a random projection
    boolean project = settings.dimensions() > 0;
    int d = project ? settings.dimensions() : nctx;
    float[] projection = new float[project ? nctx * d : 0];
    SplittableRandom random = new SplittableRandom(20_100_101L);
    for (int k = 0; k < projection.length; k++) {
      projection[k] = (float) gaussian(random);
    }
    float[][] vectors = new float[vocab.size()][d];
    for (int k = 0; k < np; ) {
      long pair = pairs[k];
      int run = 0;
      while (k < np && pairs[k] == pair) {
        run++;
        k++;
      }
      int w = (int) (pair / nctx);
      int c = (int) (pair % nctx);
      double pmi = Math.log(run * smoothedSum / ((double) wordTotals[w] * ctxSmoothed[c]));
      if (pmi > 0 && !project) {
        vectors[w][c] += (float) pmi;
      } else if (pmi > 0) {
        float[] v = vectors[w];
        int base = c * d;
        for (int x = 0; x < d; x++) {
          v[x] += (float) (pmi * projection[base + x]);
        }
      }
    }
    for (float[] v : vectors) {
      normalize(v);
    }
    return new Embedding(vocab, vectors);
  }

  private static void split(
      float[][] vectors, int[] members, String path, Settings settings, String[] paths) {
    if (members.length < settings.minLeaf() || path.length() >= settings.maxDepth()) {
      String p = path.isEmpty() ? "0" : path;
      for (int m : members) {
        paths[m] = p;
      }
      return;
    }
    int d = vectors[0].length;
    // seeds: the two sides of the members' principal direction (found by power iteration on the
    // centred vectors), then refined by spherical 2-means
    float[] mean = new float[d];
    for (int m : members) {
      for (int x = 0; x < d; x++) {
        mean[x] += vectors[m][x];
      }
    }
    for (int x = 0; x < d; x++) {
      mean[x] /= members.length;
    }
    float[] dir = new float[d];
    SplittableRandom random = new SplittableRandom(path.hashCode() * 31L + members.length);
    for (int x = 0; x < d; x++) {
      dir[x] = (float) gaussian(random);
    }
    normalize(dir);
    double meanDot = dot(mean, dir);
    for (int iter = 0; iter < 8; iter++) {
      float[] next = new float[d];
      for (int m : members) {
        float[] v = vectors[m];
        double proj = dot(v, dir) - meanDot;
        for (int x = 0; x < d; x++) {
          next[x] += (float) (proj * (v[x] - mean[x]));
        }
      }
      normalize(next);
      dir = next;
      meanDot = dot(mean, dir);
    }
    float[] a = new float[d];
    float[] b = new float[d];
    for (int m : members) {
      float[] v = vectors[m];
      float[] target = dot(v, dir) - meanDot > 0 ? b : a;
      for (int x = 0; x < d; x++) {
        target[x] += v[x];
      }
    }
    normalize(a);
    normalize(b);
    boolean[] side = new boolean[members.length];
    for (int iter = 0; iter < 12; iter++) {
      float[] na = new float[d];
      float[] nb = new float[d];
      int changed = 0;
      for (int k = 0; k < members.length; k++) {
        float[] v = vectors[members[k]];
        boolean toB = dot(b, v) > dot(a, v);
        if (toB != side[k]) {
          changed++;
        }
        side[k] = toB;
        float[] target = toB ? nb : na;
        for (int x = 0; x < d; x++) {
          target[x] += v[x];
        }
      }
      normalize(na);
      normalize(nb);
      a = na;
      b = nb;
      if (iter > 0 && changed == 0) {
        break;
      }
    }
    int nb = 0;
    for (boolean s : side) {
      if (s) {
        nb++;
      }
    }
    if (nb == 0 || nb == members.length) {
      split(
          vectors,
          members,
          path + "0".repeat(settings.maxDepth() - path.length()),
          settings,
          paths);
      return;
    }
    int[] left = new int[members.length - nb];
    int[] right = new int[nb];
    int l = 0;
    int r = 0;
    for (int k = 0; k < members.length; k++) {
      if (side[k]) {
        right[r++] = members[k];
      } else {
        left[l++] = members[k];
      }
    }
    split(vectors, left, path + "0", settings, paths);
    split(vectors, right, path + "1", settings, paths);
  }

  private static double dot(float[] a, float[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  private static void normalize(float[] v) {
    double n = Math.sqrt(dot(v, v));
    if (n > 0) {
      for (int i = 0; i < v.length; i++) {
        v[i] /= n;
      }
    }
  }

  private static double gaussian(SplittableRandom r) {
    double u = 1 - r.nextDouble();
    double v = r.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }
}
