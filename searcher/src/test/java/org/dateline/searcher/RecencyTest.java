package org.dateline.searcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.store.Directory;
import org.dateline.indexer.testing.TestIndexes;
import org.junit.jupiter.api.Test;

class RecencyTest {

  @Test
  void undatedArticlesRankBelowDatedOnesAndByRelevanceAmongThemselves() throws IOException {
    try (Directory dir =
            TestIndexes.index(
                List.of(
                    TestIndexes.article("old", "2019-01-01", "Wheat harvest report."),
                    TestIndexes.article("new", "2020-01-01", "Wheat report."),
                    TestIndexes.article("weak", null, "Wheat report with many other words here."),
                    TestIndexes.article("strong", null, "Wheat wheat wheat.")));
        NewsSearcher searcher = NewsSearcher.open(dir)) {
      List<ArticleHit> hits =
          searcher.search(SearchRequest.builder("wheat").recency(365).build()).hits();
      assertEquals(
          List.of("new", "old", "strong", "weak"), hits.stream().map(ArticleHit::id).toList());
      assertTrue(hits.get(3).score() > 0, "an undated article keeps a score");
    }
  }

  @Test
  void anArticleOneHalfLifeOlderThanTheNewestScoresHalfAsMuch() throws IOException {
    try (Directory dir =
            TestIndexes.index(
                List.of(
                    TestIndexes.article("newest", "2020-01-31", "Wheat report."),
                    TestIndexes.article("older", "2020-01-01", "Wheat report.")));
        NewsSearcher searcher = NewsSearcher.open(dir)) {
      // the same text scores the same; the factor is 0.5^(age / half-life), age from the newest
      for (int halfLife : List.of(30, 15, 60)) {
        List<ArticleHit> hits =
            searcher.search(SearchRequest.builder("wheat").recency(halfLife).build()).hits();
        assertEquals("newest", hits.get(0).id());
        assertEquals(
            Math.pow(0.5, 30.0 / halfLife),
            hits.get(1).score() / hits.get(0).score(),
            1e-5,
            "half-life " + halfLife);
      }
    }
  }

  @Test
  void articlesManyHalfLivesOldKeepTheirRelevanceOrder() throws IOException {
    try (Directory dir =
            TestIndexes.index(
                List.of(
                    TestIndexes.article("new", "2020-01-01", "Wheat report."),
                    TestIndexes.article("oldWeak", "2000-01-01", "Wheat report and more words."),
                    TestIndexes.article("oldStrong", "2000-01-01", "Wheat wheat."),
                    TestIndexes.article("u1", null, "Wheat report with many other words here."),
                    TestIndexes.article("u2", null, "Wheat wheat wheat.")));
        NewsSearcher searcher = NewsSearcher.open(dir)) {
      // 20 years are some 240 half-lives of 30 days: 0.5^240 times a score rounds to 0 in a float
      List<String> ids =
          searcher.search(SearchRequest.builder("wheat").recency(30).build()).hits().stream()
              .map(ArticleHit::id)
              .toList();
      assertEquals(List.of("new", "oldStrong", "oldWeak", "u2", "u1"), ids);
    }
  }
}
