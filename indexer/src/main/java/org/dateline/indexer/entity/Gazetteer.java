package org.dateline.indexer.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Names with their most frequent type, matched longest-first on lower-cased tokens (tokens hold no
 * spaces; a name is its tokens joined by single spaces). The tagger uses a match only as a feature,
 * so a listed name can still be typed otherwise in context. The lists are built by the trainer from
 * the training annotations and stored inside the model. Immutable and thread-safe.
 */
final class Gazetteer {

  static final int MAX_NAME_TOKENS = 6;

  private final Map<String, EntityType> names;

  /** The words of the names, numbered. */
  private final Map<String, Integer> words = new HashMap<>();

  /**
   * The names as a tree of words: node 0 is the root, {@code (node << 32) | word} leads to the node
   * for one word more; {@link #types} holds the type of the name a node ends, if any.
   */
  private final LongIntTable children;

  private byte[] types;

  /** Takes {@code names} as is: the caller hands it over and keeps no reference. */
  Gazetteer(Map<String, EntityType> names) {
    this.names = Collections.unmodifiableMap(names);
    children = new LongIntTable(names.size() * 2);
    types = new byte[Math.max(16, names.size() * 2)];
    int nodes = 1;
    types[0] = -1;
    for (Map.Entry<String, EntityType> e : this.names.entrySet()) {
      int node = 0;
      for (String w : e.getKey().split(" ", -1)) {
        long key = ((long) node << 32) | words.computeIfAbsent(w, k -> words.size());
        int child = children.get(key);
        if (child < 0) {
          child = nodes++;
          children.putIfAbsent(key, child);
          if (child == types.length) {
            types = Arrays.copyOf(types, child * 2);
          }
          types[child] = -1;
        }
        node = child;
      }
      types[node] = (byte) e.getValue().ordinal();
    }
  }

  /**
   * Collects names with the type they were most often given; a tie goes to the type declared first
   * in {@link EntityType} (an EnumMap iterates in that order, so the result does not depend on hash
   * codes and training is reproducible).
   */
  static Gazetteer of(List<String[]> sentences, List<List<TokenSpan>> spans) {
    Map<String, Map<EntityType, Integer>> counts = new HashMap<>();
    for (int s = 0; s < sentences.size(); s++) {
      for (TokenSpan span : spans.get(s)) {
        if (span.end() - span.start() <= MAX_NAME_TOKENS) {
          String key = key(sentences.get(s), span.start(), span.end());
          counts
              .computeIfAbsent(key, k -> new EnumMap<>(EntityType.class))
              .merge(span.type(), 1, Integer::sum);
        }
      }
    }
    Map<String, EntityType> names = new HashMap<>();
    counts.forEach(
        (name, types) ->
            names.put(
                name, types.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey()));
    return new Gazetteer(names);
  }

  /** Number of match codes: none, then B-, I- and U- for each type. */
  private static final EntityType[] TYPES = EntityType.values();

  static final int CODES = 1 + 3 * TYPES.length;

  private static final String[] TAGS = new String[CODES];

  static {
    String[] positions = {"B-", "I-", "U-"};
    for (int p = 0; p < positions.length; p++) {
      for (EntityType t : TYPES) {
        TAGS[code(p, t)] = positions[p] + Labels.code(t);
      }
    }
  }

  private static int code(int position, EntityType type) {
    return 1 + position * TYPES.length + type.ordinal();
  }

  /** The tag of a match code ({@code U-LOC}, ...); {@code null} for code 0, no match. */
  static String tag(int code) {
    return TAGS[code];
  }

  /**
   * Marks the longest listed names in a sentence; a name must start with a capital in {@code view}.
   *
   * @return per token {@code B-LOC}, {@code I-LOC}, {@code U-LOC} ... or {@code null}
   */
  String[] match(String[] view, String[] lower) {
    int[] codes = codes(view, lower);
    String[] tags = new String[codes.length];
    for (int i = 0; i < codes.length; i++) {
      tags[i] = TAGS[codes[i]];
    }
    return tags;
  }

  /** {@link #match} as codes: 0 for no match, else the code of the tag ({@link #tag}). */
  int[] codes(String[] view, String[] lower) {
    int[] ids = new int[lower.length];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = word(lower[i]);
    }
    return codes(view, ids);
  }

  /** The number of a lower-cased word in the names, -1 if no name has it. */
  int word(String lower) {
    Integer id = words.get(lower);
    return id == null ? -1 : id;
  }

  /** {@link #codes(String[], String[])} with the words given by their numbers ({@link #word}). */
  int[] codes(String[] view, int[] ids) {
    int[] codes = new int[view.length];
    int i = 0;
    while (i < view.length) {
      int found = 0;
      EntityType type = null;
      if (ids[i] >= 0 && Character.isUpperCase(view[i].charAt(0))) {
        int limit = Math.min(view.length, i + MAX_NAME_TOKENS);
        int node = 0;
        for (int j = i; j < limit && ids[j] >= 0; j++) {
          node = children.get(((long) node << 32) | ids[j]);
          if (node < 0) {
            break;
          }
          if (types[node] >= 0) {
            found = j + 1 - i;
            type = TYPES[types[node]];
          }
        }
      }
      if (found == 0) {
        i++;
        continue;
      }
      if (found == 1) {
        codes[i] = code(2, type);
      } else {
        codes[i] = code(0, type);
        for (int k = i + 1; k < i + found; k++) {
          codes[k] = code(1, type);
        }
      }
      i += found;
    }
    return codes;
  }

  int size() {
    return names.size();
  }

  /** The type of a listed name (lower-cased tokens joined by spaces), or {@code null}. */
  EntityType typeOf(String key) {
    return names.get(key);
  }

  private static String key(String[] tokens, int start, int end) {
    StringBuilder sb = new StringBuilder();
    for (int i = start; i < end; i++) {
      if (i > start) {
        sb.append(' ');
      }
      sb.append(TokenShapes.lower(tokens[i]));
    }
    return sb.toString();
  }

  /** Writes the entries sorted, so that the same model always gives the same bytes. */
  void write(Writer out) throws IOException {
    for (Map.Entry<String, EntityType> e : new TreeMap<>(names).entrySet()) {
      out.write(Labels.code(e.getValue()) + "\t" + e.getKey() + "\n");
    }
  }

  static Gazetteer read(BufferedReader in) throws IOException {
    Map<String, EntityType> names = new HashMap<>();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        names.put(line.substring(tab + 1), Labels.type(line.substring(0, tab)));
      }
    }
    return new Gazetteer(names);
  }
}
