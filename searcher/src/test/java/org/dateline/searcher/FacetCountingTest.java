package org.dateline.searcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.dateline.indexer.ArticleIndexer;
import org.dateline.indexer.IndexerOptions;
import org.dateline.indexer.article.Article;
import org.dateline.indexer.entity.EntityType;
import org.dateline.indexer.testing.DictionaryExtractor;
import org.dateline.indexer.testing.TestIndexes;
import org.dateline.searcher.FacetResults.FacetValue;
import org.dateline.searcher.SearchRequest.DateBuckets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Facet counts against the matching articles themselves, for every shape of query: counts are
 * collected during ranking for some shapes and in a pass of their own for others (words OR-ed,
 * entity filters), and must be the same either way.
 */
class FacetCountingTest {

  private static final String[] WORDS = {
    "troops", "oil", "prices", "talks", "election", "court", "bank", "rates", "strike", "harbour"
  };

  private static final List<String> QUERIES =
      List.of(
          "troops",
          "oil prices",
          "oil OR talks OR rates",
          "\"oil prices\"",
          "\"talks in Berlin\"",
          "+troops +court",
          "troops AND (bank OR strike)",
          "+election -rates",
          "(oil OR bank) AND \"harbour talks\"",
          "*:*");

  static Directory dir;
  static NewsSearcher searcher;

  @BeforeAll
  static void index() throws IOException {
    Random random = new Random(42);
    List<String> names = new ArrayList<>(TestIndexes.NAMES.keySet());
    names.sort(null);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      List<String> paragraphs = new ArrayList<>();
      for (int p = 0; p < 1 + random.nextInt(4); p++) {
        StringBuilder sb = new StringBuilder();
        for (int w = 0; w < 4 + random.nextInt(20); w++) {
          sb.append(
                  random.nextInt(6) == 0
                      ? names.get(i / 60 + random.nextInt(5)) // other names in each segment
                      : WORDS[random.nextInt(WORDS.length)])
              .append(random.nextInt(9) == 0 ? " in " : " ");
        }
        paragraphs.add(sb.toString().trim() + ".");
      }
      LocalDate date = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(4 * 365));
      articles.add(
          TestIndexes.article(
              String.format("a%03d", i), date.toString(), paragraphs.toArray(String[]::new)));
    }
    // several segments, so that counting maps each segment's ordinals to global ones
    dir = new ByteBuffersDirectory();
    try (ArticleIndexer indexer =
        ArticleIndexer.open(dir, IndexerOptions.defaults(TestIndexes.extractor()))) {
      for (int i = 0; i < articles.size(); i++) {
        indexer.index(articles.get(i));
        if (i % 60 == 59) {
          indexer.commit();
        }
      }
    }
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      assertTrue(reader.leaves().size() > 1, reader.leaves().size() + " segment(s)");
    }
    searcher = NewsSearcher.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
    dir.close();
  }

  @Test
  void facetCountsAreTheEntitiesAndYearsOfEveryMatchingArticle() throws IOException {
    for (String q : QUERIES) {
      assertFacetsCountTheHits(SearchRequest.builder(q));
      assertFacetsCountTheHits(SearchRequest.builder(q).sort(SearchRequest.Sort.DATE));
      assertFacetsCountTheHits(
          SearchRequest.builder(q).from(LocalDate.of(2019, 3, 1)).to(LocalDate.of(2020, 10, 31)));
    }
  }

  @Test
  void withAnEntityFilterOtherDimensionsCountTheFilteredHitsAndItsOwnTheUnfiltered()
      throws IOException {
    for (String q : QUERIES) {
      SearchRequest.Builder b = SearchRequest.builder(q).entity(EntityType.LOCATION, "Berlin");
      SearchResults all = searcher.search(b.limit(SearchRequest.MAX_RESULT_WINDOW).build());
      FacetResults f = searcher.search(b.limit(10).facets(true).facetLimit(50).build()).facets();
      assertEquals(counts(all.hits(), EntityType.PERSON), asMap(f.get("person")), q);
      assertEquals(counts(all.hits(), EntityType.ORGANIZATION), asMap(f.get("organization")), q);
      // drill sideways: the filtered dimension counts the hits without its own filter
      SearchResults unfiltered =
          searcher.search(SearchRequest.builder(q).limit(SearchRequest.MAX_RESULT_WINDOW).build());
      assertEquals(counts(unfiltered.hits(), EntityType.LOCATION), asMap(f.get("location")), q);
    }
  }

  @Test
  void miscNamesAreFilterableButNotCountedAndDatesCountWithoutDateDimensions() throws IOException {
    Map<String, EntityType> names =
        Map.of("Olympics", EntityType.MISC, "Berlin", EntityType.LOCATION);
    try (Directory misc = new ByteBuffersDirectory()) {
      try (ArticleIndexer indexer =
          ArticleIndexer.open(misc, IndexerOptions.defaults(new DictionaryExtractor(names)))) {
        indexer.index(TestIndexes.article("m1", "2019-05-01", "The Olympics came to Berlin."));
        indexer.index(TestIndexes.article("m2", "2020-02-03", "Berlin wants the Olympics."));
        indexer.index(TestIndexes.article("m3", "2020-07-09", "Berlin in summer."));
      }
      try (NewsSearcher s = NewsSearcher.open(misc)) {
        SearchRequest.Builder b =
            SearchRequest.builder("berlin")
                .entity(EntityType.MISC, "Olympics")
                .facets(true)
                .dateBuckets(DateBuckets.YEAR);
        SearchResults r = s.search(b.build());
        assertEquals(2, r.total());
        assertEquals(List.of(new FacetValue("Berlin", 2)), r.facets().get("location"));
        assertEquals(
            List.of(new FacetValue("2019", 1), new FacetValue("2020", 1)), r.facets().get("date"));
        assertEquals(
            List.of(
                new FacetValue("2019-05", 1),
                new FacetValue("2020-02", 1),
                new FacetValue("2020-07", 1)),
            s.search(
                    SearchRequest.builder("berlin")
                        .facets(true)
                        .dateBuckets(DateBuckets.MONTH)
                        .build())
                .facets()
                .get("date"));
        assertEquals(null, r.facets().dimensions().get("misc"));
      }
    }
  }

  @Test
  void datesCenturiesApartAreCountedInOrder() throws IOException {
    try (Directory old = new ByteBuffersDirectory()) {
      try (ArticleIndexer indexer =
          ArticleIndexer.open(old, IndexerOptions.defaults(TestIndexes.extractor()))) {
        indexer.index(TestIndexes.article("o1", "2020-02-03", "Harbour talks in Berlin."));
        indexer.index(TestIndexes.article("o2", "1705-06-01", "Harbour strike in Berlin."));
        indexer.commit();
        indexer.index(TestIndexes.article("o3", "1705-06-30", "Harbour rates."));
        indexer.index(TestIndexes.article("o4", null, "Harbour news."));
        indexer.index(TestIndexes.article("o5", "1906-01-01", "Harbour again."));
      }
      try (NewsSearcher s = NewsSearcher.open(old)) {
        // more days apart than counting in an array allows
        for (String q : List.of("harbour", "harbour OR berlin")) {
          SearchRequest.Builder b = SearchRequest.builder(q).facets(true);
          assertEquals(
              List.of(
                  new FacetValue("1705", 2), new FacetValue("1906", 1), new FacetValue("2020", 1)),
              s.search(b.dateBuckets(DateBuckets.YEAR).build()).facets().get("date"),
              q);
          assertEquals(
              List.of(
                  new FacetValue("1705-06-01", 1),
                  new FacetValue("1705-06-30", 1),
                  new FacetValue("1906-01-01", 1),
                  new FacetValue("2020-02-03", 1)),
              s.search(b.dateBuckets(DateBuckets.DAY).build()).facets().get("date"),
              q);
          // drill sideways counts the dates of the articles every filter lets through
          assertEquals(
              List.of(new FacetValue("1705", 1), new FacetValue("2020", 1)),
              s.search(
                      b.entity(EntityType.LOCATION, "Berlin").dateBuckets(DateBuckets.YEAR).build())
                  .facets()
                  .get("date"),
              q);
        }
      }
    }
  }

  @Test
  void theFirstAndLastDatesAnArticleMayHaveAreCountedAndStated() throws IOException {
    try (Directory ends =
            TestIndexes.index(
                List.of(
                    Article.of("first", Article.FIRST_DATE, List.of("Harbour talks.")),
                    Article.of("last", Article.LAST_DATE, List.of("Harbour strike."))));
        NewsSearcher s = NewsSearcher.open(ends)) {
      // the second faceted search copies the days to the heap, the third reads the copy
      for (int i = 0; i < 3; i++) {
        assertEquals(
            List.of(new FacetValue("0001", 1), new FacetValue("9999", 1)),
            s.search(SearchRequest.builder("harbour").facets(true).build()).facets().get("date"));
      }
      IndexStats stats = s.stats();
      assertEquals(Article.FIRST_DATE, stats.firstDate());
      assertEquals(Article.LAST_DATE, stats.lastDate());
    }
  }

  @Test
  void deletedAndRedatedArticlesNoLongerSetTheDateRangeOrTheAgeOfRecency() throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (ArticleIndexer indexer = ArticleIndexer.open(dir, IndexerOptions.defaults(null))) {
        indexer.index(TestIndexes.article("old", "1990-01-01", "Harbour history."));
        indexer.index(TestIndexes.article("stale", "2020-01-01", "Harbour strike."));
        indexer.index(TestIndexes.article("fresh", "2099-01-01", "Harbour strike."));
        indexer.commit();
        indexer.delete("old");
        // dated in the future by mistake, then corrected
        indexer.index(TestIndexes.article("fresh", "2024-01-10", "Harbour strike."));
      }
      try (NewsSearcher s = NewsSearcher.open(dir)) {
        IndexStats stats = s.stats();
        assertEquals(LocalDate.of(2020, 1, 1), stats.firstDate());
        assertEquals(LocalDate.of(2024, 1, 10), stats.lastDate());
        List<ArticleHit> hits =
            s.search(SearchRequest.builder("harbour strike").recency(30).build()).hits();
        assertEquals("fresh", hits.get(0).id());
        assertTrue(hits.get(0).score() > 1e-3, "age counted from 2024-01-10: " + hits.get(0));
      }
    }
  }

  @Test
  void anIndexWithoutEntitiesStillCountsDatesAlsoWithAnEntityFilter() throws IOException {
    try (Directory plain = new ByteBuffersDirectory()) {
      try (ArticleIndexer indexer = ArticleIndexer.open(plain, IndexerOptions.defaults(null))) {
        indexer.index(TestIndexes.article("p1", "2019-05-01", "Harbour talks in Berlin."));
        indexer.index(TestIndexes.article("p2", "2020-02-03", "Harbour strike."));
        indexer.index(TestIndexes.article("p3", null, "Harbour rates."));
      }
      try (NewsSearcher s = NewsSearcher.open(plain)) {
        for (String q : List.of("harbour", "\"harbour strike\"")) {
          FacetResults f =
              s.search(SearchRequest.builder(q).facets(true).dateBuckets(DateBuckets.YEAR).build())
                  .facets();
          List<FacetValue> years =
              q.equals("harbour")
                  ? List.of(new FacetValue("2019", 1), new FacetValue("2020", 1))
                  : List.of(new FacetValue("2020", 1));
          assertEquals(years, f.get("date"), q);
          assertEquals(List.of(), f.get("person"), q);
        }
        SearchResults filtered =
            s.search(
                SearchRequest.builder("harbour")
                    .entity(EntityType.LOCATION, "Berlin")
                    .facets(true)
                    .build());
        assertEquals(0, filtered.total());
        assertEquals(List.of(), filtered.facets().get("date"));
      }
    }
  }

  private static void assertFacetsCountTheHits(SearchRequest.Builder b) throws IOException {
    SearchResults all = searcher.search(b.limit(SearchRequest.MAX_RESULT_WINDOW).build());
    assertTrue(all.totalIsExact() && all.hits().size() == all.total(), "all hits of " + b.build());
    SearchResults page =
        searcher.search(
            b.limit(10).facets(true).facetLimit(50).dateBuckets(DateBuckets.YEAR).build());
    String what = b.build().query() + " sorted by " + b.build().sort();
    assertEquals(all.total(), page.total(), what);
    assertEquals(all.hits().subList(0, page.hits().size()), page.hits(), what);
    FacetResults f = page.facets();
    SearchResults countOnly = searcher.search(b.limit(0).build());
    assertEquals(all.total(), countOnly.total(), what + ", counting only");
    assertEquals(f, countOnly.facets(), what + ", counting only");
    for (EntityType t : List.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION)) {
      assertEquals(counts(all.hits(), t), asMap(f.get(t.key())), what + ", " + t);
    }
    Map<String, Long> years = new TreeMap<>();
    all.hits().forEach(h -> years.merge(String.valueOf(h.date().getYear()), 1L, Long::sum));
    assertEquals(years, asMap(f.get("date")), what + ", years");
    for (EntityType t : List.of(EntityType.PERSON, EntityType.LOCATION)) {
      assertEquals(
          top(counts(all.hits(), t), 3),
          searcher.search(b.limit(10).facets(true).facetLimit(3).build()).facets().get(t.key()),
          what + ", top 3 " + t);
    }
    for (DateBuckets buckets : List.of(DateBuckets.MONTH, DateBuckets.DAY)) {
      Map<String, Long> dates = new TreeMap<>();
      all.hits()
          .forEach(
              h ->
                  dates.merge(
                      buckets == DateBuckets.DAY
                          ? h.date().toString()
                          : h.date().toString().substring(0, 7),
                      1L,
                      Long::sum));
      List<FacetValue> counted =
          searcher
              .search(b.limit(10).facets(true).dateBuckets(buckets).build())
              .facets()
              .get("date");
      assertEquals(dates, asMap(counted), what + ", " + buckets);
      assertEquals(
          new ArrayList<>(dates.keySet()), counted.stream().map(FacetValue::value).toList());
    }
  }

  /** The {@code n} values with the highest counts, ties in value order, as facets list them. */
  private static List<FacetValue> top(Map<String, Long> counts, int n) {
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(n)
        .map(e -> new FacetValue(e.getKey(), e.getValue()))
        .toList();
  }

  private static Map<String, Long> counts(List<ArticleHit> hits, EntityType type) {
    Map<String, Long> counts = new TreeMap<>();
    for (ArticleHit h : hits) {
      h.entities().getOrDefault(type.key(), List.of()).forEach(v -> counts.merge(v, 1L, Long::sum));
    }
    return counts;
  }

  private static Map<String, Long> asMap(List<FacetValue> values) {
    Map<String, Long> m = new TreeMap<>();
    values.forEach(v -> m.put(v.value(), v.count()));
    return m;
  }
}
