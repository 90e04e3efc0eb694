package org.dateline.searcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.store.Directory;
import org.dateline.indexer.article.Article;
import org.dateline.indexer.testing.TestIndexes;
import org.dateline.searcher.ranking.Feedback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The paragraphs shown of the hits of a search with feedback, and the words marked in them. */
class FeedbackParagraphsTest {

  static Directory dir;
  static NewsSearcher searcher;

  @BeforeAll
  static void index() throws IOException {
    List<Article> articles = new ArrayList<>();
    articles.add(
        TestIndexes.article(
            "o1",
            "2020-01-01",
            "Oil flows in pipelines from Mosul, pipelines the army guards in Mosul.",
            "Markets were calm."));
    articles.add(TestIndexes.article("o2", "2020-01-02", "Oil pipelines near Mosul were shut."));
    // found by the expansion terms alone, in its second paragraph
    articles.add(
        TestIndexes.article(
            "p1",
            "2020-01-04",
            "The city council met on Tuesday.",
            "Pipelines near Mosul were repaired."));
    // the typed word and an expansion term, in paragraphs of their own
    articles.add(
        TestIndexes.article(
            "m1", "2020-01-05", "Pipelines near Mosul were quiet.", "Oil was cheap."));
    // terms in more than a tenth of the articles expand no query
    for (int i = 0; i < 40; i++) {
      articles.add(TestIndexes.article("w" + i, "2020-02-01", "Weather report number " + i));
    }
    dir = TestIndexes.index(articles);
    searcher = NewsSearcher.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
    dir.close();
  }

  private static Map<String, ArticleHit> hits(SearchRequest.Builder request) throws IOException {
    return searcher.search(request.limit(100).build()).hits().stream()
        .collect(Collectors.toMap(ArticleHit::id, Function.identity()));
  }

  @Test
  void aQueryOfNoWordsIsSearchedAsWithoutFeedback() throws IOException {
    for (String query : List.of("date:[2020-01-01 TO 2020-01-02]", "date:[2020-01-01 TO *] -oil")) {
      List<String> plain =
          searcher.search(SearchRequest.builder(query).limit(100).build()).hits().stream()
              .map(h -> h.id() + " " + h.score())
              .toList();
      List<String> expanded =
          searcher
              .search(SearchRequest.builder(query).limit(100).feedback(Feedback.RM3).build())
              .hits()
              .stream()
              .map(h -> h.id() + " " + h.score())
              .toList();
      assertFalse(plain.isEmpty(), query);
      assertEquals(plain, expanded, query);
    }
  }

  @Test
  void aWordExcludedInASubClauseIsNeitherAnExpansionTermNorMarked() throws IOException {
    Map<String, ArticleHit> expanded =
        hits(
            SearchRequest.builder("oil OR (pipelines -mosul)")
                .paragraphsPerHit(2)
                .feedback(Feedback.RM3));
    assertFalse(expanded.isEmpty());
    for (ArticleHit hit : expanded.values()) {
      for (ParagraphHit p : hit.paragraphs()) {
        assertFalse(p.highlighted().contains("<em>Mosul</em>"), hit.id() + ": " + p.highlighted());
      }
    }
  }

  @Test
  void aWordExcludedAsAPatternIsNoExpansionTermButAPhrasesWordsAndADoubleExclusionAre()
      throws IOException {
    assertFalse(marks("oil OR (pipelines -mosu*)").contains("<em>Mosul</em>"));
    assertTrue(marks("oil -\"mosul army\"").contains("<em>Mosul</em>"));
    assertTrue(marks("oil -(weather -mosul)").contains("<em>Mosul</em>"));
  }

  /** The highlighted paragraphs of every hit of a search with feedback, one string. */
  private static String marks(String query) throws IOException {
    StringBuilder all = new StringBuilder();
    for (ArticleHit hit :
        hits(SearchRequest.builder(query).paragraphsPerHit(2).feedback(Feedback.RM3)).values()) {
      hit.paragraphs().forEach(p -> all.append(p.highlighted()).append('\n'));
    }
    return all.toString();
  }

  @Test
  void anArticleFoundByExpansionTermsAloneShowsTheParagraphThatHoldsThemMarked()
      throws IOException {
    Map<String, ArticleHit> plain = hits(SearchRequest.builder("oil").paragraphsPerHit(1));
    assertFalse(plain.containsKey("p1"), "p1 has no oil: " + plain.keySet());

    Map<String, ArticleHit> expanded =
        hits(SearchRequest.builder("oil").paragraphsPerHit(1).feedback(Feedback.RM3));
    ParagraphHit shown = expanded.get("p1").paragraphs().get(0);
    assertEquals(2, shown.number(), shown.text());
    assertTrue(
        shown.highlighted().startsWith("<em>Pipelines</em>")
            && shown.highlighted().contains("<em>Mosul</em>"),
        shown.highlighted());
  }

  @Test
  void theTypedWordsWeighMoreThanTheExpansionTermsAndAreMarkedAsBefore() throws IOException {
    Map<String, ArticleHit> plain = hits(SearchRequest.builder("oil").paragraphsPerHit(2));
    Map<String, ArticleHit> expanded =
        hits(SearchRequest.builder("oil").paragraphsPerHit(2).feedback(Feedback.RM3));
    // the paragraph of the typed word first, then that of the expansion term, marked too
    List<ParagraphHit> m1 = expanded.get("m1").paragraphs();
    assertEquals(List.of(2, 1), m1.stream().map(ParagraphHit::number).toList());
    assertTrue(m1.get(0).highlighted().startsWith("<em>Oil</em> was"), m1.get(0).highlighted());
    assertTrue(m1.get(1).highlighted().startsWith("<em>Pipelines</em>"), m1.get(1).highlighted());
    assertEquals(
        List.of(2), plain.get("m1").paragraphs().stream().map(ParagraphHit::number).toList());
    // an article of the typed word: its word marked as without feedback, and the expansion terms
    assertEquals(
        "<em>Oil</em> flows in pipelines from Mosul, pipelines the army guards in Mosul.",
        plain.get("o1").paragraphs().get(0).highlighted());
    String o1 = expanded.get("o1").paragraphs().get(0).highlighted();
    assertTrue(o1.startsWith("<em>Oil</em> flows in <em>pipelines</em> from <em>Mosul</em>,"), o1);
  }
}
