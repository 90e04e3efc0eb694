package org.dateline.searcher.eval;

import java.util.Objects;

/**
 * Thrown by a {@link Ranker} that could not rank a query completely, for example because its search
 * ran out of time: a ranking cut short would be scored as if it were the whole ranking, and score
 * too low without saying why, so there is no ranking to score. The message names the query, says
 * why the ranking is incomplete, and what would complete it.
 */
public class IncompleteRankingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String query;

  /**
   * @param query the query that could not be ranked completely
   * @param message names the query, says why the ranking is incomplete and what would complete it
   */
  public IncompleteRankingException(String query, String message) {
    super(message);
    this.query = Objects.requireNonNull(query, "query");
  }

  /** The query that could not be ranked completely. */
  public String query() {
    return query;
  }
}
