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

  /** Number of tokens in the document. */
  public int tokenCount() {
    return sentences.stream().mapToInt(s -> s.length).sum();
  }
}
