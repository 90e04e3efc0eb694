package org.dateline.searcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.dateline.indexer.ArticleIndexer;
import org.dateline.indexer.IndexerOptions;
import org.dateline.indexer.article.Article;
import org.dateline.indexer.entity.EntityType;
import org.dateline.indexer.testing.DictionaryExtractor;
import org.dateline.indexer.testing.TestIndexes;
import org.dateline.searcher.FacetResults.FacetValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A person named by surname only in some articles ("President Reagan") and by full name in others
 * is one facet value, one filter and one name on hits, when the full name dominates the index.
 */
class CrossArticleNamesTest {

  private static final Map<String, EntityType> NAMES =
      Map.ofEntries(
          Map.entry("Ronald Reagan", EntityType.PERSON),
          Map.entry("Nancy Reagan", EntityType.PERSON),
          Map.entry("Reagan", EntityType.PERSON),
          Map.entry("James Baker", EntityType.PERSON),
          Map.entry("Howard Baker", EntityType.PERSON),
          Map.entry("Baker", EntityType.PERSON),
          Map.entry("Mosul", EntityType.LOCATION),
          Map.entry("Securities and Exchange Commission", EntityType.ORGANIZATION),
          Map.entry("SEC", EntityType.ORGANIZATION),
          Map.entry("Goldman, Sachs and Co", EntityType.ORGANIZATION),
          Map.entry("Goldman Sachs & Co", EntityType.ORGANIZATION),
          Map.entry("OPEC", EntityType.ORGANIZATION),
          Map.entry("Organization of Petroleum Exporting Countries", EntityType.ORGANIZATION),
          Map.entry("U.S.", EntityType.LOCATION),
          Map.entry("United States", EntityType.LOCATION));

  private static final List<Article> ARTICLES =
      List.of(
          TestIndexes.article("r0", "1987-03-01", "Ronald Reagan arrived at the summit."),
          TestIndexes.article("r1", "1987-03-02", "President Ronald Reagan vetoed the bill."),
          TestIndexes.article("r2", "1987-03-03", "Ronald Reagan met troops in Mosul."),
          TestIndexes.article("r3", "1987-03-04", "President Reagan refused the bill."),
          TestIndexes.article("r4", "1987-03-05", "Reagan spoke to troops in Mosul."),
          TestIndexes.article("n1", "1987-03-06", "Nancy Reagan visited a school.", "Reagan"),
          TestIndexes.article("b1", "1987-03-07", "James Baker spoke on the dollar."),
          TestIndexes.article("b2", "1987-03-08", "Howard Baker joined the White House."),
          TestIndexes.article("b3", "1987-03-09", "Baker said the dollar was stable."),
          TestIndexes.article(
              "s0", "1987-04-01", "The Securities and Exchange Commission (SEC) ruled."),
          TestIndexes.article("s1", "1987-04-02", "The Securities and Exchange Commission fined."),
          TestIndexes.article("s2", "1987-04-03", "The SEC fined a broker."),
          TestIndexes.article("g0", "1987-05-01", "Goldman, Sachs and Co advised."),
          TestIndexes.article("g1", "1987-05-02", "Goldman, Sachs and Co underwrote."),
          TestIndexes.article("g2", "1987-05-03", "Goldman Sachs & Co bought shares."),
          TestIndexes.article(
              "g3", "1987-05-04", "Goldman, Sachs and Co, or Goldman Sachs & Co, sold."),
          TestIndexes.article("u0", "1987-06-01", "The U.S. economy grew."),
          TestIndexes.article("u1", "1987-06-02", "The United States signed a pact."));

  private Directory dir;

  @BeforeEach
  void index() throws IOException {
    dir = new ByteBuffersDirectory();
    try (ArticleIndexer indexer =
        ArticleIndexer.open(dir, IndexerOptions.defaults(new DictionaryExtractor(NAMES)))) {
      for (Article a : ARTICLES) {
        indexer.index(a);
      }
    }
  }

  private static Map<String, Long> persons(SearchResults results) {
    return results.facets().get("person").stream()
        .collect(Collectors.toMap(FacetValue::value, FacetValue::count));
  }

  /** The facets of every article. */
  private static SearchResults facetsOfAll(NewsSearcher searcher) throws IOException {
    return searcher.search(SearchRequest.builder("*:*").limit(0).facets(true).build());
  }

  private static Set<String> ids(SearchResults results) {
    return results.hits().stream()
        .map(ArticleHit::id)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void countsTheSurnameOfADominantFullNameAsThatName() throws IOException {
    try (NewsSearcher searcher = NewsSearcher.open(dir)) {
      SearchResults all = facetsOfAll(searcher);
      // Ronald Reagan: 3 of the 4 articles naming a full Reagan; Baker: James and Howard, 1 each
      assertEquals(
          Map.of(
              "Ronald Reagan", 5L,
              "Nancy Reagan", 1L,
              "James Baker", 1L,
              "Howard Baker", 1L,
              "Baker", 1L),
          persons(all));
      // ranked and counted in one pass (a phrase), and in a pass of its own (words OR-ed)
      for (String q : List.of("\"to troops\"", "troops OR bill")) {
        SearchResults r = searcher.search(SearchRequest.builder(q).facets(true).build());
        assertEquals(Map.of("Ronald Reagan", (long) r.hits().size()), persons(r), q);
      }
    }
  }

  @Test
  void aFilterSpelledAsAnotherVariantOfAValueMatchesWhatTheValueCounts() throws IOException {
    try (NewsSearcher searcher = NewsSearcher.open(dir)) {
      // counted under "Goldman, Sachs and Co": g0-g3
      for (String spelling :
          List.of("Goldman Sachs and Company", "goldman sachs & co.", "Goldman, Sachs & Co")) {
        SearchResults r =
            searcher.search(
                SearchRequest.builder("*:*").entity(EntityType.ORGANIZATION, spelling).build());
        assertEquals(Set.of("g0", "g1", "g2", "g3"), ids(r), spelling);
      }
      // a name field too
      assertEquals(
          Set.of("g0", "g1", "g2", "g3"),
          ids(
              searcher.search(
                  SearchRequest.builder("organization:\"Goldman Sachs and Company\"").build())));
      // a value of no variant still matches by name, and here nothing
      assertEquals(
          Set.of(),
          ids(
              searcher.search(
                  SearchRequest.builder("*:*")
                      .entity(EntityType.ORGANIZATION, "Goldman Brothers")
                      .build())));
    }
  }

  @Test
  void countsAnAcronymAsTheOrganizationOfThoseInitials() throws IOException {
    try (NewsSearcher searcher = NewsSearcher.open(dir)) {
      SearchResults all = facetsOfAll(searcher);
      // the acronym's article counted for the organization; the other spelling's articles for
      // the spelling most articles use, g3 (both spellings) once
      assertEquals(
          List.of(
              new FacetValue("Goldman, Sachs and Co", 4),
              new FacetValue("Securities and Exchange Commission", 3)),
          all.facets().get("organization"));
      SearchResults sec =
          searcher.search(
              SearchRequest.builder("*:*")
                  .entity(EntityType.ORGANIZATION, "Securities and Exchange Commission")
                  .build());
      assertEquals(Set.of("s0", "s1", "s2"), ids(sec));
      SearchResults broker = searcher.search(SearchRequest.builder("broker").build());
      assertEquals(
          Map.of("organization", List.of("Securities and Exchange Commission")),
          broker.hits().get(0).entities());
    }
  }

  @Test
  void filtersByTheFullNameMatchTheArticlesItsFacetCounts() throws IOException {
    try (NewsSearcher searcher = NewsSearcher.open(dir)) {
      SearchResults reagan =
          searcher.search(
              SearchRequest.builder("*:*")
                  .entity(EntityType.PERSON, "ronald reagan")
                  .facets(true)
                  .build());
      // not n1, whose name field holds the written "Reagan" of Nancy Reagan
      assertEquals(Set.of("r0", "r1", "r2", "r3", "r4"), ids(reagan));
      assertEquals(5L, reagan.total());
      assertEquals(5L, persons(reagan).get("Ronald Reagan"));

      // counted sideways: the person facet ignores its own filter and honours the place's
      SearchResults inMosul =
          searcher.search(
              SearchRequest.builder("*:*")
                  .entity(EntityType.PERSON, "Ronald Reagan")
                  .entity(EntityType.LOCATION, "Mosul")
                  .facets(true)
                  .build());
      assertEquals(Set.of("r2", "r4"), ids(inMosul));
      assertEquals(Map.of("Ronald Reagan", 2L), persons(inMosul));
    }
  }

  @Test
  void showsTheFullNameOnHitsThatOnlyNameTheSurname() throws IOException {
    try (NewsSearcher searcher = NewsSearcher.open(dir)) {
      SearchResults r = searcher.search(SearchRequest.builder("refused").build());
      assertEquals(List.of("r3"), r.hits().stream().map(ArticleHit::id).toList());
      assertEquals(Map.of("person", List.of("Ronald Reagan")), r.hits().get(0).entities());
    }
  }

  @Test
  void dropsTheAliasWhenDeletionsLeaveNoDominantFullName() throws IOException {
    try (ArticleIndexer indexer =
        ArticleIndexer.open(dir, IndexerOptions.defaults(new DictionaryExtractor(NAMES)))) {
      indexer.delete("r0"); // Ronald Reagan now 2 of 3 articles naming a full Reagan
    }
    try (NewsSearcher searcher = NewsSearcher.open(dir)) {
      SearchResults all = facetsOfAll(searcher);
      assertEquals(2L, persons(all).get("Ronald Reagan"));
      assertEquals(2L, persons(all).get("Reagan"));
      SearchResults r = searcher.search(SearchRequest.builder("refused").build());
      assertEquals(Map.of("person", List.of("Reagan")), r.hits().get(0).entities());
    }
  }

  @Test
  void filtersAndQueryFieldsMatchWhatTheFacetValueCounts() throws IOException {
    try (NewsSearcher searcher = NewsSearcher.open(dir)) {
      Set<String> reagan = Set.of("r0", "r1", "r2", "r3", "r4");
      // a query on the name field, as the filter: r3 and r4 only say "Reagan"
      assertEquals(reagan, ids(search(searcher, "person:\"Ronald Reagan\"")));
      assertEquals(Set.of("r3"), ids(search(searcher, "refused AND person:\"ronald reagan\"")));
      // a filter naming the spelling fewer articles use matches the value it is counted under
      Set<String> goldman = Set.of("g0", "g1", "g2", "g3");
      assertEquals(goldman, ids(filtered(searcher, EntityType.ORGANIZATION, "Goldman Sachs & Co")));
      assertEquals(goldman, ids(search(searcher, "organization:\"Goldman Sachs & Co\"")));
      // a filter's value is made canonical as the indexer makes names: U.S. is United States
      for (String us : List.of("U.S.", "US", "United States", "united  states")) {
        assertEquals(Set.of("u0", "u1"), ids(filtered(searcher, EntityType.LOCATION, us)), us);
      }
      assertEquals(Set.of("u0", "u1"), ids(search(searcher, "location:US")));
    }
  }

  @Test
  void aFilterOnAFacetValueInAnyCaseMatchesTheArticlesItCountsAndAWrittenNameAlsoTheOthers()
      throws IOException {
    try (ArticleIndexer indexer =
        ArticleIndexer.open(dir, IndexerOptions.defaults(new DictionaryExtractor(NAMES)))) {
      indexer.index(TestIndexes.article("o0", "1987-07-01", "OPEC ministers met."));
      // OPEC is this article's own full name, and that full name is in no other article
      indexer.index(
          TestIndexes.article(
              "o1",
              "1987-07-02",
              "The Organization of Petroleum Exporting Countries (OPEC) met.",
              "OPEC output fell."));
    }
    try (NewsSearcher searcher = NewsSearcher.open(dir)) {
      SearchResults all = facetsOfAll(searcher);
      Map<String, Long> orgs =
          all.facets().get("organization").stream()
              .collect(Collectors.toMap(FacetValue::value, FacetValue::count));
      assertEquals(1L, orgs.get("OPEC"));
      assertEquals(1L, orgs.get("Organization of Petroleum Exporting Countries"));
      SearchResults opec =
          searcher.search(
              SearchRequest.builder("*:*")
                  .entity(EntityType.ORGANIZATION, "OPEC")
                  .facets(true)
                  .build());
      assertEquals(Set.of("o0"), ids(opec));
      assertEquals(1, opec.total());
      // the value in another case is the same facet value, with the same count
      assertEquals(Set.of("o0"), ids(filtered(searcher, EntityType.ORGANIZATION, "opec")));
    }
    // once no live article holds the value (its doc values stay until a merge), it is a name
    try (ArticleIndexer indexer =
        ArticleIndexer.open(dir, IndexerOptions.defaults(new DictionaryExtractor(NAMES)))) {
      indexer.index(TestIndexes.article("o0", "1987-07-01", "Oil ministers met."));
    }
    try (NewsSearcher searcher = NewsSearcher.open(dir)) {
      // a name that is no facet value matches where it is written, any case
      assertEquals(Set.of("o1"), ids(filtered(searcher, EntityType.ORGANIZATION, "OPEC")));
      assertEquals(Set.of("o1"), ids(filtered(searcher, EntityType.ORGANIZATION, "opec")));
    }
  }

  private static SearchResults search(NewsSearcher searcher, String query) throws IOException {
    return searcher.search(SearchRequest.builder(query).limit(50).build());
  }

  private static SearchResults filtered(NewsSearcher searcher, EntityType type, String value)
      throws IOException {
    return searcher.search(SearchRequest.builder("*:*").limit(50).entity(type, value).build());
  }
}
