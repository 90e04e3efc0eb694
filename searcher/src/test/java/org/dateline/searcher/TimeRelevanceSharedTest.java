package org.dateline.searcher;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.dateline.indexer.ArticleIndexer;
import org.dateline.indexer.IndexerOptions;
import org.dateline.indexer.IndexingJob;
import org.dateline.indexer.article.ArticleFormats;
import org.dateline.indexer.testing.RequiresShared;
import org.dateline.indexer.testing.SharedCorpora;
import org.dateline.searcher.cli.Dateline;
import org.dateline.searcher.eval.Evaluation;
import org.dateline.searcher.eval.Evaluator;
import org.dateline.searcher.eval.Metric;
import org.dateline.searcher.eval.Qrels;
import org.dateline.searcher.eval.Run;
import org.dateline.searcher.eval.TopicRunner;
import org.dateline.searcher.eval.Topics;
import org.dateline.searcher.ranking.Feedback;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guards ranking quality on the TIME collection (83 queries, shared/corpora/time): never worse than
 * plain Lucene BM25 by default, and above the bars with feedback. Skipped when ../shared is
 * absent.
 */
@RequiresShared("corpora/time")
@Tag("shared-corpora")
class TimeRelevanceSharedTest {

  /** Plain Lucene BM25, whole article as one document (shared/README.md). */
  static final double PLAIN_BM25_MAP = 0.6538;

  @TempDir static Path tmp;
  static Path time;
  static Path index;

  @BeforeAll
  static void indexTime() throws Exception {
    time = SharedCorpora.require("corpora/time");
    index = tmp.resolve("time-index");
    try (ArticleIndexer indexer = ArticleIndexer.open(index, IndexerOptions.defaults(null))) {
      new IndexingJob(indexer, 2, 0, null)
          .run(List.of(time), ArticleFormats.forName("time"), false);
    }
  }

  private static Evaluation evaluate(UnaryOperator<SearchRequest.Builder> options, Path runOut)
      throws Exception {
    Run run;
    try (SearchRanker ranker = SearchRanker.open(index, options)) {
      run = TopicRunner.run(Topics.read(time.resolve("TIME.QUE")), ranker, 1000, "test");
    }
    if (runOut != null) {
      try (var w = java.nio.file.Files.newBufferedWriter(runOut)) {
        run.write(w);
      }
    }
    Qrels qrels = Qrels.read(time.resolve("time.qrels.trec"));
    return new Evaluator(qrels).evaluate(run, Metric.parseList("map,ndcg_cut_10"));
  }

  private static double map(Evaluation e) {
    return e.summary(Metric.parseList("map").get(0));
  }

  private static double ndcg10(Evaluation e) {
    return e.summary(Metric.parseList("ndcg_cut_10").get(0));
  }

  @Test
  void defaultRankingIsNeverWorseThanPlainBm25() throws Exception {
    Evaluation e = evaluate(UnaryOperator.identity(), null);
    assertTrue(map(e) >= PLAIN_BM25_MAP, "MAP " + map(e));
  }

  @Test
  void feedbackBeatsTheBarsOnMapAndNdcg() throws Exception {
    Evaluation e = evaluate(b -> b.feedback(Feedback.RM3), null);
    assertTrue(map(e) >= 0.72, "MAP " + map(e));
    assertTrue(ndcg10(e) >= 0.76, "nDCG@10 " + ndcg10(e));
  }

  @Test
  void comparePrintsWinsLossesAndPValueForTwoRealRuns() throws Exception {
    Path plain = tmp.resolve("plain.run");
    Path feedback = tmp.resolve("feedback.run");
    evaluate(UnaryOperator.identity(), plain);
    evaluate(b -> b.feedback(Feedback.RM3), feedback);
    StringWriter out = new StringWriter();
    int code =
        Dateline.commandLine(new PrintWriter(out, true), new PrintWriter(new StringWriter(), true))
            .execute(
                "compare",
                "--qrels",
                time.resolve("time.qrels.trec").toString(),
                "-m",
                "map",
                plain.toString(),
                feedback.toString());
    assertTrue(code == 0, out.toString());
    String text = out.toString();
    assertTrue(
        text.matches(
            "(?s).*map\\s+0\\.\\d{4}\\s+0\\.\\d{4}\\s+\\+0\\.\\d{4}\\s+\\d+\\s+\\d+\\s+\\d+\\s+0\\.\\d{4}.*"),
        text);
  }
}
