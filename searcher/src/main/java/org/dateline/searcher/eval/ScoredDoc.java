package org.dateline.searcher.eval;

import java.util.Comparator;
import java.util.Objects;

/**
 * One retrieved document (for Dateline, an article id) and its score.
 *
 * @param docId the document id; not empty, no white space that splits the columns of a run line
 *     ({@link Run#isOneColumn})
 * @param score higher is better; finite
 */
public record ScoredDoc(String docId, double score) {

  /**
   * trec_eval's ranking order: score descending, ties broken by document id in descending byte
   * order. The rank column of a run file plays no part.
   */
  public static final Comparator<ScoredDoc> TREC_EVAL_ORDER =
      Comparator.comparingDouble(ScoredDoc::score)
          .reversed()
          .thenComparing(ScoredDoc::docId, Ids.TREC_ORDER.reversed());

  public ScoredDoc {
    Objects.requireNonNull(docId, "docId");
    if (!Ids.isWord(docId)) {
      throw new IllegalArgumentException(
          "docId must be non-empty without space, tab or line break, found '" + docId + "'");
    }
    if (!Double.isFinite(score)) {
      throw new IllegalArgumentException("score of '" + docId + "' must be finite, found " + score);
    }
    // trec_eval compares scores with C's < and >, for which -0 and 0 are equal (a tie, broken by
    // document id); Double.compare would put -0 first
    score += 0.0;
  }
}
