package org.dateline.searcher.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicRunnerTest {

  private static final List<Topic> TOPICS =
      List.of(new Topic("2", "budget vote"), new Topic("1", "troops iraq"));

  @Test
  void ranksEveryTopicIntoARun() throws Exception {
    Ranker ranker =
        (query, depth) ->
            query.startsWith("troops")
                ? List.of(new ScoredDoc("a1", 2.5), new ScoredDoc("a2", 1.25))
                : List.of(new ScoredDoc("b1", 0.5));
    StringWriter out = new StringWriter();
    TopicRunner.run(TOPICS, ranker, 10, "fake").write(out);
    assertEquals("1 Q0 a1 1 2.5 fake\n1 Q0 a2 2 1.25 fake\n2 Q0 b1 1 0.5 fake\n", out.toString());
  }

  @Test
  void runEachGoesOnPastTopicsTheRankerCannotRankAndListsThem() throws Exception {
    List<Topic> topics =
        List.of(
            new Topic("1", "troops iraq", 1),
            new Topic("2", "too many words", 2),
            new Topic("3", "slow query", 3));
    IllegalArgumentException refused = new IllegalArgumentException("too many clauses");
    IncompleteRankingException late = new IncompleteRankingException("slow query", "out of time");
    Ranker ranker =
        (query, depth) -> {
          if (query.startsWith("too many")) {
            throw refused;
          }
          if (query.startsWith("slow")) {
            throw late;
          }
          return List.of(new ScoredDoc("a1", 1));
        };
    TopicRunner.Outcome outcome = TopicRunner.runEach(topics, ranker, 10, "t");
    assertEquals(List.of("1"), outcome.run().topics());
    assertEquals(
        List.of(
            new TopicRunner.Rejected(topics.get(1), refused),
            new TopicRunner.Rejected(topics.get(2), late)),
        outcome.rejected());
    // run, for assertions, stops at the first
    assertThrows(IllegalArgumentException.class, () -> TopicRunner.run(topics, ranker, 10, "t"));
  }

  @Test
  void refusesARankerThatReturnsAnArticleTwice() {
    Ranker twice = (query, depth) -> List.of(new ScoredDoc("a", 2), new ScoredDoc("a", 1));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> TopicRunner.run(TOPICS, twice, 10, "t"));
    assertEquals(
        "ranker output is not a valid run: topic '2' retrieves 'a' twice; a ranking lists each"
            + " document once",
        e.getMessage());
  }

  @Test
  void refusesARankerThatReturnsMoreThanTheDepth() {
    Ranker many = (query, depth) -> List.of(new ScoredDoc("a", 2), new ScoredDoc("b", 1));
    assertThrows(IllegalStateException.class, () -> TopicRunner.run(TOPICS, many, 1, "t"));
  }
}
