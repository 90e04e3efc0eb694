package org.dateline.searcher.ranking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.Directory;
import org.dateline.indexer.article.Article;
import org.dateline.indexer.testing.TestIndexes;
import org.dateline.searcher.ArticleHit;
import org.dateline.searcher.NewsSearcher;
import org.dateline.searcher.SearchRequest;
import org.junit.jupiter.api.Test;

class Rm3ExpanderTest {

  @Test
  void feedbackFindsArticlesThatShareTheTopArticlesVocabularyButNotTheQuery() throws IOException {
    List<Article> articles = new ArrayList<>();
    articles.add(
        TestIndexes.article(
            "top", "2020-01-01", "Troops began the withdrawal. The withdrawal of the garrison."));
    articles.add(
        TestIndexes.article(
            "second", "2020-01-02", "More troops announced a garrison withdrawal."));
    articles.add(
        TestIndexes.article("related", "2020-01-03", "The garrison withdrawal finished on time."));
    for (int i = 0; i < 30; i++) {
      articles.add(TestIndexes.article("filler" + i, "2020-02-01", "Weather report number " + i));
    }
    try (Directory dir = TestIndexes.index(articles);
        NewsSearcher searcher = NewsSearcher.open(dir)) {
      List<String> plain = ids(searcher, SearchRequest.builder("troops"));
      assertFalse(plain.contains("related"), plain.toString());
      List<String> expanded =
          ids(searcher, SearchRequest.builder("troops").feedback(new Feedback(2, 5, 0.5)));
      assertEquals(List.of("top", "second"), expanded.subList(0, 2), expanded.toString());
      assertTrue(expanded.contains("related"), expanded.toString());
      assertFalse(expanded.stream().anyMatch(id -> id.startsWith("filler")), expanded.toString());
      // words the query requires stay required: feedback ranks their matches only
      for (SearchRequest.Builder required :
          List.of(
              SearchRequest.builder("troops AND withdrawal"),
              SearchRequest.builder("+troops garrison"),
              SearchRequest.builder("troops withdrawal").requireAllTerms(true))) {
        List<String> found = ids(searcher, required.feedback(new Feedback(2, 5, 0.5)));
        assertEquals(List.of("top", "second"), found, found.toString());
      }
    }
  }

  @Test
  void leavesOutTermsInMoreThanATenthOfTheArticlesThoughInFewParagraphs() throws IOException {
    List<Article> articles = new ArrayList<>();
    articles.add(
        TestIndexes.article(
            "top",
            "2020-01-01",
            "Troops were leaving. Garrison troops were said to be leaving, and were glad.",
            "Were they?"));
    // "were" is in 4 of these 20 articles (a fifth) but in 4 of their 200 paragraphs (2 %)
    for (int i = 0; i < 19; i++) {
      String[] paragraphs = new String[10];
      for (int p = 0; p < 10; p++) {
        paragraphs[p] = "Weather report number " + i + " part " + p;
      }
      if (i < 3) {
        paragraphs[0] = "Those were the days " + i;
      }
      if (i == 3) {
        paragraphs[0] = "The garrison band played " + i;
      }
      articles.add(TestIndexes.article("other" + i, "2020-02-01", paragraphs));
    }
    try (Directory dir = TestIndexes.index(articles);
        NewsSearcher searcher = NewsSearcher.open(dir)) {
      List<String> expanded =
          ids(searcher, SearchRequest.builder("troops").feedback(new Feedback(1, 10, 0.5)));
      // "garrison" (one other article) expands the query; "were" (three others) does not
      assertEquals(List.of("top", "other3"), expanded);
    }
  }

  @Test
  void weighsFeedbackArticlesByExponentOfTheirScore() {
    float[] scores = {5f, 4f, 2f};
    assertEquals(1.0, Rm3Expander.weight(scores, 0), 1e-9);
    assertEquals(Math.exp(-1), Rm3Expander.weight(scores, 1), 1e-9);
    assertEquals(Math.exp(-3), Rm3Expander.weight(scores, 2), 1e-9);
  }

  @Test
  void refusesNonsenseSettings() {
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> new Feedback(0, 10, 0.5));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> new Feedback(10, 10, 1.5));
  }

  private static List<String> ids(NewsSearcher s, SearchRequest.Builder b) throws IOException {
    return s.search(b.limit(50).build()).hits().stream().map(ArticleHit::id).toList();
  }
}
