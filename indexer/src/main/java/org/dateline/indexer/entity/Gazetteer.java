package org.dateline.indexer.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Names with their most frequent type, matched longest-first on lower-cased tokens. The tagger uses
 * a match only as a feature, so a listed name can still be typed otherwise in context. The lists
 * are built by the trainer from the training annotations and stored inside the model. Immutable and
 * thread-safe.
 */
final class Gazetteer {

  static final int MAX_NAME_TOKENS = 6;

  private final Map<String, EntityType> names;
  private final Set<String> firstTokens;

  Gazetteer(Map<String, EntityType> names) {
    this.names = Map.copyOf(names);
    Set<String> first = new HashSet<>();
    for (String name : names.keySet()) {
      int space = name.indexOf(' ');
      first.add(space < 0 ? name : name.substring(0, space));
    }
    this.firstTokens = Set.copyOf(first);
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

  /**
   * Marks the longest listed names in a sentence; a name must start with a capital in {@code view}.
   *
   * @return per token {@code B-LOC}, {@code I-LOC}, {@code U-LOC} ... or {@code null}
   */
  String[] match(String[] view, String[] lower) {
    String[] tags = new String[view.length];
    int i = 0;
    while (i < view.length) {
      int found = 0;
      EntityType type = null;
      if (Character.isUpperCase(view[i].charAt(0)) && firstTokens.contains(lower[i])) {
        StringBuilder key = new StringBuilder(lower[i]);
        int limit = Math.min(view.length, i + MAX_NAME_TOKENS);
        for (int j = i + 1; j <= limit; j++) {
          if (j > i + 1) {
            key.append(' ').append(lower[j - 1]);
          }
          EntityType t = names.get(key.toString());
          if (t != null) {
            found = j - i;
            type = t;
          }
        }
      }
      if (found == 0) {
        i++;
        continue;
      }
      String suffix = Labels.code(type);
      if (found == 1) {
        tags[i] = "U-" + suffix;
      } else {
        tags[i] = "B-" + suffix;
        for (int k = i + 1; k < i + found; k++) {
          tags[k] = "I-" + suffix;
        }
      }
      i += found;
    }
    return tags;
  }

  int size() {
    return names.size();
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
