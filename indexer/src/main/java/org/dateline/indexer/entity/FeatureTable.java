package org.dateline.indexer.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * The classifier's weights keyed by numbers instead of feature names. A feature name is a template
 * ({@code "ww="}) followed by its parts joined with '|' ({@code "new|york"}); every distinct part
 * has an id, and a feature is found by its template and its parts' ids. So tagging looks words up
 * once per word, not once per feature.
 *
 * <p>A part may itself contain '|' (a token "|"), so a name such as {@code ww=a|b|c} is entered
 * under every split ({@code a|b + c} and {@code a + b|c}): any split a tagger can produce spells
 * the same name, hence the same feature. Weights are one dense row of floats per feature.
 *
 * <p>Made from an OpenNLP classifier when training, and stored in the model in a binary form
 * ({@link FeatureTableFormat}) that loads with bulk array reads, without parsing feature names.
 * Immutable and thread-safe.
 */
final class FeatureTable {

  static final int ATOM_BITS = 19;
  private static final int MAX_ATOMS = 1 << ATOM_BITS;
  private static final long ATOM_MASK = MAX_ATOMS - 1;

  /** Largest integer scale tried; an averaged perceptron's is its number of iterations. */
  private static final int MAX_SCALE = 1000;

  private final String[] outcomeNames;
  private final int outcomes;
  private final float scale;

  /** A row per feature, then a row of zeros ({@link #offset} of an absent feature). */
  private final float[] weights;

  private final String[] templateNames;
  private final int[] arities;
  private final Map<String, Integer> templateIds = new HashMap<>();
  private final List<String> atomNames = new ArrayList<>();
  private final Map<String, Integer> atoms = new HashMap<>();

  /** Per template (so that the small ones stay in the processor's caches): key to row. */
  private final LongIntTable[] rows;

  /**
   * @param templates every feature template the features can have, with its number of parts
   *     (features of other templates are never asked for, so they are left out)
   */
  FeatureTable(AbstractModel model, Map<String, Integer> templates) {
    Map<String, Integer> sorted = new TreeMap<>(templates);
    templateNames = sorted.keySet().toArray(new String[0]);
    arities = sorted.values().stream().mapToInt(Integer::intValue).toArray();
    if (templateNames.length > 63) {
      throw new IllegalArgumentException("more than 63 feature templates");
    }
    for (int t = 0; t < templateNames.length; t++) {
      templateIds.put(templateNames[t], t);
    }
    Object[] data = model.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) data[1];
    outcomes = model.getNumOutcomes();
    outcomeNames = new String[outcomes];
    for (int k = 0; k < outcomes; k++) {
      outcomeNames[k] = model.getOutcome(k);
    }
    scale = integerScale(pmap);
    rows = new LongIntTable[templateNames.length];
    for (int t = 0; t < rows.length; t++) {
      rows[t] = new LongIntTable(16);
    }
    // in name order, so that the same classifier always gives the same ids and bytes; features
    // whose weights are all 0 are left out, as OpenNLP's own model writer does
    float[] w = new float[pmap.size() * outcomes];
    int row = 0;
    for (Map.Entry<String, Context> e : new TreeMap<>(pmap).entrySet()) {
      if (Arrays.stream(e.getValue().getParameters()).anyMatch(p -> p != 0)
          && enter(e.getKey(), row)) {
        int[] out = e.getValue().getOutcomes();
        double[] params = e.getValue().getParameters();
        for (int k = 0; k < out.length; k++) {
          w[row * outcomes + out[k]] = (float) (params[k] * scale);
        }
        row++;
      }
    }
    weights = Arrays.copyOf(w, (row + 1) * outcomes);
  }

  /** A table as {@link FeatureTableFormat} reads it: its parts in id order, rows per template. */
  FeatureTable(
      String[] outcomeNames,
      float scale,
      String[] templateNames,
      int[] arities,
      float[] weights,
      List<String> parts,
      LongIntTable[] rows) {
    this.outcomeNames = outcomeNames;
    this.outcomes = outcomeNames.length;
    this.scale = scale;
    this.templateNames = templateNames;
    this.arities = arities;
    this.weights = Arrays.copyOf(weights, weights.length + outcomes);
    for (int t = 0; t < templateNames.length; t++) {
      templateIds.put(templateNames[t], t);
    }
    for (String part : parts) {
      intern(part);
    }
    this.rows = rows;
  }

  int outcomes() {
    return outcomes;
  }

  /** The outcome labels, in the order of the weights. */
  String[] outcomeNames() {
    return outcomeNames.clone();
  }

  /** Number of features (rows of weights). */
  int size() {
    return weights.length / outcomes - 1;
  }

  /**
   * What the weights were multiplied by. An averaged perceptron's weights are multiples of 1/N (N
   * its iterations); times N they are whole numbers, and floats add whole numbers exactly (up to
   * 2^24), so a sum does not depend on the order of its terms and equal scores are exactly equal
   * (ties go to the first outcome). 1 when there is no such scale (maximum entropy).
   */
  float scale() {
    return scale;
  }

  /** The id of a template, which must be one given to the constructor. */
  int template(String prefix) {
    Integer t = templateIds.get(prefix);
    if (t == null) {
      throw new IllegalArgumentException("unknown feature template '" + prefix + "'");
    }
    return t;
  }

  /** The id of a feature part, or -1 when no feature has it (so no feature with it exists). */
  int atom(String part) {
    Integer id = atoms.get(part);
    return id == null ? -1 : id;
  }

  /** The row of a feature of no part ({@code "b"}), one part, two or three; -1 when absent. */
  int row(int template) {
    return rows[template].get(key(template, 0, 0, 0));
  }

  int row(int template, int a) {
    return a < 0 ? -1 : rows[template].get(key(template, a, 0, 0));
  }

  int row(int template, int a, int b) {
    return a < 0 || b < 0 ? -1 : rows[template].get(key(template, a, b, 0));
  }

  int row(int template, int a, int b, int c) {
    return a < 0 || b < 0 || c < 0 ? -1 : rows[template].get(key(template, a, b, c));
  }

  /** Adds the weights of {@code row} (if not -1) to {@code sums[offset ..]}. */
  void add(int row, float[] sums, int offset) {
    if (row >= 0) {
      int base = row * outcomes;
      for (int k = 0; k < outcomes; k++) {
        sums[offset + k] += weights[base + k];
      }
    }
  }

  /** Number of distinct feature parts (part ids are below it). */
  int atomCount() {
    return atomNames.size();
  }

  /** The features of one template: key to row. */
  LongIntTable features(int template) {
    return rows[template];
  }

  /** Number of templates; their ids are below it, in name order. */
  int templateCount() {
    return templateNames.length;
  }

  String templateName(int template) {
    return templateNames[template];
  }

  /** Number of parts of the template's features. */
  int arity(int template) {
    return arities[template];
  }

  /** The part with this id. */
  String atomName(int atom) {
    return atomNames.get(atom);
  }

  /** All weights, a row of {@link #outcomes} per feature (a copy). */
  float[] weights() {
    return Arrays.copyOf(weights, weights.length - outcomes);
  }

  /**
   * The weights for summing at {@link #offset}s, the feature rows followed by a row of zeros (not a
   * copy: do not change).
   */
  float[] summable() {
    return weights;
  }

  /**
   * Where the weights of {@code row} start in {@link #summable}; for -1 (no feature), a row of
   * zeros, so that a sum can add a feature whether or not it exists.
   */
  int offset(int row) {
    return row < 0 ? weights.length - outcomes : row * outcomes;
  }

  /** Feature names and their weight rows (times {@link #scale}), for tests and tools. */
  Map<String, float[]> byName() {
    Map<String, float[]> named = new HashMap<>();
    for (int t = 0; t < rows.length; t++) {
      long[] keys = rows[t].keys();
      int[] values = rows[t].values();
      for (int i = 0; i < keys.length; i++) {
        StringBuilder name = new StringBuilder(templateNames[t]);
        for (int p = 0; p < arities[t]; p++) {
          name.append(p > 0 ? "|" : "").append(atomNames.get(part(keys[i], p)));
        }
        int row = values[i];
        named.put(
            name.toString(), Arrays.copyOfRange(weights, row * outcomes, (row + 1) * outcomes));
      }
    }
    return named;
  }

  /** Enters a feature name under its template; false for a template not given. */
  private boolean enter(String name, int row) {
    int eq = name.indexOf('=');
    String prefix = eq < 0 ? name : name.substring(0, eq + 1);
    Integer id = templateIds.get(prefix);
    if (id == null || (arities[id] == 0) != (eq < 0)) {
      return false;
    }
    int t = id;
    String rest = eq < 0 ? "" : name.substring(eq + 1);
    if (arities[t] <= 1) {
      int a = arities[t] == 0 ? 0 : intern(rest);
      rows[t].putIfAbsent(key(t, a, 0, 0), row);
      return true;
    }
    for (int i = rest.indexOf('|'); i >= 0; i = rest.indexOf('|', i + 1)) {
      int a = intern(rest.substring(0, i));
      if (arities[t] == 2) {
        rows[t].putIfAbsent(key(t, a, intern(rest.substring(i + 1)), 0), row);
        continue;
      }
      for (int j = rest.indexOf('|', i + 1); j >= 0; j = rest.indexOf('|', j + 1)) {
        int b = intern(rest.substring(i + 1, j));
        rows[t].putIfAbsent(key(t, a, b, intern(rest.substring(j + 1))), row);
      }
    }
    return true;
  }

  private int intern(String part) {
    Integer id = atoms.get(part);
    if (id == null) {
      if (atoms.size() == MAX_ATOMS) {
        throw new IllegalStateException("more than " + MAX_ATOMS + " distinct feature parts");
      }
      id = atoms.size();
      atoms.put(part, id);
      atomNames.add(part);
    }
    return id;
  }

  private static long key(int template, int a, int b, int c) {
    return ((long) template << (3 * ATOM_BITS))
        | ((long) a << (2 * ATOM_BITS))
        | ((long) b << ATOM_BITS)
        | c;
  }

  /** Part {@code position} (0-2) of a key. */
  static int part(long key, int position) {
    return (int) ((key >>> ((2 - position) * ATOM_BITS)) & ATOM_MASK);
  }

  private static float integerScale(Map<String, Context> pmap) {
    double largest = 0;
    for (Context c : pmap.values()) {
      for (double p : c.getParameters()) {
        largest = Math.max(largest, Math.abs(p));
      }
    }
    for (int d = 1; d <= MAX_SCALE; d++) {
      // a token has fewer than 100 features: its sums stay below 2^24
      if (largest * d * 100 >= 1 << 24) {
        break;
      }
      if (isScale(pmap, d)) {
        return d;
      }
    }
    return 1;
  }

  private static boolean isScale(Map<String, Context> pmap, int d) {
    for (Context c : pmap.values()) {
      for (double p : c.getParameters()) {
        if (Math.abs(p * d - Math.rint(p * d)) > 1e-6) {
          return false;
        }
      }
    }
    return true;
  }
}
