package org.dateline.searcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.store.Directory;
import org.dateline.indexer.entity.EntityType;
import org.dateline.indexer.testing.TestIndexes;
import org.junit.jupiter.api.Test;

class ControlCharactersTest {

  @Test
  void aParagraphHoldingANulIsHighlightedWhole() throws IOException {
    try (Directory dir =
            TestIndexes.index(
                List.of(
                    TestIndexes.article("n1", "2020-01-01", "Llamas graze\u0000 near camels.")));
        NewsSearcher searcher = NewsSearcher.open(dir)) {
      for (String query : List.of("graze", "graz*", "\"near camels\"")) {
        ParagraphHit p =
            searcher.search(SearchRequest.builder(query).build()).hits().get(0).paragraphs().get(0);
        assertEquals("Llamas graze  near camels.", p.text(), query);
        assertEquals(
            p.text().length(),
            p.highlighted().replace("<em>", "").replace("</em>", "").length(),
            query + ": " + p.highlighted());
      }
    }
  }

  @Test
  void queriesAndFiltersAreCleanedAsArticlesAre() throws IOException {
    try (Directory dir =
            TestIndexes.index(
                List.of(
                    TestIndexes.article(
                        "j1", "2020-01-01", "Oil and gas talks opened in Berlin on Monday.")));
        NewsSearcher searcher = NewsSearcher.open(dir)) {
      // a NUL between words separates them, as it does in an article
      assertEquals(
          1,
          searcher
              .search(SearchRequest.builder("oil\u0000gas").requireAllTerms(true).build())
              .total());
      // nothing but control characters is nothing
      assertTrue(
          assertThrows(IllegalArgumentException.class, () -> SearchRequest.builder("\u0000\u0001"))
              .getMessage()
              .startsWith("query is empty"));
      assertTrue(
          assertThrows(
                  IllegalArgumentException.class,
                  () -> SearchRequest.builder("oil").entity(EntityType.LOCATION, "\u0001"))
              .getMessage()
              .endsWith("has an empty value"));
      // an invisible character at a filter value's end is no part of the name
      assertEquals(
          1,
          searcher
              .search(
                  SearchRequest.builder("oil").entity(EntityType.LOCATION, "Berlin\u200B").build())
              .total());
    }
  }
}
