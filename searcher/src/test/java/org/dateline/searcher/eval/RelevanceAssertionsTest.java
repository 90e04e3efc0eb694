package org.dateline.searcher.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RelevanceAssertionsTest {

  /** A fake engine: fixed rankings per query text, scores decreasing. */
  private static final Map<String, List<String>> RESULTS =
      Map.of(
          "troops iraq", List.of("a1", "a9", "a2"),
          "budget vote", List.of("a8", "a4", "a7", "a5", "a3"));

  private static final Ranker RANKER =
      (query, depth) -> {
        List<String> ids = RESULTS.getOrDefault(query, List.of());
        return ids.stream()
            .limit(depth)
            .map(id -> new ScoredDoc(id, 10 - ids.indexOf(id)))
            .toList();
      };

  private static final JudgmentList LIST =
      new JudgmentList(
          "politics",
          List.of(
              new JudgedQuery("q1", "troops iraq", Map.of("a1", 2, "a2", 1)),
              new JudgedQuery("q2", "budget vote", Map.of("a3", 1, "a4", 0))));

  @Test
  void passesWhenTheListMeetsTheBar() throws Exception {
    // q1: relevant at ranks 1 and 3, MAP (1 + 2/3)/2 = 0.8333; q2: rank 5, MAP 1/5. Mean 0.5167
    JudgmentListAssert list = RelevanceAssertions.forRanker(RANKER).assertThat(LIST);
    list.mapAtLeast(0.5).reciprocalRankAtLeast(0.6).assertInTop("q1", "a2", 3);
    assertEquals((5.0 / 6 + 0.2) / 2, list.mean(Metric.of(Metric.Kind.MAP)), 1e-12);
  }

  @Test
  void failureShowsTheQueriesBelowTheBarWithTheirRankings() throws Exception {
    // ndcg_cut_5 q1: (2 + 1/log2(4)) / (2 + 1/log2(3)) = 2.5 / 2.630930 = 0.950231; q2: the only
    // relevant article at rank 5: (1/log2(6)) / 1 = 0.386853. Mean 0.668542
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () -> RelevanceAssertions.forRanker(RANKER).assertThat(LIST).ndcgAtLeast(5, 0.9));
    String expected =
        """
        ndcg_cut_5 over judgment list 'politics' (2 queries) is 0.6685, expected at least 0.9000.
          queries below 0.9000, worst first (1 of 1 shown):
            q2 "budget vote": ndcg_cut_5 = 0.3869
               1. a8  (score 10.0000)
               2. a4 [rel 0]  (score 9.0000)
               3. a7  (score 8.0000)
               4. a5  (score 7.0000)
               5. a3 [rel 1]  (score 6.0000)
        """;
    assertEquals(expected, e.getMessage());
  }

  @Test
  void failureOfInTopShowsWhereTheArticleRanks() throws Exception {
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () ->
                RelevanceAssertions.forRanker(RANKER).assertThat(LIST).assertInTop("q2", "a3", 2));
    String expected =
        """
        article 'a3' is not in the top 2 for query q2 "budget vote" of judgment list 'politics': \
        it ranks 5.
            top 2:
               1. a8  (score 10.0000)
               2. a4 [rel 0]  (score 9.0000)
              relevant, not in the top 2: a3 [rel 1]
        """;
    assertEquals(expected, e.getMessage());
  }

  @Test
  void refusesATopDeeperThanTheRankerIsAskedRatherThanFailingWrongly() throws Exception {
    JudgmentListAssert list = RelevanceAssertions.forRanker(RANKER).withDepth(3).assertThat(LIST);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> list.assertInTop("q2", "a3", 5));
    assertEquals(
        "the top 5 needs 5 ranks but the ranker is asked for 3;"
            + " use RelevanceAssertions.withDepth(5)",
        e.getMessage());
  }

  @Test
  void aThresholdCopiedFromPrintedFiguresPassesDespiteFloatingPointSums() throws Exception {
    // P_10: 1/10 and 7/10, whose mean in doubles is 0.39999999999999997, printed 0.4000
    Ranker ranker =
        (query, depth) ->
            java.util.stream.IntStream.range(0, 10)
                .mapToObj(i -> new ScoredDoc(query + i, 10 - i))
                .toList();
    JudgmentList list =
        new JudgmentList(
            "p",
            List.of(
                new JudgedQuery("q1", "x", Map.of("x0", 1)),
                new JudgedQuery(
                    "q2",
                    "y",
                    Map.of("y0", 1, "y1", 1, "y2", 1, "y3", 1, "y4", 1, "y5", 1, "y6", 1))));
    JudgmentListAssert assertion = RelevanceAssertions.forRanker(ranker).assertThat(list);
    assertion.precisionAtLeast(10, 0.4);
    assertThrows(AssertionError.class, () -> assertion.precisionAtLeast(10, 0.4001));
    // each query: the same tolerance as the mean
    assertion.eachQueryAtLeast(Metric.at(Metric.Kind.P, 10), 0.1 + 1e-10);
    assertThrows(
        AssertionError.class, () -> assertion.eachQueryAtLeast(Metric.at(Metric.Kind.P, 10), 0.2));
  }

  @Test
  void refusesARankerThatRanksAnArticleTwiceForARawQuery() {
    Ranker twice = (query, depth) -> List.of(new ScoredDoc("a", 2), new ScoredDoc("a", 1));
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> RelevanceAssertions.forRanker(twice).assertInTop("q", "a", 1));
    assertEquals(
        "ranker output is not a valid ranking: article 'a' is ranked twice for query \"q\"",
        e.getMessage());
    assertThrows(
        NullPointerException.class,
        () -> RelevanceAssertions.forRanker(RANKER).assertInTop(null, "a", 1));
  }

  @Test
  void checksAnArticleForARawQueryText() throws Exception {
    RelevanceAssertions assertions = RelevanceAssertions.forRanker(RANKER);
    assertions.assertInTop("troops iraq", "a9", 2);
    AssertionError e =
        assertThrows(AssertionError.class, () -> assertions.assertInTop("troops iraq", "zz", 1));
    assertEquals(
        "article 'zz' is not in the top 1 for query \"troops iraq\": it is not among the 3"
            + " articles retrieved.\n    top 1:\n       1. a1  (score 10.0000)\n",
        e.getMessage());
  }

  @Test
  void printsMeansAsEvalDoesRoundingTheBinaryValueHalfToEven() throws Exception {
    // recip_rank: 1 and 1/16, mean 17/32 = 0.53125 exactly, a tie: eval prints 0.5312
    Ranker ranker =
        (query, depth) ->
            java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> new ScoredDoc(query + i, 20 - i))
                .toList();
    JudgmentList list =
        new JudgmentList(
            "rr",
            List.of(
                new JudgedQuery("q1", "x", Map.of("x0", 1)),
                new JudgedQuery("q2", "y", Map.of("y15", 1))));
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () ->
                RelevanceAssertions.forRanker(ranker).assertThat(list).reciprocalRankAtLeast(0.6));
    assertEquals(
        "recip_rank over judgment list 'rr' (2 queries) is 0.5312, expected at least 0.6000.",
        e.getMessage().lines().findFirst().orElseThrow());
  }

  @Test
  void failureOnAnEmptyRankingSaysSoRatherThanShowATopZero() throws Exception {
    AssertionError raw =
        assertThrows(
            AssertionError.class,
            () -> RelevanceAssertions.forRanker(RANKER).assertInTop("no such words", "a1", 3));
    assertEquals(
        "article 'a1' is not in the top 3 for query \"no such words\": the ranking is empty.\n",
        raw.getMessage());

    JudgmentList empty =
        new JudgmentList(
            "empty", List.of(new JudgedQuery("q9", "no such words", Map.of("a1", 1, "a2", 0))));
    JudgmentListAssert list = RelevanceAssertions.forRanker(RANKER).assertThat(empty);
    AssertionError inTop =
        assertThrows(AssertionError.class, () -> list.assertInTop("q9", "a1", 3));
    assertEquals(
        "article 'a1' is not in the top 3 for query q9 \"no such words\" of judgment list 'empty':"
            + " the ranking is empty.\n      relevant, not retrieved: a1 [rel 1]\n",
        inTop.getMessage());
    AssertionError mean = assertThrows(AssertionError.class, () -> list.mapAtLeast(0.5));
    assertTrue(
        mean.getMessage()
            .endsWith(
                "q9 \"no such words\": map = 0.0000\n      (nothing retrieved)\n"
                    + "      relevant, not retrieved: a1 [rel 1]\n"),
        mean.getMessage());
  }

  @Test
  void aRankingShorterThanTheRanksShownListsTheMissingRelevantAsNotRetrieved() throws Exception {
    // q1 retrieves a1, a9, a2 (3 of the 10 ranks shown); a5, relevant, is not retrieved at all
    JudgmentList list =
        new JudgmentList("short", List.of(new JudgedQuery("q1", "troops iraq", Map.of("a5", 1))));
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () -> RelevanceAssertions.forRanker(RANKER).assertThat(list).mapAtLeast(0.5));
    assertTrue(
        e.getMessage().endsWith("      relevant, not retrieved: a5 [rel 1]\n"), e.getMessage());
  }

  @Test
  void refusesARankerThatReturnsMoreThanAskedForARawQueryAsForAList() throws Exception {
    Ranker generous =
        (query, depth) ->
            List.of(new ScoredDoc("a", 3), new ScoredDoc("b", 2), new ScoredDoc("c", 1));
    RelevanceAssertions assertions = RelevanceAssertions.forRanker(generous).withDepth(2);
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> assertions.assertInTop("q", "c", 1));
    assertEquals(
        "ranker returned 3 articles for query \"q\", more than the depth 2", e.getMessage());
    assertThrows(
        IllegalStateException.class,
        () ->
            assertions.assertThat(
                new JudgmentList("l", List.of(new JudgedQuery("q1", "q", Map.of("a", 1))))));
  }

  @Test
  void everyQueryMustReachTheBarWhenAskedPerQuery() throws Exception {
    JudgmentListAssert list = RelevanceAssertions.forRanker(RANKER).assertThat(LIST);
    AssertionError e =
        assertThrows(
            AssertionError.class,
            () -> list.eachQueryAtLeast(Metric.of(Metric.Kind.RECIP_RANK), 0.5));
    assertEquals(
        "some queries of judgment list 'politics' score below 0.5000 on recip_rank.",
        e.getMessage().lines().findFirst().orElseThrow());
  }

  @Test
  void refusesCutoffsDeeperThanTheRankerIsAsked() throws Exception {
    JudgmentListAssert list = RelevanceAssertions.forRanker(RANKER).withDepth(10).assertThat(LIST);
    assertThrows(IllegalArgumentException.class, () -> list.precisionAtLeast(20, 0.1));
  }

  @Test
  void refusesAThresholdThatIsNotANumberRatherThanPassingAlways() throws Exception {
    JudgmentListAssert list = RelevanceAssertions.forRanker(RANKER).assertThat(LIST);
    assertThrows(IllegalArgumentException.class, () -> list.ndcgAtLeast(10, Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> list.mapAtLeast(Double.NaN));
    assertThrows(
        IllegalArgumentException.class,
        () -> list.eachQueryAtLeast(Metric.of(Metric.Kind.MAP), Double.NaN));
  }
}
