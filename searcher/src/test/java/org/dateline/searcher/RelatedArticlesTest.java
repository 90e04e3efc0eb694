package org.dateline.searcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.Directory;
import org.dateline.indexer.article.Article;
import org.dateline.indexer.testing.TestIndexes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RelatedArticlesTest {

  static Directory dir;
  static NewsSearcher searcher;

  private static Article article(String id, String title, String text) {
    return new Article(id, LocalDate.of(1987, 3, 30), title, List.of(text), Map.of());
  }

  @BeforeAll
  static void index() throws IOException {
    dir =
        TestIndexes.index(
            List.of(
                article(
                    "c1",
                    "Cocoa pact",
                    "Cocoa buffer stock talks, which our delegates said its council would end."),
                article(
                    "c2",
                    "Cocoa buffer stock deal near",
                    "The cocoa buffer stock manager, which its council named, says our deal is"
                        + " near."),
                article("c3", "Grain", "Wheat exports grew, the ministry said."),
                article("c4", "Oil", "Crude prices rose, the cartel said."),
                article("c5", "Rates", "Interest rates fell, the bank said.")));
    searcher = NewsSearcher.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
    dir.close();
  }

  @Test
  void relatesByWordsThatSaySomethingAndMarksThemOnTitlesToo() throws IOException {
    // "which", "its" and "our" are in two articles of five: rare enough for MoreLikeThis to pick
    List<ArticleHit> related = searcher.related("c1", 3, null);
    ArticleHit first = related.get(0);
    assertEquals("c2", first.id());
    assertEquals(
        "<em>Cocoa</em> <em>buffer</em> <em>stock</em> deal near", first.highlightedTitle());
    for (ArticleHit hit : related) {
      for (ParagraphHit p : hit.paragraphs()) {
        for (String word : List.of("which", "its", "our")) {
          assertFalse(p.highlighted().contains("<em>" + word + "</em>"), p.highlighted());
        }
      }
    }
    assertTrue(NewsSearcher.relatedStopWords().contains("which"));
  }
}
