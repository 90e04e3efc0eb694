package org.dateline.searcher.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.indexer.testing.SharedCorpora;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The evaluator against the output of the reference trec_eval 10.0 in {@code ../shared/reference}:
 * every line, so every number, its name and format. Skipped, visibly, when {@code ../shared} is
 * absent.
 */
@Tag("shared")
class TrecEvalReferenceSharedTest {

  /** {@code -m map -m P.5,10,20 -m recall.100,1000 -m ndcg_cut.10,20 -m ndcg ...}, see README. */
  private static final String ALL_MEASURES =
      "map,P_5,P_10,P_20,recall_100,recall_1000,ndcg_cut_10,ndcg_cut_20,ndcg,recip_rank,bpref,"
          + "Rprec,num_ret,num_rel,num_rel_ret";

  @Test
  void reproducesTimeBm25ReferenceFromSharedCorpus() throws Exception {
    Path qrels = SharedCorpora.require("corpora/time/time.qrels.trec");
    Path run = SharedCorpora.require("reference/time-bm25.run");
    Path expected = SharedCorpora.require("reference/time-bm25.trec_eval.txt");
    assertReproduces(expected, qrels, run, 1, ALL_MEASURES);
  }

  @Test
  void reproducesGradedReferenceFromSharedCorpus() throws Exception {
    Path qrels = SharedCorpora.require("reference/graded.qrels");
    Path run = SharedCorpora.require("reference/graded.run");
    Path expected = SharedCorpora.require("reference/graded.trec_eval-c.txt");
    assertReproduces(expected, qrels, run, 1, ALL_MEASURES);
  }

  @Test
  void reproducesGradedLevel2ReferenceFromSharedCorpus() throws Exception {
    Path qrels = SharedCorpora.require("reference/graded.qrels");
    Path run = SharedCorpora.require("reference/graded.run");
    Path expected = SharedCorpora.require("reference/graded.trec_eval-c-l2.txt");
    assertReproduces(expected, qrels, run, 2, "map,P_10,recip_rank,num_rel");
  }

  private static void assertReproduces(
      Path expected, Path qrels, Path run, int level, String measures)
      throws IOException, EvalFormatException {
    Evaluation evaluation =
        new Evaluator(Qrels.read(qrels), level).evaluate(Run.read(run), Metric.parseList(measures));
    List<String> want = Files.readAllLines(expected, StandardCharsets.UTF_8);
    assertEquals(String.join("\n", want), String.join("\n", evaluation.toTrecEvalLines(true)));
  }
}
