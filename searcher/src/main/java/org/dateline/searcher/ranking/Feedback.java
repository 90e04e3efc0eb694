package org.dateline.searcher.ranking;

/**
 * Pseudo-relevance feedback settings (RM3): expand the query with the terms that best describe the
 * top articles of a first search, then search again.
 *
 * @param documents how many top articles feed the relevance model
 * @param terms how many expansion terms to keep
 * @param originalWeight weight of the original query against the expansion, in (0, 1]
 */
public record Feedback(int documents, int terms, double originalWeight) {

  /**
   * The textbook RM3 setting (as in Anserini), and Dateline's default: 10 articles, 10 terms,
   * original weight 0.5.
   */
  public static final Feedback RM3 = new Feedback(10, 10, 0.5);

  public Feedback {
    if (documents < 1 || documents > 1000) {
      throw new IllegalArgumentException(
          "feedback documents (" + documents + ") must be between 1 and 1000");
    }
    if (terms < 1 || terms > 1000) {
      throw new IllegalArgumentException(
          "feedback terms (" + terms + ") must be between 1 and 1000");
    }
    if (!(originalWeight > 0 && originalWeight <= 1)) {
      throw new IllegalArgumentException(
          "feedback original-query weight (" + originalWeight + ") must be in (0, 1]");
    }
  }
}
