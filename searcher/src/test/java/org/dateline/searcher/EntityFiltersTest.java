package org.dateline.searcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.dateline.indexer.ArticleIndexer;
import org.dateline.indexer.IndexerOptions;
import org.dateline.indexer.article.Article;
import org.dateline.indexer.entity.EntityType;
import org.dateline.indexer.entity.StatisticalEntityExtractor;
import org.dateline.indexer.schema.NewsSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Entity filters and name fields, with the real extractor: spellings of one name agree. */
class EntityFiltersTest {

  static Directory dir;
  static NewsSearcher searcher;

  @BeforeAll
  static void index() throws IOException {
    dir = new ByteBuffersDirectory();
    try (ArticleIndexer indexer =
        ArticleIndexer.open(dir, IndexerOptions.defaults(StatisticalEntityExtractor.shared()))) {
      List<String[]> texts =
          List.of(
              new String[] {
                "Oil prices rose in New York on Tuesday.",
                "U.S. officials said the United States would release oil from its reserve."
              },
              new String[] {"US crude oil output fell, the Energy Department said."},
              new String[] {"Oil prices fell in London as traders sold."},
              new String[] {
                "The U.S. government expects oil prices to rise.", "Oil stocks in the US fell."
              },
              new String[] {
                "Bank of England Governor Robin Leigh-Pemberton said on Monday that sterling was"
                    + " stable.",
                "Leigh-Pemberton spoke in London."
              },
              new String[] {"Share prices in Zurich fell on Monday."},
              new String[] {"Trading in Zürich was quiet on Tuesday."},
              new String[] {"Banks in Zürich lent more money in March."},
              new String[] {
                "Crude oil prices and heating oil prices rose, and oil product prices with them.",
                "The United States said nothing."
              });
      for (int i = 0; i < texts.size(); i++) {
        indexer.index(
            new Article(
                "a" + i, LocalDate.of(2020, 1, 1 + i), null, List.of(texts.get(i)), Map.of()));
      }
      indexer.commit();
    }
    searcher = NewsSearcher.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
    dir.close();
  }

  @Test
  void aFilterNeitherMovesScoresNorDependsOnTheSpellingOfItsName() throws IOException {
    Map<String, Float> unfiltered = new HashMap<>();
    searcher
        .search(SearchRequest.builder("oil prices").build())
        .hits()
        .forEach(h -> unfiltered.put(h.id(), h.score()));
    List<String> firstIds = null;
    List<List<Integer>> firstParagraphs = null;
    for (String spelling : List.of("U.S.", "US", "us", "United States", "USA")) {
      SearchResults r =
          searcher.search(
              SearchRequest.builder("oil prices").entity(EntityType.LOCATION, spelling).build());
      List<String> ids = r.hits().stream().map(ArticleHit::id).toList();
      List<List<Integer>> paragraphs =
          r.hits().stream()
              .map(h -> h.paragraphs().stream().map(ParagraphHit::number).toList())
              .toList();
      assertFalse(ids.isEmpty(), spelling);
      for (ArticleHit hit : r.hits()) {
        assertEquals(unfiltered.get(hit.id()), hit.score(), spelling + " " + hit.id());
      }
      if (firstIds == null) {
        firstIds = ids;
        firstParagraphs = paragraphs;
      }
      assertEquals(firstIds, ids, spelling);
      assertEquals(firstParagraphs, paragraphs, spelling);
    }
  }

  @Test
  void theParagraphShownNamesTheFilteredEntityBeforeOneThatMatchesMoreWords() throws IOException {
    SearchResults r =
        searcher.search(
            SearchRequest.builder("oil prices")
                .entity(EntityType.LOCATION, "United States")
                .paragraphsPerHit(1)
                .build());
    Map<String, Integer> shown = new HashMap<>();
    for (ArticleHit hit : r.hits()) {
      ParagraphHit p = hit.paragraphs().get(0);
      shown.put(hit.id(), p.number());
      // the paragraph names the entity (a name this short is not marked: "us" would mark "used"),
      // and the words it matches are marked
      assertTrue(p.text().matches(".*(U\\.S\\.|\\bUS\\b|United States).*"), p.text());
      if (!hit.id().equals("a8")) {
        assertTrue(p.highlighted().matches("(?i).*<em>oil</em>.*"), p.highlighted());
      }
    }
    // a0's first paragraph has both words but no U.S.; its second names it and has "oil"
    assertEquals(Map.of("a0", 2, "a1", 1, "a3", 1, "a8", 2), shown);
    // rare words score their paragraph above 1, the constant a named entity once gained: a8's
    // second paragraph has not the word, but names what the filter asked for
    ArticleHit heating =
        searcher
            .search(
                SearchRequest.builder("heating crude product")
                    .entity(EntityType.LOCATION, "United States")
                    .paragraphsPerHit(1)
                    .build())
            .hits()
            .get(0);
    assertEquals("a8", heating.id());
    assertEquals(2, heating.paragraphs().get(0).number());
  }

  @Test
  void aNameMatchesWithSpacesForHyphensAndTheOtherWayRound() throws IOException {
    for (SearchRequest.Builder b :
        List.of(
            SearchRequest.builder("*:*").entity(EntityType.PERSON, "Leigh Pemberton"),
            SearchRequest.builder("*:*").entity(EntityType.PERSON, "leigh-pemberton"),
            SearchRequest.builder("*:*").entity(EntityType.PERSON, "Robin Leigh Pemberton"),
            SearchRequest.builder("person:\"leigh pemberton\""))) {
      SearchRequest r = b.build();
      assertEquals(
          List.of("a4"),
          searcher.search(r).hits().stream().map(ArticleHit::id).toList(),
          r.toString());
    }
  }

  @Test
  void aNameScoresAlikeWhicheverSpellingIsTyped() throws IOException {
    float hyphen =
        searcher
            .search(SearchRequest.builder("person:\"leigh-pemberton\"").build())
            .hits()
            .get(0)
            .score();
    float spaced =
        searcher
            .search(SearchRequest.builder("person:\"leigh pemberton\"").build())
            .hits()
            .get(0)
            .score();
    assertEquals(hyphen, spaced, 1e-4f);
  }

  @Test
  void hyphenVariantsSwapHyphensAndSpaces() {
    assertEquals(Set.of("leigh pemberton"), ArticleQueries.hyphenVariants("leigh-pemberton"));
    assertEquals(Set.of("a-b c", "a b-c", "a-b-c"), ArticleQueries.hyphenVariants("a b c"));
    assertEquals(Set.of(), ArticleQueries.hyphenVariants("reagan"));
    // past four words, hyphens become spaces, not the other way round
    assertEquals(Set.of(), ArticleQueries.hyphenVariants("a b c d e"));
    assertEquals(Set.of("a b c d e"), ArticleQueries.hyphenVariants("a-b c d e"));
  }

  @Test
  void aNameSpelledWithOrWithoutAccentsIsOneFacetValueAndEveryFilterSpellingFindsIt()
      throws IOException {
    SearchResults all = searcher.search(SearchRequest.builder("*:*").facets(true).build());
    long zurichValues =
        all.facets().get(NewsSchema.entityField(EntityType.LOCATION)).stream()
            .filter(v -> v.value().startsWith("Z"))
            .count();
    assertEquals(1, zurichValues, all.facets().toString());
    for (String spelling : List.of("Zurich", "Zürich", "ZURICH")) {
      assertEquals(
          3,
          searcher
              .search(SearchRequest.builder("*:*").entity(EntityType.LOCATION, spelling).build())
              .total(),
          spelling);
    }
  }
}
