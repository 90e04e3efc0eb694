package org.dateline.searcher.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Relevance assertions for an application's tests: whether a {@link Ranker} ranks well over a
 * {@link JudgmentList}, or puts an article near the top for a query. Failures throw {@link
 * AssertionError} with the offending queries and their top rankings, so a test report shows what
 * went wrong without a debugger.
 *
 * <pre>{@code
 * RelevanceAssertions.forRanker(ranker)
 *     .assertInTop("troops iraq", "000_04c7bd04d78f40db", 3)
 *     .assertThat(JudgmentList.read(Path.of("src/test/resources/politics.json")))
 *     .ndcgAtLeast(10, 0.6)
 *     .assertInTop("q1", "000_04c7bd04d78f40db", 3);
 * }</pre>
 *
 * Measures follow trec_eval: rankings are ordered by score, ties by article id. Immutable; as
 * thread-safe as the ranker.
 */
public final class RelevanceAssertions {

  /** How many articles are asked of the ranker per query unless {@link #withDepth} says else. */
  public static final int DEFAULT_DEPTH = 100;

  private final Ranker ranker;
  private final int depth;

  private RelevanceAssertions(Ranker ranker, int depth) {
    this.ranker = ranker;
    this.depth = depth;
  }

  /** Assertions on this ranker, asking it for {@link #DEFAULT_DEPTH} articles per query. */
  public static RelevanceAssertions forRanker(Ranker ranker) {
    return new RelevanceAssertions(ranker, DEFAULT_DEPTH);
  }

  /** The same assertions asking for {@code depth} articles per query; recall and MAP need depth. */
  public RelevanceAssertions withDepth(int depth) {
    if (depth <= 0) {
      throw new IllegalArgumentException("depth must be > 0, found " + depth);
    }
    return new RelevanceAssertions(ranker, depth);
  }

  /**
   * Asserts that the article is among the first {@code n} results for the query text.
   *
   * @return this, to chain further assertions
   * @throws AssertionError showing the top {@code n} and where the article ranks, if anywhere
   * @throws IllegalStateException when the ranker returns one article twice, or more articles than
   *     it was asked for (the larger of {@code n} and the depth), as {@link #assertThat} refuses
   * @throws IncompleteRankingException when the ranker could not rank the query completely (its
   *     search ran out of time): a ranking cut short is never asserted on
   */
  public RelevanceAssertions assertInTop(String query, String articleId, int n) throws IOException {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(articleId, "articleId");
    int asked = Math.max(n, depth);
    List<ScoredDoc> ranking = new ArrayList<>(ranker.rank(query, asked));
    TopicRunner.requireAtMost(asked, ranking, "query \"" + query + "\"");
    Set<String> seen = new HashSet<>();
    for (ScoredDoc doc : ranking) {
      if (!seen.add(doc.docId())) {
        throw new IllegalStateException(
            "ranker output is not a valid ranking: article '"
                + doc.docId()
                + "' is ranked twice for query \""
                + query
                + "\"");
      }
    }
    ranking.sort(ScoredDoc.TREC_EVAL_ORDER);
    checkInTop("query \"" + query + "\"", ranking, Map.of(), articleId, n);
    return this;
  }

  /**
   * Runs every query of the list through the ranker, for assertions over the list.
   *
   * @throws IllegalStateException when the ranker returns one article twice for a query
   * @throws IncompleteRankingException when the ranker could not rank a query completely (its
   *     search ran out of time): a ranking cut short is never scored
   */
  public JudgmentListAssert assertThat(JudgmentList list) throws IOException {
    return new JudgmentListAssert(
        list, TopicRunner.run(list.toTopics(), ranker, depth, "ranker"), depth);
  }

  static void checkInTop(
      String what, List<ScoredDoc> ranking, Map<String, Integer> grades, String articleId, int n) {
    if (n <= 0) {
      throw new IllegalArgumentException("n must be > 0, found " + n);
    }
    int position = -1;
    for (int i = 0; i < ranking.size(); i++) {
      if (ranking.get(i).docId().equals(articleId)) {
        position = i;
        break;
      }
    }
    if (position >= 0 && position < n) {
      return;
    }
    String failure = "article '" + articleId + "' is not in the top " + n + " for " + what + ": ";
    if (ranking.isEmpty()) {
      // no "top 0" to show
      throw new AssertionError(
          failure + "the ranking is empty.\n" + RankingText.missingRelevant(ranking, grades, n));
    }
    String where =
        position >= 0
            ? "it ranks " + (position + 1)
            : "it is not among the " + ranking.size() + " articles retrieved";
    throw new AssertionError(
        failure
            + where
            + ".\n    top "
            + Math.min(n, ranking.size())
            + ":\n"
            + RankingText.render(ranking, grades, n));
  }
}
