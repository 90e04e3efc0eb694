package org.dateline.searcher.eval;

import java.io.IOException;
import java.util.List;

/**
 * A system under evaluation: turns a query into a ranked list of article ids with scores. This is
 * all the evaluation needs from a search engine; the engine's searcher implements it (or adapts to
 * it with a lambda), and tests can use a fake.
 *
 * <pre>{@code
 * Ranker ranker = (query, depth) -> newsSearcher
 *     .search(SearchRequest.builder(query).limit(depth).paragraphsPerHit(0).build())
 *     .hits().stream()
 *     .map(hit -> new ScoredDoc(hit.id(), hit.score()))
 *     .toList();
 * }</pre>
 *
 * <p>{@code SearchRanker} is that adapter, with the query read as plain words and rankings deeper
 * than one request's window.
 */
@FunctionalInterface
public interface Ranker {

  /**
   * The best articles for the query, best first, at most {@code depth} of them, each at most once.
   * Scores should decrease along the list: evaluation orders by score (as trec_eval does), breaking
   * ties by article id, whatever the list order.
   *
   * @param query the query text as a user or topic file gives it
   * @param depth how many articles to return at most; > 0
   * @throws IncompleteRankingException when the ranking could not be completed (the search ran out
   *     of time): a ranking cut short is never returned as if it were whole
   * @throws IllegalArgumentException when the query cannot be run at all (it expands to too many
   *     clauses, say)
   */
  List<ScoredDoc> rank(String query, int depth) throws IOException;
}
