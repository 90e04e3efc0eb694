package org.dateline.indexer.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * The features the tagger sees for one token: the words around it (lower-cased), their shapes,
 * prefixes and suffixes, word and shape bigrams, gazetteer matches, sentence position and the two
 * labels before it. In a line written in capitals, shapes come from the true-cased view, so that
 * {@code WASHINGTON} in a dateline looks like {@code Washington}. Training and tagging share this
 * class, so the two cannot disagree.
 */
final class NerFeatures {

  private static final String BOUNDARY = "<s>";

  private final TrueCaser trueCaser;
  private final Gazetteer gazetteer;

  NerFeatures(TrueCaser trueCaser, Gazetteer gazetteer) {
    this.trueCaser = trueCaser;
    this.gazetteer = gazetteer;
  }

  /** What the features of one sentence are computed from. */
  final class View {
    final String[] lower;
    final String[] shape;
    final String[] gaz;
    final boolean capsLine;

    View(String[] tokens) {
      int n = tokens.length;
      capsLine = TokenShapes.isCapsLine(tokens);
      String[] view = new String[n];
      lower = new String[n];
      shape = new String[n];
      for (int i = 0; i < n; i++) {
        view[i] = capsLine ? trueCaser.apply(tokens[i]) : tokens[i];
        lower[i] = TokenShapes.lower(tokens[i]);
        shape[i] = TokenShapes.shape(view[i]);
      }
      gaz = gazetteer.match(view, lower);
    }

    int length() {
      return lower.length;
    }
  }

  View view(String[] tokens) {
    return new View(tokens);
  }

  /** The features of token {@code i}, given the labels already chosen for the two before it. */
  String[] context(View v, int i, String prev, String prev2) {
    List<String> f = new ArrayList<>(48);
    String w = v.lower[i];
    String s = v.shape[i];
    String wp = word(v, i - 1);
    String wn = word(v, i + 1);
    String sp = shape(v, i - 1);
    String sn = shape(v, i + 1);
    f.add("b");
    f.add("w=" + w);
    f.add("s=" + s);
    f.add("w-1=" + wp);
    f.add("w+1=" + wn);
    f.add("w-2=" + word(v, i - 2));
    f.add("w+2=" + word(v, i + 2));
    f.add("s-1=" + sp);
    f.add("s+1=" + sn);
    f.add("s-2=" + shape(v, i - 2));
    f.add("s+2=" + shape(v, i + 2));
    f.add("ww=" + wp + "|" + w);
    f.add("wn=" + w + "|" + wn);
    f.add("ss=" + sp + "|" + s + "|" + sn);
    f.add("sps=" + sp + "|" + s);
    f.add("ssn=" + s + "|" + sn);
    f.add("wsn=" + w + "|" + sn);
    f.add("spw=" + sp + "|" + w);
    int len = w.length();
    for (int k = 1; k <= 4 && k < len; k++) {
      f.add("p" + k + "=" + w.substring(0, k));
      f.add("x" + k + "=" + w.substring(len - k));
    }
    if (i == 0) {
      f.add("first");
      f.add("first=" + s);
    }
    if (v.capsLine) {
      f.add("caps=" + s);
    }
    f.add("t-1=" + prev);
    f.add("tt=" + prev2 + "|" + prev);
    f.add("tw=" + prev + "|" + w);
    f.add("ts=" + prev + "|" + s);
    String g = v.gaz[i];
    f.add("g=" + g);
    f.add("gs=" + g + "|" + s);
    f.add("g-1=" + (i > 0 ? v.gaz[i - 1] : BOUNDARY));
    f.add("g+1=" + (i + 1 < v.length() ? v.gaz[i + 1] : BOUNDARY));
    return f.toArray(new String[0]);
  }

  private static String word(View v, int i) {
    return i < 0 || i >= v.length() ? BOUNDARY : v.lower[i];
  }

  private static String shape(View v, int i) {
    return i < 0 || i >= v.length() ? BOUNDARY : v.shape[i];
  }
}
