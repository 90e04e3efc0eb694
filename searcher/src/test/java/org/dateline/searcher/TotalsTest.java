package org.dateline.searcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.Directory;
import org.dateline.indexer.article.Article;
import org.dateline.indexer.entity.EntityType;
import org.dateline.indexer.testing.TestIndexes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Totals past the 1,000 hits Lucene counts exactly while it ranks. */
class TotalsTest {

  static final int ARTICLES = 1_200;
  static Directory dir;
  static NewsSearcher searcher;

  @BeforeAll
  static void index() throws IOException {
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < ARTICLES; i++) {
      articles.add(
          TestIndexes.article(
              "a" + i,
              String.format("2020-01-%02d", 1 + i % 28),
              "common word" + i + (i % 3 == 0 ? " rare" : "") + (i % 10 == 0 ? "" : " Iraq")));
    }
    dir = TestIndexes.index(articles);
    searcher = NewsSearcher.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
    dir.close();
  }

  @Test
  void aTotalIsExactWhenTheFacetsCountedEveryMatchAnyway() throws IOException {
    for (SearchRequest.Sort sort : SearchRequest.Sort.values()) {
      SearchResults counted =
          searcher.search(SearchRequest.builder("common").sort(sort).facets(true).build());
      assertTrue(counted.totalIsExact(), "sort " + sort);
      assertEquals(ARTICLES, counted.total(), "sort " + sort);
      long perDay = counted.facets().get("date").stream().mapToLong(v -> v.count()).sum();
      assertEquals(ARTICLES, perDay, "sort " + sort);
    }
  }

  @Test
  void aTotalWithAnEntityFilterIsExactWhenTheFacetsCountedEveryMatch() throws IOException {
    SearchRequest.Builder inIraq =
        SearchRequest.builder("common").entity(EntityType.LOCATION, "Iraq").limit(10);
    SearchResults ranked = searcher.search(inIraq.build());
    assertFalse(ranked.totalIsExact(), "ranked alone, past 1,000 hits: a lower bound");
    SearchResults counted = searcher.search(inIraq.facets(true).build());
    assertTrue(counted.totalIsExact());
    assertEquals(ARTICLES - ARTICLES / 10, counted.total());
    long perDay = counted.facets().get("date").stream().mapToLong(v -> v.count()).sum();
    assertEquals(counted.total(), perDay);
  }

  @Test
  void aTotalSortedByDateIsExactPastAThousand() throws IOException {
    for (String query : List.of("common", "common AND iraq")) {
      SearchResults byDate =
          searcher.search(SearchRequest.builder(query).sort(SearchRequest.Sort.DATE).build());
      assertTrue(byDate.totalIsExact(), query);
      assertEquals(
          searcher.search(SearchRequest.builder(query).limit(0).build()).total(),
          byDate.total(),
          query);
    }
  }

  @Test
  void aRankedTotalWithoutFacetsIsALowerBoundPastAThousand() throws IOException {
    SearchResults ranked = searcher.search(SearchRequest.builder("common").build());
    assertTrue(ranked.total() >= 1_000, "total " + ranked.total());
    assertTrue(ranked.total() <= ARTICLES, "total " + ranked.total());
    assertFalse(ranked.totalIsExact(), "ranking stops counting exactly past 1,000 hits");
  }
}
