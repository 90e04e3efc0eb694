package org.dateline.indexer.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dateline.indexer.testing.RequiresShared;
import org.dateline.indexer.testing.SharedCorpora;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Reads the BBC News corpus from {@code ../shared}; skipped visibly without it. */
@RequiresShared("corpora/bbc")
@Tag("shared-corpora")
class SharedBbcCorpusTest {

  private static CollectingHandler corpus;

  @BeforeAll
  static void readCorpus() throws IOException {
    Path folder = SharedCorpora.require("corpora/bbc");
    corpus = new CollectingHandler();
    new ArticleSources(ArticleFormats.forName("bbc")).read(List.of(folder), corpus);
  }

  @Test
  void reads2225ArticlesAndSkipsTheReadmeAndSourceNotes() {
    assertEquals(List.of(), corpus.rejections, corpus.report());
    assertEquals(2_225, corpus.articles.size());
    assertEquals(2_225, new HashSet<>(corpus.ids()).size());
  }

  @Test
  void countsArticlesPerCategoryFolder() {
    Map<String, Integer> perCategory = new TreeMap<>();
    for (Article a : corpus.articles) {
      perCategory.merge(a.metadata().get("category").get(0), 1, Integer::sum);
    }
    assertEquals(
        Map.of("business", 510, "entertainment", 386, "politics", 417, "sport", 511, "tech", 401),
        perCategory);
    assertEquals("business-001", corpus.articles.get(0).id());
  }

  @Test
  void givesTitlesAndNoDates() {
    for (Article a : corpus.articles) {
      assertNull(a.date(), a.id());
      assertNotNull(a.title(), a.id());
    }
  }

  @Test
  void readsTheOneLatin1FileWithItsPoundSign() {
    Article odd =
        corpus.articles.stream().filter(a -> a.id().equals("sport-199")).findFirst().orElseThrow();
    for (String p : odd.paragraphs()) {
      assertEquals(-1, p.indexOf('\uFFFD'), p);
    }
    assertTrue(odd.paragraphs().stream().anyMatch(p -> p.indexOf('\u00a3') >= 0));
  }
}
