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
}
