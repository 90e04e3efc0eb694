package org.dateline.indexer.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The features the tagger sees for one token: the words around it (lower-cased), their shapes,
 * prefixes and suffixes, word and shape bigrams, gazetteer matches, sentence position and the two
 * labels before it. In a line written in capitals, shapes come from the true-cased view, so that
 * {@code WASHINGTON} in a dateline looks like {@code Washington}. This class defines the features
 * as strings, which training uses; tagging computes the same features by id ({@link
 * CompiledTagger}), and {@code CompiledTaggerTest} pins the two together.
 */
final class NerFeatures {

  static final String BOUNDARY = "<s>";

  /**
   * Every feature template used below, with its number of parts: a feature's name is the template
   * followed by its parts joined with '|'. {@link CompiledTagger} computes the same features from
   * these names; a test pins it to this class.
   */
  static final Map<String, Integer> TEMPLATES = templates();

  private static Map<String, Integer> templates() {
    Map<String, Integer> t = new HashMap<>();
    for (String name : List.of("b", "first")) {
      t.put(name, 0);
    }
    for (String name :
        List.of(
            "w=", "s=", "w-1=", "w+1=", "w-2=", "w+2=", "s-1=", "s+1=", "s-2=", "s+2=", "p1=",
            "p2=", "p3=", "p4=", "x1=", "x2=", "x3=", "x4=", "first=", "caps=", "g=", "g-1=",
            "g+1=", "e=", "e-1=", "e+1=", "fe=", "c4=", "c6=", "c10=", "c20=", "c-1=", "c+1=",
            "t-1=")) {
      t.put(name, 1);
    }
    for (String name :
        List.of(
            "ww=", "wn=", "sps=", "ssn=", "wsn=", "spw=", "gs=", "es=", "eg=", "ew+1=", "fn=",
            "cs=", "tt=", "tw=", "ts=")) {
      t.put(name, 2);
    }
    t.put("ss=", 3);
    return Map.copyOf(t);
  }

  private final TrueCaser trueCaser;
  private final Gazetteer gazetteer;
  private final WordClusters clusters;
  private final NameLists lists;

  NerFeatures(TrueCaser trueCaser, Gazetteer gazetteer) {
    this(trueCaser, gazetteer, WordClusters.EMPTY, NameLists.EMPTY);
  }

  NerFeatures(TrueCaser trueCaser, Gazetteer gazetteer, WordClusters clusters, NameLists lists) {
    this.trueCaser = trueCaser;
    this.gazetteer = gazetteer;
    this.clusters = clusters;
    this.lists = lists;
  }

  /** What the features of one sentence are computed from. */
  final class View {
    final String[] lower;
    final String[] shape;
    final String[] gaz;
    final String[] cluster;
    final String[] listed;
    final boolean[] firstName;
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
      if (lists.isEmpty()) {
        listed = null;
        firstName = null;
      } else {
        listed = lists.names.match(view, lower);
        firstName = new boolean[n];
        for (int i = 0; i < n; i++) {
          firstName[i] = Character.isUpperCase(view[i].charAt(0)) && lists.isFirstName(lower[i]);
        }
      }
      if (clusters.isEmpty()) {
        cluster = null;
      } else {
        cluster = new String[n];
        for (int i = 0; i < n; i++) {
          String p = clusters.path(view[i], lower[i]);
          cluster[i] = p == null ? NO_CLUSTER : p;
        }
      }
    }

    int length() {
      return lower.length;
    }
  }

  View view(String[] tokens) {
    return new View(tokens);
  }

  /** Receives features; the feature's name is the concatenation of the parts, '|'-separated. */
  interface Sink {
    void add(String prefix, String value);

    void add(String prefix, String a, String b);

    void add(String prefix, String a, String b, String c);

    /** {@code prefix + value.substring(from, to)}, without making the substring. */
    void addSlice(String prefix, String value, int from, int to);
  }

  /** The features of token {@code i} as strings, for training. */
  String[] context(View v, int i, String prev, String prev2) {
    Strings sink = new Strings();
    staticFeatures(v, i, sink);
    labelFeatures(v, i, prev, prev2, sink);
    return sink.features.toArray(new String[0]);
  }

  /** The features of token {@code i} that do not depend on earlier labels. */
  void staticFeatures(View v, int i, Sink f) {
    String w = v.lower[i];
    String s = v.shape[i];
    String wp = word(v, i - 1);
    String wn = word(v, i + 1);
    String sp = shape(v, i - 1);
    String sn = shape(v, i + 1);
    f.add("b", "");
    f.add("w=", w);
    f.add("s=", s);
    f.add("w-1=", wp);
    f.add("w+1=", wn);
    f.add("w-2=", word(v, i - 2));
    f.add("w+2=", word(v, i + 2));
    f.add("s-1=", sp);
    f.add("s+1=", sn);
    f.add("s-2=", shape(v, i - 2));
    f.add("s+2=", shape(v, i + 2));
    f.add("ww=", wp, w);
    f.add("wn=", w, wn);
    f.add("ss=", sp, s, sn);
    f.add("sps=", sp, s);
    f.add("ssn=", s, sn);
    f.add("wsn=", w, sn);
    f.add("spw=", sp, w);
    int len = w.length();
    for (int k = 1; k <= 4 && k < len; k++) {
      f.addSlice(PREFIX[k], w, 0, k);
      f.addSlice(SUFFIX[k], w, len - k, len);
    }
    if (i == 0) {
      f.add("first", "");
      f.add("first=", s);
    }
    if (v.capsLine) {
      f.add("caps=", s);
    }
    String g = v.gaz[i] == null ? "null" : v.gaz[i];
    f.add("g=", g);
    f.add("gs=", g, s);
    f.add("g-1=", i > 0 ? String.valueOf(v.gaz[i - 1]) : BOUNDARY);
    f.add("g+1=", i + 1 < v.length() ? String.valueOf(v.gaz[i + 1]) : BOUNDARY);
    if (v.listed != null) {
      String e = v.listed[i] == null ? "null" : v.listed[i];
      f.add("e=", e);
      f.add("es=", e, s);
      f.add("e-1=", i > 0 ? String.valueOf(v.listed[i - 1]) : BOUNDARY);
      f.add("e+1=", i + 1 < v.length() ? String.valueOf(v.listed[i + 1]) : BOUNDARY);
      f.add("eg=", e, g);
      if (i == 0) {
        f.add("fe=", e);
      }
      f.add("ew+1=", e, wn);
      boolean fp = i > 0 && v.firstName[i - 1];
      if (v.firstName[i] || fp) {
        f.add("fn=", v.firstName[i] ? "1" : "0", fp ? "1" : "0");
      }
    }
    if (v.cluster != null) {
      String c = v.cluster[i];
      for (int k = 0; k < CLUSTER_PREFIXES.length; k++) {
        f.addSlice(CLUSTER_NAMES[k], c, 0, Math.min(CLUSTER_PREFIXES[k], c.length()));
      }
      String cp = i > 0 ? v.cluster[i - 1] : BOUNDARY;
      String cn = i + 1 < v.length() ? v.cluster[i + 1] : BOUNDARY;
      f.addSlice("c-1=", cp, 0, Math.min(NEIGHBOUR_PREFIX, cp.length()));
      f.addSlice("c+1=", cn, 0, Math.min(NEIGHBOUR_PREFIX, cn.length()));
      f.add("cs=", c, s);
    }
  }

  static final String NO_CLUSTER = "none";
  static final int[] CLUSTER_PREFIXES = {4, 6, 10, 20};
  static final String[] CLUSTER_NAMES = {"c4=", "c6=", "c10=", "c20="};
  static final int NEIGHBOUR_PREFIX = 8;

  /** The features of token {@code i} that depend on the two labels before it. */
  void labelFeatures(View v, int i, String prev, String prev2, Sink f) {
    f.add("t-1=", prev);
    f.add("tt=", prev2, prev);
    f.add("tw=", prev, v.lower[i]);
    f.add("ts=", prev, v.shape[i]);
  }

  static final String[] PREFIX = {"", "p1=", "p2=", "p3=", "p4="};
  static final String[] SUFFIX = {"", "x1=", "x2=", "x3=", "x4="};

  /** Collects feature names as strings. */
  private static final class Strings implements Sink {
    final List<String> features = new ArrayList<>(48);

    @Override
    public void add(String prefix, String value) {
      features.add(prefix + value);
    }

    @Override
    public void add(String prefix, String a, String b) {
      features.add(prefix + a + "|" + b);
    }

    @Override
    public void add(String prefix, String a, String b, String c) {
      features.add(prefix + a + "|" + b + "|" + c);
    }

    @Override
    public void addSlice(String prefix, String value, int from, int to) {
      features.add(prefix + value.substring(from, to));
    }
  }

  private static String word(View v, int i) {
    return i < 0 || i >= v.length() ? BOUNDARY : v.lower[i];
  }

  private static String shape(View v, int i) {
    return i < 0 || i >= v.length() ? BOUNDARY : v.shape[i];
  }
}
