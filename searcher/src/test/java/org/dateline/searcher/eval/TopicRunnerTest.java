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
