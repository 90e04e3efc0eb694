package org.dateline.searcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.store.Directory;
import org.dateline.indexer.article.Article;
import org.dateline.indexer.testing.TestIndexes;
import org.dateline.searcher.eval.IncompleteRankingException;
import org.dateline.searcher.eval.JudgedQuery;
import org.dateline.searcher.eval.JudgmentList;
import org.dateline.searcher.eval.RelevanceAssertions;
import org.dateline.searcher.eval.ScoredDoc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SearchRankerTest {

  static Directory dir;
  static NewsSearcher searcher;

  @BeforeAll
  static void index() throws IOException {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      articles.add(
          TestIndexes.article(
              "a" + i, "2020-01-" + (10 + i % 20), "Oil prices " + "rose ".repeat(1 + i % 7)));
    }
    dir = TestIndexes.index(articles);
    searcher = NewsSearcher.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
    dir.close();
  }

  private static List<String> ids(UnaryOperator<SearchRequest.Builder> options, String query, int n)
      throws IOException {
    return new SearchRanker(searcher, options)
        .rank(query, n).stream().map(ScoredDoc::docId).toList();
  }

  @Test
  void theRankerSetsThePageAndTheSyntaxWhateverTheOptionsSet() throws IOException {
    List<String> top20 = ids(b -> b, "oil prices", 20);
    assertEquals(20, top20.size());
    assertEquals(top20, ids(b -> b.limit(3), "oil prices", 20));
    assertEquals(top20, ids(b -> b.offset(5), "oil prices", 20));
    // read as plain words, not Lucene's syntax (where "oil AND" is an error)
    assertEquals(
        ids(b -> b, "oil and", 5), ids(b -> b.syntax(SearchRequest.Syntax.LUCENE), "oil AND", 5));
  }

  @Test
  void sortedByDateTheScoresKeepTheDateOrderForEvaluation() throws IOException {
    List<ScoredDoc> ranked =
        new SearchRanker(searcher, b -> b.sort(SearchRequest.Sort.DATE)).rank("oil prices", 30);
    List<ScoredDoc> byScore = new ArrayList<>(ranked);
    byScore.sort(ScoredDoc.TREC_EVAL_ORDER);
    assertEquals(ranked, byScore);
    // newest first: the 2020-01-29 articles (a19) before the 2020-01-10 ones (a0, a20)
    assertEquals(
        List.of("a0", "a20"),
        ranked.subList(28, 30).stream().map(ScoredDoc::docId).sorted().toList());
    assertEquals(-1.0, ranked.get(0).score());
  }

  @Test
  void aSearchOutOfTimeFailsNamingTheQueryRatherThanReturnAPartialRanking() {
    SearchRanker hurried = new SearchRanker(searcher, b -> b.timeout(Duration.ofNanos(1)));
    IncompleteRankingException e =
        assertThrows(IncompleteRankingException.class, () -> hurried.rank("oil prices", 20));
    assertEquals("oil prices", e.query());
    assertTrue(
        e.getMessage().startsWith("the search for 'oil prices' ran out of time (0.000000001 s)"),
        e.getMessage());
    assertEquals(java.util.Optional.of(Duration.ofNanos(1)), e.timeLimit());
    // the library's own fix, no command line's option
    assertTrue(e.getMessage().endsWith("(SearchRequest.Builder.timeout)"), e.getMessage());
    assertFalse(e.getMessage().contains("--"), e.getMessage());
  }

  @Test
  void relevanceAssertionsNeverScoreARankingCutShort() {
    RelevanceAssertions hurried =
        RelevanceAssertions.forRanker(
            new SearchRanker(searcher, b -> b.timeout(Duration.ofNanos(1))));
    JudgmentList list =
        new JudgmentList("oil", List.of(new JudgedQuery("q1", "oil prices", Map.of("a1", 1))));
    assertThrows(IncompleteRankingException.class, () -> hurried.assertThat(list));
    assertThrows(IncompleteRankingException.class, () -> hurried.assertInTop("oil", "a1", 30));
  }

  @Test
  void refusesADepthOfNothing() {
    assertThrows(IllegalArgumentException.class, () -> ids(b -> b, "oil", 0));
  }
}
