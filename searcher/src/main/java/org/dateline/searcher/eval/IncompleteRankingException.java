package org.dateline.searcher.eval;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown by a {@link Ranker} that could not rank a query completely, for example because its search
 * ran out of time: a ranking cut short would be scored as if it were the whole ranking, and score
 * too low without saying why, so there is no ranking to score. The message names the query, says
 * why the ranking is incomplete, and what would complete it.
 */
public class IncompleteRankingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String query;
  private final Duration timeLimit;

  /**
   * @param query the query that could not be ranked completely
   * @param message names the query, says why the ranking is incomplete and what would complete it
   */
  public IncompleteRankingException(String query, String message) {
    this(query, null, message);
  }

  /**
   * @param query the query that could not be ranked completely
   * @param timeLimit the time limit its search ran out of, or {@code null} for another reason
   * @param message names the query, says why the ranking is incomplete and what would complete it
   */
  public IncompleteRankingException(String query, Duration timeLimit, String message) {
    super(message);
    this.query = Objects.requireNonNull(query, "query");
    this.timeLimit = timeLimit;
  }

  /** The query that could not be ranked completely. */
  public String query() {
    return query;
  }

  /**
   * The time limit the search ran out of, when that is why the ranking is incomplete: a program
   * that set the limit can then say how to give more time in its own terms.
   */
  public Optional<Duration> timeLimit() {
    return Optional.ofNullable(timeLimit);
  }
}
