package org.dateline.searcher.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RunComparisonTest {

  // three topics, one relevant document each
  private static final Qrels QRELS =
      Qrels.of(Map.of("1", Map.of("r1", 1), "2", Map.of("r2", 1), "3", Map.of("r3", 1)));

  private static Run run(String tag, Map<String, List<String>> ranked) {
    return Run.of(
        tag,
        ranked.entrySet().stream()
            .collect(
                Collectors.toMap(
                    Map.Entry::getKey,
                    e -> {
                      List<String> ids = e.getValue();
                      return IntStream.range(0, ids.size())
                          .mapToObj(i -> new ScoredDoc(ids.get(i), ids.size() - i))
                          .toList();
                    })));
  }

  @Test
  void countsWinsLossesTiesAndTestsTheDifference() {
    // recip_rank A: 1/2, 1/2, 1 ; B: 1, 1/4, 1  ->  B wins topic 1, loses 2, ties 3
    Run a = run("a", Map.of("1", List.of("x", "r1"), "2", List.of("x", "r2"), "3", List.of("r3")));
    Run b =
        run("b", Map.of("1", List.of("r1"), "2", List.of("x", "y", "z", "r2"), "3", List.of("r3")));
    Evaluator evaluator = new Evaluator(QRELS);
    List<Metric> metrics = Metric.parseList("recip_rank");
    List<MetricComparison> rows =
        RunComparison.compare(
            evaluator.evaluate(a, metrics),
            evaluator.evaluate(b, metrics),
            new RandomizationTest());
    MetricComparison row = rows.get(0);
    assertEquals(2.0 / 3, row.meanA(), 1e-12);
    assertEquals(0.75, row.meanB(), 1e-12);
    assertEquals(1.0 / 12, row.difference(), 1e-12);
    assertEquals(List.of(1, 1, 1), List.of(row.wins(), row.losses(), row.ties()));
    // d = (+0.5, -0.25, 0), sum 0.25: sign flips give +-0.75 and +-0.25 (each twice, 0 flips
    // either way): |sum| >= 0.25 always, p = 8/8
    assertEquals(1.0, row.pValue(), 1e-12);
  }

  @Test
  void refusesToCompareCounts() {
    Run a = run("a", Map.of("1", List.of("r1")));
    Evaluator evaluator = new Evaluator(QRELS);
    List<Metric> metrics = Metric.parseList("num_ret");
    Evaluation e = evaluator.evaluate(a, metrics);
    assertThrows(
        IllegalArgumentException.class, () -> RunComparison.compare(e, e, new PairedTTest()));
  }
}
