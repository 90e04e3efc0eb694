package org.dateline.searcher.eval;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs every topic of a topic set through a {@link Ranker}, producing a {@link Run}. */
public final class TopicRunner {

  private TopicRunner() {}

  /**
   * Ranks every topic's query.
   *
   * @param depth the number of articles asked for per topic; > 0 (1000 is TREC's custom)
   * @param tag the run tag, without white space
   * @throws IllegalStateException when the ranker returns more than {@code depth} articles or one
   *     article twice for a topic
   * @throws IncompleteRankingException when the ranker could not rank a topic completely
   */
  public static Run run(List<Topic> topics, Ranker ranker, int depth, String tag)
      throws IOException {
    if (depth <= 0) {
      throw new IllegalArgumentException("depth must be > 0, found " + depth);
    }
    Map<String, List<ScoredDoc>> rankings = new LinkedHashMap<>();
    for (Topic topic : topics) {
      List<ScoredDoc> ranked = ranker.rank(topic.query(), depth);
      if (ranked.size() > depth) {
        throw new IllegalStateException(
            "ranker returned "
                + ranked.size()
                + " articles for topic '"
                + topic.id()
                + "', more than the depth "
                + depth);
      }
      rankings.put(topic.id(), ranked);
    }
    try {
      return Run.of(tag, rankings);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("ranker output is not a valid run: " + e.getMessage(), e);
    }
  }
}
