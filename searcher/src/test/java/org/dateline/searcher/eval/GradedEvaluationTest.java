package org.dateline.searcher.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A small graded case, checked by hand, covering what {@code ../shared/reference/graded.*}
 * exercises: grades 0-3, score ties, a judged topic without relevant documents (b), a judged topic
 * missing from the run (c), a run topic without judgments (z), and the relevance level.
 *
 * <p>Topic a, after trec_eval's ordering (score descending, ties by docid descending, the rank
 * column ignored): 1 d4 (grade 0), 2 d1 (3), 3 d9 (unjudged), 4 d2 (2), 5 d5 (0), 6 d3 (1); d6
 * (grade 2) is not retrieved. At level 1 the relevant documents are d1 d2 d3 d6 (R = 4), found at
 * ranks 2, 4 and 6.
 */
class GradedEvaluationTest {

  private static final String QRELS =
      """
      a 0 d1 3
      a 0 d2 2
      a 0 d3 1
      a 0 d4 0
      a 0 d5 0
      a 0 d6 2
      b 0 x1 0
      c 0 c1 1
      """;

  private static final String RUN =
      """
      a Q0 d1 1 5.0 t
      a Q0 d4 2 5.0 t
      a Q0 d9 3 4.0 t
      a Q0 d2 4 3.0 t
      a Q0 d5 5 2.0 t
      a Q0 d3 6 1.0 t
      b Q0 x1 1 1.0 t
      b Q0 x2 2 0.5 t
      z Q0 d1 1 1.0 t
      """;

  private static final double EPS = 1e-6;

  private static Evaluation evaluate(int level, String metrics) throws Exception {
    Qrels qrels = Qrels.parse("graded.qrels", new StringReader(QRELS));
    Run run = Run.parse("graded.run", new StringReader(RUN));
    return new Evaluator(qrels, level).evaluate(run, Metric.parseList(metrics));
  }

  private static Metric m(String name) {
    return Metric.parseList(name).get(0);
  }

  @Test
  void scoresTopicAByHandAtLevelOne() throws Exception {
    Evaluation e =
        evaluate(
            1,
            "map,P_5,P_10,recall_5,Rprec,recip_rank,bpref,ndcg,ndcg_cut_2,"
                + "ndcg_cut_5,num_ret,num_rel,num_rel_ret");
    // map = (1/2 + 2/4 + 3/6) / R = 1.5 / 4
    assertEquals(0.375, e.value("a", m("map")), EPS);
    // P_5: d1, d2 in the top 5; P_10: d1, d2, d3, the missing ranks count as not relevant
    assertEquals(0.4, e.value("a", m("P_5")), EPS);
    assertEquals(0.3, e.value("a", m("P_10")), EPS);
    assertEquals(0.5, e.value("a", m("recall_5")), EPS);
    // Rprec: top R = 4 is d4 d1 d9 d2, 2 relevant, 2 / 4
    assertEquals(0.5, e.value("a", m("Rprec")), EPS);
    assertEquals(0.5, e.value("a", m("recip_rank")), EPS);
    // bpref: judged nonrelevant N = 2 (d4, d5), divisor min(N, R) = 2; d1 after 1 nonrel: 1 - 1/2;
    // d2 after 1: 1 - 1/2; d3 after 2: 1 - 2/2; d9 is unjudged and skipped. (0.5+0.5+0) / 4
    assertEquals(0.25, e.value("a", m("bpref")), EPS);
    // ndcg: DCG = 3/log2(3) + 2/log2(5) + 1/log2(7) = 1.892789 + 0.861353 + 0.356207 = 3.110350;
    // ideal 3 2 2 1: 3/1 + 2/log2(3) + 2/log2(4) + 1/log2(5) = 3 + 1.261860 + 1 + 0.430677 =
    // 5.692536; 3.110350 / 5.692536 = 0.546391
    assertEquals(0.546391, e.value("a", m("ndcg")), EPS);
    // ndcg_cut_5: (1.892789 + 0.861353) / 5.692536 = 0.483816
    assertEquals(0.483816, e.value("a", m("ndcg_cut_5")), EPS);
    // ndcg_cut_2: 1.892789 / (3 + 1.261860) = 0.444123
    assertEquals(0.444123, e.value("a", m("ndcg_cut_2")), EPS);
    assertEquals(6, e.value("a", m("num_ret")));
    assertEquals(4, e.value("a", m("num_rel")));
    assertEquals(3, e.value("a", m("num_rel_ret")));
  }

  @Test
  void scoresJudgedTopicsWithoutRelevantOrWithoutRankingAsZero() throws Exception {
    Evaluation e = evaluate(1, "map,ndcg,bpref,recip_rank,num_ret,num_rel");
    assertEquals(List.of("a", "b", "c"), e.topics());
    for (String topic : List.of("b", "c")) {
      assertEquals(0, e.value(topic, m("map")));
      assertEquals(0, e.value(topic, m("ndcg")));
      assertEquals(0, e.value(topic, m("bpref")));
      assertEquals(0, e.value(topic, m("recip_rank")));
    }
    assertEquals(2, e.value("b", m("num_ret")));
    assertEquals(0, e.value("c", m("num_ret")));
    assertEquals(1, e.value("c", m("num_rel")));
  }

  @Test
  void averagesOverEveryJudgedTopicAndIgnoresUnjudgedRunTopics() throws Exception {
    Evaluation e = evaluate(1, "map,P_5,ndcg,num_q,num_ret,num_rel,num_rel_ret");
    // three judged topics a b c; z is ranked but not judged
    assertEquals(0.375 / 3, e.summary(m("map")), EPS);
    assertEquals(0.4 / 3, e.summary(m("P_5")), EPS);
    assertEquals(0.546391 / 3, e.summary(m("ndcg")), EPS);
    assertEquals(3, e.summary(m("num_q")));
    // num_ret: 6 (a) + 2 (b) + 0 (c); z's line is not counted
    assertEquals(8, e.summary(m("num_ret")));
    assertEquals(5, e.summary(m("num_rel")));
    assertEquals(3, e.summary(m("num_rel_ret")));
  }

  @Test
  void countsOnlyGradesAtTheLevelAsRelevantButKeepsGradedNdcg() throws Exception {
    Evaluation e = evaluate(2, "map,bpref,ndcg_cut_5,num_rel");
    // level 2: relevant d1 d2 d6 (R = 3) at ranks 2 and 4: (1/2 + 2/4) / 3
    assertEquals(1.0 / 3, e.value("a", m("map")), EPS);
    // nonrelevant now d3 d4 d5 (N = 3), divisor min(3, 3): d1 after 1, d2 after 1: (2/3 + 2/3) / 3
    assertEquals(4.0 / 9, e.value("a", m("bpref")), EPS);
    // nDCG uses grades whatever the level, as trec_eval's ndcg_cut does
    assertEquals(0.483816, e.value("a", m("ndcg_cut_5")), EPS);
    assertEquals(3, e.value("a", m("num_rel")));
    assertEquals(0, e.value("c", m("num_rel")));
    // trec_eval -c sums every grade above 0 for the summary num_rel, whatever the level
    assertEquals(5, e.summary(m("num_rel")));
  }

  @Test
  void printsLinesAsTrecEvalDoes() throws Exception {
    Evaluation e = evaluate(1, "runid,num_q,num_ret,map,P_5");
    List<String> expected =
        List.of(
            "num_ret               \ta\t6",
            "map                   \ta\t0.3750",
            "P_5                   \ta\t0.4000",
            "num_ret               \tb\t2",
            "map                   \tb\t0.0000",
            "P_5                   \tb\t0.0000",
            "num_ret               \tc\t0",
            "map                   \tc\t0.0000",
            "P_5                   \tc\t0.0000",
            "runid                 \tall\tt",
            "num_q                 \tall\t3",
            "num_ret               \tall\t8",
            "map                   \tall\t0.1250",
            "P_5                   \tall\t0.1333");
    assertEquals(expected, e.toTrecEvalLines(true));
  }

  @Test
  void roundsTheExactBinaryValueHalfToEvenAsCPrintfDoes() {
    Metric map = m("map");
    // 0.00015 is stored as 0.000149999...; 0.03125 is exact, a tie rounded to even
    assertEquals("0.0001", Evaluation.format(map, 0.00015));
    assertEquals("0.0312", Evaluation.format(map, 0.03125));
    assertEquals("12.5000", Evaluation.format(map, 12.5));
    assertEquals("7", Evaluation.format(m("num_ret"), 7.0));
  }
}
