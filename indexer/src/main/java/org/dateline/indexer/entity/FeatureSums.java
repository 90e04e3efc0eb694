package org.dateline.indexer.entity;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Summed weights of the features of {@link NerFeatures} that {@link CompiledTagger} can add up
 * ahead of tagging: per word form, per shape, and over the small vocabularies of gazetteer tags and
 * labels. Each sum is a row of floats, one per outcome. Thread-safe.
 */
final class FeatureSums {

  /** A word form: its ids and the summed weights of the features that depend on it alone. */
  static final class Word {
    /** Blocks of {@link #sums}: the word as the token itself, one before it, ... */
    static final int SELF = 0;

    static final int BEFORE = 1;
    static final int AFTER = 2;
    static final int BEFORE2 = 3;
    static final int AFTER2 = 4;

    /**
     * The word after a token that no name list matches: {@link #AFTER} and {@code ew+1=null|word}.
     */
    static final int AFTER_UNLISTED = 5;

    static final int BLOCKS = 6;

    final String view;
    final String lower;

    /** The word's numbers in the gazetteer and the name lists ({@link Gazetteer#word}). */
    final int gazetteerWord;

    final int listWord;

    final int lowerAtom;

    final Shape shape;
    final boolean firstName;
    final float[] sums;

    /** Per previous label, the row of {@code tw=label|word}; null when there is none. */
    final int[] labelRows;

    private Word(
        String view,
        String lower,
        int[] words,
        int lowerAtom,
        Shape shape,
        boolean firstName,
        float[] sums,
        int[] labelRows) {
      this.view = view;
      this.lower = lower;
      this.gazetteerWord = words[0];
      this.listWord = words[1];
      this.lowerAtom = lowerAtom;
      this.shape = shape;
      this.firstName = firstName;
      this.sums = sums;
      this.labelRows = labelRows;
    }
  }

  /** A word shape and the summed weights of the features that pair it with a small vocabulary. */
  static final class Shape {
    final int atom;

    /**
     * Per (name-list code, gazetteer code) of the token: {@code g=}, {@code gs=} and, with name
     * lists, {@code e=}, {@code es=} and {@code eg=}.
     */
    final float[] codes;

    /** Per (label two before, label before): {@code t-1=}, {@code tt=} and {@code ts=}. */
    final float[] labels;

    /**
     * For a sentence's first token, per its name-list code: {@code first}, {@code first=} and, with
     * name lists, {@code fe=}.
     */
    final float[] first;

    private Shape(int atom, float[] codes, float[] labels, float[] first) {
      this.atom = atom;
      this.codes = codes;
      this.labels = labels;
      this.first = first;
    }
  }

  /** Per (label two before, label before): {@code t-1=} and {@code tt=}. */
  final float[] labelPairs;

  /**
   * Per (gazetteer code, name-list code) of the token before, each {@link Gazetteer#CODES} at the
   * start of a sentence: {@code g-1=} and, with name lists, {@code e-1=}.
   */
  final float[] codesBefore;

  /** Per (gazetteer code, name-list code) of the token after: {@code g+1=}, {@code e+1=}. */
  final float[] codesAfter;

  /** Per (list code, gazetteer code): {@code eg=}. */
  final float[] listedGazetteer;

  /** Per list code of a sentence's first token: {@code fe=}. */
  final float[] listedFirst;

  /** Per (is a first name ? 2 : 0) + (follows a first name ? 1 : 0): {@code fn=}. */
  final float[] firstNames;

  private final FeatureTable table;
  private final int n;
  private final WordClusters clusters;
  private final boolean useLists;
  private final int[] labelAtoms;
  private final int[] codeAtoms = new int[Gazetteer.CODES + 1];
  private final ConcurrentMap<String, Shape> shapes = new ConcurrentHashMap<>();
  private final Shape unknownShape;

  FeatureSums(FeatureTable table, String[] outcomes, WordClusters clusters, boolean useLists) {
    this.table = table;
    this.n = table.outcomes();
    this.clusters = clusters;
    this.useLists = useLists;
    labelAtoms = new int[n];
    for (int k = 0; k < n; k++) {
      labelAtoms[k] = table.atom(outcomes[k]);
    }
    for (int c = 0; c < Gazetteer.CODES; c++) {
      codeAtoms[c] = table.atom(String.valueOf(Gazetteer.tag(c)));
    }
    codeAtoms[Gazetteer.CODES] = table.atom(NerFeatures.BOUNDARY);
    labelPairs = new float[n * n * n];
    for (int p2 = 0; p2 < n; p2++) {
      for (int p = 0; p < n; p++) {
        table.add(table.row(table.template("t-1="), labelAtoms[p]), labelPairs, (p2 * n + p) * n);
        table.add(
            table.row(table.template("tt="), labelAtoms[p2], labelAtoms[p]),
            labelPairs,
            (p2 * n + p) * n);
      }
    }
    codesBefore = byCodes("g-1=", "e-1=");
    codesAfter = byCodes("g+1=", "e+1=");
    listedFirst = byCode("fe=");
    listedGazetteer = new float[Gazetteer.CODES * Gazetteer.CODES * n];
    for (int e = 0; e < Gazetteer.CODES; e++) {
      for (int g = 0; g < Gazetteer.CODES; g++) {
        int row = table.row(table.template("eg="), codeAtoms[e], codeAtoms[g]);
        table.add(row, listedGazetteer, (e * Gazetteer.CODES + g) * n);
      }
    }
    firstNames = new float[4 * n];
    for (int k = 1; k < 4; k++) {
      int row =
          table.row(
              table.template("fn="),
              table.atom(k >= 2 ? "1" : "0"),
              table.atom(k % 2 == 1 ? "1" : "0"));
      table.add(row, firstNames, k * n);
    }
    unknownShape = newShape(-1);
  }

  /** The words beyond the ends of a sentence. */
  Word boundary() {
    String b = NerFeatures.BOUNDARY;
    return word(b, b, b, b, false, false, new int[] {-1, -1});
  }

  /**
   * The entry of a token.
   *
   * @param view the token as the features see it (true-cased in a line of capitals)
   * @param lower the token lower-cased
   * @param words its numbers in the gazetteer and in the name lists
   */
  Word word(String view, String lower, boolean capsLine, boolean firstName, int[] words) {
    String path = clusters.isEmpty() ? null : clusters.path(view, lower);
    return word(
        view,
        lower,
        TokenShapes.shape(view),
        path == null ? NerFeatures.NO_CLUSTER : path,
        capsLine,
        firstName,
        words);
  }

  private Word word(
      String view,
      String lower,
      String shapeName,
      String cluster,
      boolean caps,
      boolean first,
      int[] words) {
    Shape shape = shape(shapeName);
    int w = table.atom(lower);
    int s = shape.atom;
    float[] sums = new float[Word.BLOCKS * n];
    int self = Word.SELF * n;
    table.add(table.row(table.template("b")), sums, self);
    table.add(table.row(table.template("w="), w), sums, self);
    table.add(table.row(table.template("s="), s), sums, self);
    int len = lower.length();
    for (int k = 1; k <= 4 && k < len; k++) {
      int prefix = table.atom(lower.substring(0, k));
      int suffix = table.atom(lower.substring(len - k));
      table.add(table.row(table.template(NerFeatures.PREFIX[k]), prefix), sums, self);
      table.add(table.row(table.template(NerFeatures.SUFFIX[k]), suffix), sums, self);
    }
    if (caps) {
      table.add(table.row(table.template("caps="), s), sums, self);
    }
    addAt(sums, Word.BEFORE, "w-1=", w, "s-1=", s);
    addAt(sums, Word.AFTER, "w+1=", w, "s+1=", s);
    addAt(sums, Word.BEFORE2, "w-2=", w, "s-2=", s);
    addAt(sums, Word.AFTER2, "w+2=", w, "s+2=", s);
    if (!clusters.isEmpty()) {
      for (int k = 0; k < NerFeatures.CLUSTER_PREFIXES.length; k++) {
        String prefix =
            cluster.substring(0, Math.min(NerFeatures.CLUSTER_PREFIXES[k], cluster.length()));
        table.add(
            table.row(table.template(NerFeatures.CLUSTER_NAMES[k]), table.atom(prefix)),
            sums,
            self);
      }
      table.add(table.row(table.template("cs="), table.atom(cluster), s), sums, self);
      int near =
          table.atom(
              cluster.substring(0, Math.min(NerFeatures.NEIGHBOUR_PREFIX, cluster.length())));
      table.add(table.row(table.template("c-1="), near), sums, Word.BEFORE * n);
      table.add(table.row(table.template("c+1="), near), sums, Word.AFTER * n);
    }
    System.arraycopy(sums, Word.AFTER * n, sums, Word.AFTER_UNLISTED * n, n);
    if (useLists) {
      int row = table.row(table.template("ew+1="), codeAtoms[0], w);
      table.add(row, sums, Word.AFTER_UNLISTED * n);
    }
    int[] labelRows = new int[n];
    boolean anyLabelRow = false;
    for (int k = 0; k < n; k++) {
      labelRows[k] = table.row(table.template("tw="), labelAtoms[k], w);
      anyLabelRow |= labelRows[k] >= 0;
    }
    return new Word(view, lower, words, w, shape, first, sums, anyLabelRow ? labelRows : null);
  }

  private void addAt(float[] sums, int block, String word, int w, String shape, int s) {
    table.add(table.row(table.template(word), w), sums, block * n);
    table.add(table.row(table.template(shape), s), sums, block * n);
  }

  private Shape shape(String name) {
    int atom = table.atom(name);
    return atom < 0 ? unknownShape : shapes.computeIfAbsent(name, k -> newShape(atom));
  }

  private Shape newShape(int s) {
    int codes = Gazetteer.CODES;
    float[] byCode = new float[codes * codes * n];
    for (int e = 0; e < codes; e++) {
      for (int g = 0; g < codes; g++) {
        int at = (e * codes + g) * n;
        table.add(table.row(table.template("g="), codeAtoms[g]), byCode, at);
        table.add(table.row(table.template("gs="), codeAtoms[g], s), byCode, at);
        if (useLists) {
          table.add(table.row(table.template("e="), codeAtoms[e]), byCode, at);
          table.add(table.row(table.template("es="), codeAtoms[e], s), byCode, at);
          add(listedGazetteer, at, byCode, at);
        }
      }
    }
    float[] labels = labelPairs.clone();
    for (int p2 = 0; p2 < n; p2++) {
      for (int p = 0; p < n; p++) {
        table.add(table.row(table.template("ts="), labelAtoms[p], s), labels, (p2 * n + p) * n);
      }
    }
    float[] first = new float[codes * n];
    for (int e = 0; e < codes; e++) {
      table.add(table.row(table.template("first")), first, e * n);
      table.add(table.row(table.template("first="), s), first, e * n);
      if (useLists) {
        add(listedFirst, e * n, first, e * n);
      }
    }
    return new Shape(s, byCode, labels, first);
  }

  private void add(float[] from, int offset, float[] to, int at) {
    for (int k = 0; k < n; k++) {
      to[at + k] += from[offset + k];
    }
  }

  /**
   * A table per (gazetteer code, list code), each also {@link Gazetteer#CODES} for the sentence
   * boundary, of two one-part templates (the list one only with name lists).
   */
  private float[] byCodes(String gazetteerTemplate, String listTemplate) {
    float[] g = byCode(gazetteerTemplate);
    float[] e = byCode(listTemplate);
    int codes = Gazetteer.CODES + 1;
    float[] sums = new float[codes * codes * n];
    for (int a = 0; a < codes; a++) {
      for (int b = 0; b < codes; b++) {
        add(g, a * n, sums, (a * codes + b) * n);
        if (useLists) {
          add(e, b * n, sums, (a * codes + b) * n);
        }
      }
    }
    return sums;
  }

  /** A table per gazetteer or list code and the sentence boundary, of one one-part template. */
  private float[] byCode(String template) {
    float[] sums = new float[(Gazetteer.CODES + 1) * n];
    for (int c = 0; c <= Gazetteer.CODES; c++) {
      table.add(table.row(table.template(template), codeAtoms[c]), sums, c * n);
    }
    return sums;
  }
}
