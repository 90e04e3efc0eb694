package org.dateline.indexer.entity;

import java.util.List;

/**
 * One annotated document: its sentences of tokens and the gold names in each.
 *
 * @param sentences tokens per sentence
 * @param names gold names per sentence, in the same order
 */
public record LabeledDocument(List<String[]> sentences, List<List<TokenSpan>> names) {

  public LabeledDocument {
    if (sentences.size() != names.size()) {
      throw new IllegalArgumentException(
          sentences.size() + " sentences but " + names.size() + " name lists; they must match");
    }
  }

  /**
   * The document as written in capitals (as wire and archive text often is): every letter upper
   * case, letter by letter so that lengths stay ("ß" stays, not "SS"); the names where they were.
   */
  public LabeledDocument inCapitals() {
    List<String[]> upper = new java.util.ArrayList<>(sentences.size());
    for (String[] s : sentences) {
      String[] u = new String[s.length];
      for (int i = 0; i < s.length; i++) {
        u[i] = capitals(s[i]);
      }
      upper.add(u);
    }
    return new LabeledDocument(upper, names);
  }

  /** Upper case letter by letter, so that lengths and offsets stay. */
  public static String capitals(String s) {
    char[] c = s.toCharArray();
    for (int i = 0; i < c.length; i++) {
      c[i] = Character.toUpperCase(c[i]);
    }
    return new String(c);
  }

  /** Number of tokens in the document. */
  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.length).sum();
  }
}
