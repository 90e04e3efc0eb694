package org.dateline.searcher;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.dateline.indexer.ArticleIndexer;
import org.dateline.indexer.IndexerOptions;
import org.dateline.indexer.article.Article;
import org.junit.jupiter.api.Test;

/**
 * Totals past the count Lucene makes exact (1,000 matches) are lower bounds, and each page of a
 * search counts its own: Lucene skips more or fewer matches on one page than on another.
 */
class LowerBoundTotalsTest {

  @Test
  void aLowerBoundTotalDoesNotShrinkFromOnePageToTheNext() throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      // articles of one to seven paragraphs of 5 to 84 words, the two words of the query skewed
      // across them, in four segments: shaped so that, without the carried bound, page 3 counted
      // fewer matches than page 2
      Random random = new Random(4);
      try (ArticleIndexer indexer = ArticleIndexer.open(dir, IndexerOptions.defaults(null))) {
        for (int i = 0; i < 6_000; i++) {
          List<String> paragraphs = new ArrayList<>();
          int count = 1 + random.nextInt(3) * 3;
          for (int p = 0; p < count; p++) {
            StringBuilder text = new StringBuilder();
            int words = 5 + random.nextInt(80);
            for (int w = 0; w < words; w++) {
              int r = random.nextInt(1000);
              double skew = Math.pow(random.nextDouble(), 3);
              text.append(
                  r < 80 * skew
                      ? "oil "
                      : r < 120 * skew ? "prices " : "word" + random.nextInt(2000) + " ");
            }
            paragraphs.add(text.toString());
          }
          indexer.index(Article.of("a" + i, LocalDate.of(2020, 1, 1), paragraphs));
          if (i % 1500 == 0) {
            indexer.commit();
          }
        }
      }
      try (NewsSearcher searcher = NewsSearcher.open(dir)) {
        SearchRequest.Builder first = SearchRequest.builder("oil prices").limit(3);
        SearchResults page = searcher.search(first.build());
        assertFalse(page.totalIsExact(), "a lower bound to begin with: " + page.total());
        long shown = page.total();
        for (int p = 2; p <= 5; p++) {
          assertNotNull(page.nextCursor());
          page = searcher.search(first.cursor(page.nextCursor()).build());
          assertTrue(
              page.total() >= shown,
              "page " + p + " counted at least " + page.total() + ", the page before " + shown);
          shown = page.total();
        }
      }
    }
  }
}
