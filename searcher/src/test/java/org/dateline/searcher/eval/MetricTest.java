package org.dateline.searcher.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricTest {

  @Test
  void parsesNamesWithCutoffsIntoTrecEvalOrder() {
    List<String> names =
        Metric.parseList("ndcg_cut.10, P_20,map,p_5,num_rel,P_5").stream()
            .map(Metric::name)
            .toList();
    assertEquals(List.of("num_rel", "map", "P_5", "P_20", "ndcg_cut_10"), names);
  }

  @Test
  void readsTrecEvalsCutoffListAsCutoffsOfTheMeasureBefore() {
    assertEquals(
        List.of(
            Metric.of(Metric.Kind.MAP), Metric.at(Metric.Kind.P, 5), Metric.at(Metric.Kind.P, 10)),
        Metric.parseList("map,P.5,10"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Metric.parseList("map,10"));
    assertTrue(e.getMessage().contains("must follow a measure with its cutoff"), e.getMessage());
    IllegalArgumentException zero =
        assertThrows(IllegalArgumentException.class, () -> Metric.parseList("P.5,0"));
    assertEquals("cutoff '0' after P must be a whole number above 0 (P.5,10)", zero.getMessage());
  }

  @Test
  void expandsACutoffMeasureNamedAloneToTheDefaultCutoffs() {
    List<Metric> p = Metric.parseList("P");
    assertEquals(9, p.size());
    assertEquals("P_1000", p.get(8).name());
  }

  @Test
  void rejectsUnknownMeasureListingTheKnownOnes() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Metric.parseList("map,ndcg@10"));
    assertTrue(
        e.getMessage().startsWith("unknown measure 'ndcg@10'; known: runid"), e.getMessage());
  }

  @Test
  void rejectsCutoffOnMeasureWithoutOne() {
    assertThrows(IllegalArgumentException.class, () -> Metric.parseList("map_10"));
    assertThrows(IllegalArgumentException.class, () -> Metric.at(Metric.Kind.MAP, 10));
  }
}
