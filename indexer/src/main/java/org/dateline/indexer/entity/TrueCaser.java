package org.dateline.indexer.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Restores the usual casing of words in lines written in capitals: {@code WASHINGTON} becomes
 * {@code Washington}, {@code SAID} becomes {@code said}, {@code NATO} stays. The casing table is
 * learnt from mixed-case sentences of the training data (never from sentence-initial words) and
 * stored inside the model. Immutable and thread-safe.
 */
final class TrueCaser {

  private final Map<String, String> forms;

  /** Takes {@code forms} as is: the caller hands it over and keeps no reference. */
  TrueCaser(Map<String, String> forms) {
    this.forms = Collections.unmodifiableMap(forms);
  }

  /** Learns the most frequent casing of each word from sentences that are not in capitals. */
  static TrueCaser learn(List<String[]> sentences) {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (String[] s : sentences) {
      if (TokenShapes.isCapsLine(s)) {
        continue;
      }
      for (int i = 1; i < s.length; i++) {
        String t = s[i];
        if (Character.isLetter(t.charAt(0))) {
          counts
              .computeIfAbsent(TokenShapes.lower(t), k -> new HashMap<>())
              .merge(t, 1, Integer::sum);
        }
      }
    }
    Map<String, String> forms = new HashMap<>();
    counts.forEach(
        (lower, variants) ->
            forms.put(
                lower,
                variants.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey()));
    return new TrueCaser(forms);
  }

  /**
   * The usual form of a word as the training text wrote it, or {@code null} for a word it lacks.
   */
  String usualForm(String word) {
    return forms.get(TokenShapes.lower(word));
  }

  /** The usual form of {@code token} when written in capitals, else {@code token} itself. */
  String apply(String token) {
    if (!TokenShapes.isAllCaps(token)) {
      return token;
    }
    String form = usualForm(token);
    if (form != null) {
      return form;
    }
    // unknown words in capitals are mostly names; short ones mostly acronyms
    return token.length() > 3 && Character.isLetter(token.charAt(0))
        ? TokenShapes.titleCase(token)
        : token;
  }

  int size() {
    return forms.size();
  }

  /** Writes the entries sorted, so that the same model always gives the same bytes. */
  void write(Writer out) throws IOException {
    for (Map.Entry<String, String> e : new TreeMap<>(forms).entrySet()) {
      out.write(e.getValue());
      out.write('\n');
    }
  }

  static TrueCaser read(BufferedReader in) throws IOException {
    Map<String, String> forms = new HashMap<>();
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (!line.isEmpty()) {
        forms.put(TokenShapes.lower(line), line);
      }
    }
    return new TrueCaser(forms);
  }
}
