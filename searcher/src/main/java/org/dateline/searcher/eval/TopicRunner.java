package org.dateline.searcher.eval;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs every topic of a topic set through a {@link Ranker}, producing a {@link Run}. */
public final class TopicRunner {

  /**
   * A topic the ranker could not rank, and why: it refused the query ({@link
   * IllegalArgumentException}: too many clauses, say) or could not rank it completely ({@link
   * IncompleteRankingException}).
   */
  public record Rejected(Topic topic, RuntimeException reason) {}

  /**
   * What {@link #runEach} made of a topic set.
   *
   * @param run the rankings of the topics ranked; a rejected topic has none
   * @param rejected the topics the ranker could not rank, in topic order
   */
  public record Outcome(Run run, List<Rejected> rejected) {

    public Outcome {
      rejected = List.copyOf(rejected);
    }
  }

  private TopicRunner() {}

  /**
   * Ranks every topic's query.
   *
   * @param depth the number of articles asked for per topic; > 0 (1000 is TREC's custom)
   * @param tag the run tag, without white space
   * @throws IllegalStateException when the ranker returns more than {@code depth} articles or one
   *     article twice for a topic
   * @throws IncompleteRankingException when the ranker could not rank a topic completely
   * @throws IllegalArgumentException when the ranker refuses a topic's query
   */
  public static Run run(List<Topic> topics, Ranker ranker, int depth, String tag)
      throws IOException {
    return run(topics, ranker, depth, tag, false).run();
  }

  /**
   * Ranks every topic's query, going on past the topics the ranker cannot rank: one it refuses
   * ({@link IllegalArgumentException}) or cannot rank completely ({@link
   * IncompleteRankingException}) is left out of the run and listed with the reason, so that one bad
   * topic costs only itself.
   *
   * @param depth the number of articles asked for per topic; > 0 (1000 is TREC's custom)
   * @param tag the run tag, without white space
   * @throws IllegalStateException when the ranker returns more than {@code depth} articles or one
   *     article twice for a topic: the ranker, not the topic, is at fault
   */
  public static Outcome runEach(List<Topic> topics, Ranker ranker, int depth, String tag)
      throws IOException {
    return run(topics, ranker, depth, tag, true);
  }

  private static Outcome run(
      List<Topic> topics, Ranker ranker, int depth, String tag, boolean goOnPastRejected)
      throws IOException {
    if (depth <= 0) {
      throw new IllegalArgumentException("depth must be > 0, found " + depth);
    }
    Map<String, List<ScoredDoc>> rankings = new LinkedHashMap<>();
    List<Rejected> rejected = new ArrayList<>();
    for (Topic topic : topics) {
      List<ScoredDoc> ranked;
      try {
        ranked = ranker.rank(topic.query(), depth);
      } catch (IllegalArgumentException | IncompleteRankingException e) {
        if (!goOnPastRejected) {
          throw e;
        }
        rejected.add(new Rejected(topic, e));
        continue;
      }
      requireAtMost(depth, ranked, "topic '" + topic.id() + "'");
      rankings.put(topic.id(), ranked);
    }
    try {
      return new Outcome(Run.of(tag, rankings), rejected);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("ranker output is not a valid run: " + e.getMessage(), e);
    }
  }

  /**
   * Refuses a ranking of more articles than the ranker was asked for: it broke the {@link Ranker}
   * contract, and an article ranked below the depth would count.
   *
   * @param what the query ranked, for the message: {@code topic '7'}
   */
  static void requireAtMost(int depth, List<ScoredDoc> ranked, String what) {
    if (ranked.size() > depth) {
      throw new IllegalStateException(
          "ranker returned "
              + ranked.size()
              + " articles for "
              + what
              + ", more than the depth "
              + depth);
    }
  }
}
