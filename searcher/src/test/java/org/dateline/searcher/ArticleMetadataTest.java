package org.dateline.searcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dateline.indexer.ArticleIndexer;
import org.dateline.indexer.IndexerOptions;
import org.dateline.indexer.article.Article;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an application reads back of an article: its metadata on hits, and the whole by id. */
class ArticleMetadataTest {

  @TempDir Path tmp;
  Path index;

  final Article wire =
      new Article(
          "a1",
          LocalDate.of(2020, 6, 12),
          "Oil rises",
          List.of("Oil prices rose on Friday.", "Traders said supply was short."),
          Map.of(
              "url", List.of("https://example.com/a1"),
              "topics", List.of("crude", "trade")));

  @BeforeEach
  void index() throws IOException {
    index = tmp.resolve("index");
    try (ArticleIndexer indexer = ArticleIndexer.open(index, IndexerOptions.defaults(null))) {
      indexer.index(wire);
      indexer.index(Article.of("b2", null, List.of("Nothing about oil here, only markets.")));
    }
  }

  @Test
  void aHitCarriesItsArticlesMetadataByName() throws IOException {
    try (NewsSearcher searcher = NewsSearcher.open(index)) {
      List<ArticleHit> hits = searcher.search(SearchRequest.builder("oil").build()).hits();
      ArticleHit a1 = hits.stream().filter(h -> h.id().equals("a1")).findFirst().orElseThrow();
      assertEquals(List.of("topics", "url"), List.copyOf(a1.metadata().keySet()), "in name order");
      assertEquals(List.of("crude", "trade"), a1.metadata().get("topics"));
      assertEquals(List.of("https://example.com/a1"), a1.metadata().get("url"));
      assertThrows(UnsupportedOperationException.class, () -> a1.metadata().put("x", List.of()));
      ArticleHit b2 = hits.stream().filter(h -> h.id().equals("b2")).findFirst().orElseThrow();
      assertEquals(Map.of(), b2.metadata());
    }
  }

  @Test
  void anArticleIsReadBackWholeByItsIdAsItWasIndexed() throws IOException {
    try (NewsSearcher searcher = NewsSearcher.open(index)) {
      assertEquals(Optional.of(wire), searcher.article("a1"));
      assertEquals(Optional.empty(), searcher.article("A1"), "ids are exact");
      assertEquals(Optional.empty(), searcher.article("nowhere"));
      Article b2 = searcher.article("b2").orElseThrow();
      assertEquals(null, b2.date());
      assertTrue(b2.metadata().isEmpty());
    }
  }
}
