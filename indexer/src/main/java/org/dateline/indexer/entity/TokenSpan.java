package org.dateline.indexer.entity;

/**
 * A typed name over tokens of one sentence.
 *
 * @param start index of the first token
 * @param end index after the last token (exclusive)
 * @param type what kind of name
 */
public record TokenSpan(int start, int end, EntityType type) {

  public TokenSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad token span [" + start + ", " + end + ")");
    }
  }
}
