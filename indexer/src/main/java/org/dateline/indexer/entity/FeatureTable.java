package org.dateline.indexer.entity;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * The classifier's weights keyed by numbers instead of feature names. A feature name is a template
 * ({@code "ww="}) followed by its parts joined with '|' ({@code "new|york"}); every distinct part
 * is given an id once, when the model is loaded, and a feature is found by its template and its
 * parts' ids. So tagging looks words up once per word, not once per feature.
 *
 * <p>A part may itself contain '|' (a token "|"), so a name such as {@code ww=a|b|c} is entered
 * under every split ({@code a|b + c} and {@code a + b|c}): any split a tagger can produce spells
 * the same name, hence the same feature. Weights are one dense row of floats per feature. Immutable
 * and thread-safe.
 */
final class FeatureTable {

  private static final int ATOM_BITS = 19;
  private static final int MAX_ATOMS = 1 << ATOM_BITS;

  /** Largest integer scale tried; an averaged perceptron's is its number of iterations. */
  private static final int MAX_SCALE = 1000;

  private final int outcomes;
  private final float scale;
  private final float[] weights;
  private final Map<String, Integer> atoms = new HashMap<>();

  /** Per part id, the (template, position) pairs it occurs in, as bits ({@link #role}). */
  private long[] roles = new long[1024];

  private final Map<String, Integer> templates;
  private final Map<String, Integer> templateIds = new HashMap<>();

  /** Per template (so that the small ones stay in the processor's caches): key to row. */
  private final LongIntTable[] rows;

  /**
   * @param templates every feature template the features can have, with its number of parts
   *     (features of other templates are never asked for, so they are left out)
   */
  FeatureTable(AbstractModel model, Map<String, Integer> templates) {
    this.templates = Map.copyOf(templates);
    // ids in sorted order, so that they do not depend on map order
    templates.keySet().stream().sorted().forEach(p -> templateIds.put(p, templateIds.size()));
    if (templateIds.size() > 63) {
      throw new IllegalArgumentException("more than 63 feature templates");
    }
    Object[] data = model.getDataStructures();
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) data[1];
    outcomes = model.getNumOutcomes();
    scale = integerScale(pmap);
    weights = new float[pmap.size() * outcomes];
    rows = new LongIntTable[templateIds.size()];
    for (int t = 0; t < rows.length; t++) {
      rows[t] = new LongIntTable(16);
    }
    int row = 0;
    for (Map.Entry<String, Context> e : pmap.entrySet()) {
      int[] out = e.getValue().getOutcomes();
      double[] params = e.getValue().getParameters();
      for (int k = 0; k < out.length; k++) {
        weights[row * outcomes + out[k]] = (float) (params[k] * scale);
      }
      enter(e.getKey(), row);
      row++;
    }
  }

  int outcomes() {
    return outcomes;
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

  /** The id of a template, which must be one given to the constructor. */
  int template(String prefix) {
    if (!templates.containsKey(prefix)) {
      throw new IllegalArgumentException("unknown feature template '" + prefix + "'");
    }
    return templateId(prefix);
  }

  /** The id of a feature part, or -1 when no feature has it (so no feature with it exists). */
  int atom(String part) {
    Integer id = atoms.get(part);
    return id == null ? -1 : id;
  }

  /** The row of a feature of no part ({@code "b"}), one part, two or three; -1 when absent. */
  int row(int template) {
    return find(template, key(template, 0, 0, 0));
  }

  int row(int template, int a) {
    return a < 0 ? -1 : find(template, key(template, a, 0, 0));
  }

  int row(int template, int a, int b) {
    return a < 0 || b < 0 ? -1 : find(template, key(template, a, b, 0));
  }

  int row(int template, int a, int b, int c) {
    return a < 0 || b < 0 || c < 0 ? -1 : find(template, key(template, a, b, c));
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

  private int enter(String name, int row) {
    int eq = name.indexOf('=');
    String prefix = eq < 0 ? name : name.substring(0, eq + 1);
    Integer arity = templates.get(prefix);
    if (arity == null) {
      return 0;
    }
    int t = templateId(prefix);
    String rest = eq < 0 ? "" : name.substring(eq + 1);
    if (arity == 0) {
      return eq < 0 ? put(t, key(t, 0, 0, 0), row) : 0;
    }
    if (arity == 1) {
      return put(t, key(t, intern(rest), 0, 0), row);
    }
    int entered = 0;
    for (int i = rest.indexOf('|'); i >= 0; i = rest.indexOf('|', i + 1)) {
      int a = part(rest.substring(0, i), t, 0);
      if (arity == 2) {
        entered += put(t, key(t, a, part(rest.substring(i + 1), t, 1), 0), row);
        continue;
      }
      for (int j = rest.indexOf('|', i + 1); j >= 0; j = rest.indexOf('|', j + 1)) {
        int b = part(rest.substring(i + 1, j), t, 1);
        entered += put(t, key(t, a, b, part(rest.substring(j + 1), t, 2)), row);
      }
    }
    return entered;
  }

  /** The id of a part at a position of a template's features, noting that it occurs there. */
  private int part(String part, int template, int position) {
    int id = intern(part);
    if (id >= roles.length) {
      roles = Arrays.copyOf(roles, roles.length * 2);
    }
    roles[id] |= role(template, position);
    return id;
  }

  /**
   * A bit for a position in a template's features. Two pairs may share a bit: a set bit means
   * "maybe", a clear one "never".
   */
  static long role(int template, int position) {
    return 1L << ((template * 3 + position) & 63);
  }

  /**
   * The roles of a part ({@link #role} bits): a feature whose parts do not all have their roles
   * does not exist, and need not be looked up.
   */
  long roles(int atom) {
    return atom < 0 || atom >= roles.length ? 0 : roles[atom];
  }

  private int templateId(String prefix) {
    return templateIds.get(prefix);
  }

  private int intern(String part) {
    Integer id = atoms.get(part);
    if (id == null) {
      if (atoms.size() == MAX_ATOMS) {
        throw new IllegalStateException("more than " + MAX_ATOMS + " distinct feature parts");
      }
      id = atoms.size();
      atoms.put(part, id);
    }
    return id;
  }

  private static long key(int template, int a, int b, int c) {
    return ((long) template << (3 * ATOM_BITS))
        | ((long) a << (2 * ATOM_BITS))
        | ((long) b << ATOM_BITS)
        | c;
  }

  private int put(int template, long key, int row) {
    return rows[template].putIfAbsent(key, row) ? 1 : 0;
  }

  private int find(int template, long key) {
    return rows[template].get(key);
  }
}
