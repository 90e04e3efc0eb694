package org.dateline.searcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.store.Directory;
import org.dateline.indexer.article.Article;
import org.dateline.indexer.entity.EntityType;
import org.dateline.indexer.testing.TestIndexes;
import org.dateline.searcher.FacetResults.FacetValue;
import org.dateline.searcher.SearchRequest.DateBuckets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NewsSearcherTest {

  static Directory dir;
  static NewsSearcher searcher;

  @BeforeAll
  static void index() throws IOException {
    dir =
        TestIndexes.index(
            List.of(
                TestIndexes.article(
                    "a1",
                    "2020-06-12",
                    "US troops will leave Iraq in the coming months.",
                    "The State Department in Washington announced the plan.",
                    "David Hale met officials in Baghdad."),
                TestIndexes.article(
                    "a2",
                    "2020-06-20",
                    "Troops moved to Mosul near the Euphrates.",
                    "Mosul was controlled by militants for years.",
                    "Mosul is the largest city in northern Iraq."),
                TestIndexes.article(
                    "a3",
                    "2020-07-01",
                    "Angela Merkel visited Berlin hospitals.",
                    "NATO ministers met in Berlin."),
                TestIndexes.article(
                    "a4", "2019-03-15", "Oil prices fell sharply in Baghdad markets."),
                TestIndexes.article(
                    "a5",
                    "2021-01-05",
                    "Economic reforms in Iraq were discussed by the State Department."),
                TestIndexes.article("a6", null, "An undated report about troops in Berlin."),
                new Article(
                    "a7",
                    LocalDate.of(2020, 6, 15),
                    "Budget talks",
                    List.of("Parliament debated spending."),
                    Map.of())));
    searcher = NewsSearcher.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
    dir.close();
  }

  private static SearchResults search(SearchRequest.Builder b) throws IOException {
    return searcher.search(b.build());
  }

  private static List<String> ids(String query) throws IOException {
    return ids(SearchRequest.builder(query).limit(100));
  }

  private static List<String> ids(SearchRequest.Builder b) throws IOException {
    return search(b).hits().stream().map(ArticleHit::id).toList();
  }

  private static Set<String> idSet(String query) throws IOException {
    return new HashSet<>(ids(query));
  }

  @Test
  void findsArticlesByTerm() throws IOException {
    assertEquals(List.of("a2"), ids("mosul"));
  }

  @Test
  void matchesStemmedForms() throws IOException {
    assertEquals(Set.of("a3"), idSet("visits"));
  }

  @Test
  void matchesPhrases() throws IOException {
    assertEquals(Set.of("a1", "a5"), idSet("\"State Department\""));
    assertEquals(Set.of(), idSet("\"Department State\""));
    // typographic quotes, as news text writes them, open phrases too
    assertEquals(Set.of("a1", "a5"), idSet("\u201CState Department\u201D"));
    assertEquals(Set.of(), idSet("\u201CDepartment State\u201D"));
  }

  @Test
  void searchesAWordTheAnalyzerCutsAsThePhraseOfItsParts() throws IOException {
    assertEquals(Set.of("a1", "a5"), idSet("State-Department"));
    assertEquals(Set.of(), idSet("Department-State")); // not "department OR state"
  }

  @Test
  void anyDayMatchesTheDatedArticles() throws IOException {
    assertEquals(Set.of("a1", "a2", "a3", "a4", "a5", "a7"), idSet("date:*"));
    assertEquals(Set.of("a1"), idSet("date:\"2020-06-12\"")); // quoted, as a phrase
  }

  @Test
  void matchesProximity() throws IOException {
    assertEquals(Set.of(), idSet("\"troops leave\""));
    assertEquals(Set.of("a1"), idSet("\"troops leave\"~2"));
  }

  @Test
  void appliesBooleanOperatorsToWholeArticles() throws IOException {
    assertEquals(Set.of("a1"), idSet("troops AND Baghdad"));
    assertEquals(Set.of("a1", "a6"), idSet("troops -Mosul"));
    assertEquals(Set.of("a1", "a6"), idSet("troops NOT Mosul"));
    assertEquals(Set.of("a4"), idSet("+oil +prices"));
    assertEquals(Set.of("a2", "a3"), idSet("(mosul OR merkel) AND NOT budget"));
  }

  @Test
  void aQueryOfExcludedWordsOnlyMatchesEveryOtherArticle() throws IOException {
    Set<String> all = idSet("*:*");
    Set<String> withoutMosul = new HashSet<>(all);
    withoutMosul.removeAll(idSet("mosul"));
    assertEquals(withoutMosul, idSet("NOT mosul"));
    assertEquals(withoutMosul, idSet("-mosul"));
    assertEquals(idSet("troops -mosul"), idSet("troops AND (NOT mosul)"));
    // the clause that lets the others through adds nothing to scores
    assertEquals(scores("troops -mosul"), scores("troops AND (NOT mosul)"));
    // feedback terms do not bring excluded articles back
    assertEquals(
        withoutMosul,
        new HashSet<>(
            ids(
                SearchRequest.builder("NOT mosul")
                    .limit(100)
                    .feedback(new org.dateline.searcher.ranking.Feedback(3, 10, 0.5)))));
    // a match-all clause among words OR-ed matches articles, not their paragraphs
    SearchResults any = search(SearchRequest.builder("*:* OR mosul").limit(100));
    assertEquals(all, new HashSet<>(ids(SearchRequest.builder("*:* OR mosul").limit(100))));
    assertEquals(all.size(), any.hits().size());
    assertEquals(all.size(), any.total());
  }

  @Test
  void excludingOnlyStopWordsExcludesNothing() throws IOException {
    Set<String> all = idSet("*:*");
    // the index holds no stop word: excluding one leaves every article, as excluding a word that no
    // article holds does, where the excluded clause used to be dropped and the query match nothing
    for (String q :
        List.of("NOT the", "-the", "NOT (the OR a)", "-\"of the\"", "-title:the", "the -the")) {
      assertEquals(all, idSet(q), q);
    }
    assertEquals(all, idSet("oil OR (NOT the)"));
    assertEquals(idSet("oil OR (NOT zyzzyva)"), idSet("oil OR (NOT the)"));
    assertEquals(all, idSet("mosul OR (NOT (the OR a))"));
    // beside other clauses it changes nothing, and the operators around it bind as before
    assertEquals(idSet("troops"), idSet("troops AND NOT the"));
    assertEquals(scores("troops -mosul"), scores("troops -the -mosul"));
    assertEquals(Set.of("a1"), idSet("troops -the AND baghdad"));
    assertEquals(Set.of(), idSet("the"), "a query of stop words only still finds nothing");
  }

  private static Map<String, Float> scores(String query) throws IOException {
    Map<String, Float> scores = new java.util.TreeMap<>();
    for (ArticleHit h : search(SearchRequest.builder(query).limit(100)).hits()) {
      scores.put(h.id(), h.score());
    }
    return scores;
  }

  @Test
  void ordsTermsByDefaultAndAndsThemWhenAsked() throws IOException {
    assertEquals(Set.of("a1", "a2", "a6", "a4"), idSet("troops oil"));
    assertEquals(List.of(), ids(SearchRequest.builder("troops oil").requireAllTerms(true)));
    assertEquals(
        Set.of("a2"),
        new HashSet<>(ids(SearchRequest.builder("troops mosul").requireAllTerms(true))));
  }

  @Test
  void expandsWildcardsAndFuzzyTerms() throws IOException {
    assertEquals(Set.of("a3"), idSet("merk*"));
    assertEquals(Set.of("a3"), idSet("me?kel"));
    assertEquals(Set.of("a3"), idSet("merkle~"));
  }

  @Test
  void aQueryWithACombiningAccentIsSearchedComposed() throws IOException {
    assertEquals(idSet("M\u00fcller OR Merkel"), idSet("Mu\u0308ller OR Merkel"));
    assertEquals(
        "M\u00fcller", SearchRequest.builder("Mu\u0308ller").build().query(), "as articles are");
  }

  @Test
  void aWordWithAStarFindsAtLeastWhatTheWordFinds() throws IOException {
    // the index holds stems ("troop", "month"): the stem's prefix is searched too
    for (String word : List.of("troops", "months", "coming", "Troops")) {
      Set<String> plain = idSet(word);
      assertFalse(plain.isEmpty(), word);
      assertTrue(idSet(word + "*").containsAll(plain), word);
    }
    assertEquals(idSet("troop*"), idSet("troops*"));
    assertEquals(idSet("title:budget"), idSet("title:budgets*"));
    // the stem itself, not its prefix: "troops*" is no "tro*" ("trojan" would match), and the
    // stem is not stemmed again
    assertEquals(idSet("troops OR troops*"), idSet("troops*"));
    // scored as a prefix is, at a constant score, once per article: as "troop*", which matches
    // the same words here
    assertEquals(scores("troop*"), scores("troops*"));
    String parsed =
        new org.dateline.searcher.query.UserQueryParser(
                org.dateline.indexer.schema.NewsSchema.analyzer())
            .parse("troops*", false, false, false)
            .toString();
    assertFalse(parsed.contains("troo*") || parsed.contains("troop*"), parsed);
  }

  @Test
  void searchesFieldsByName() throws IOException {
    assertEquals(Set.of("a1"), idSet("person:\"David Hale\""));
    assertEquals(Set.of("a1"), idSet("person:\"david hale\""));
    assertEquals(Set.of("a3", "a6"), idSet("location:Berlin"));
    assertEquals(Set.of("a3"), idSet("organization:NATO"));
    assertEquals(Set.of("a7"), idSet("title:budget"));
    assertEquals(Set.of("a2"), idSet("text:euphrates"));
  }

  @Test
  void searchesDateRangesInQuerySyntax() throws IOException {
    assertEquals(Set.of("a1", "a2", "a7"), idSet("date:[2020-06-01 TO 2020-06-30]"));
    assertEquals(Set.of("a1", "a2"), idSet("troops AND date:[2020-06-01 TO 2020-06-30]"));
    assertEquals(Set.of("a1"), idSet("date:2020-06-12"));
    assertEquals(Set.of("a5"), idSet("date:[2021-01-01 TO *]"));
  }

  @Test
  void matchesEveryArticleWithStarColonStar() throws IOException {
    assertEquals(7, search(SearchRequest.builder("*:*")).total());
  }

  @Test
  void takesSyntaxLiterallyInSimpleMode() throws IOException {
    SearchRequest.Builder b =
        SearchRequest.builder("troops AND (Mosul \"")
            .syntax(SearchRequest.Syntax.SIMPLE)
            .limit(100);
    assertEquals(Set.of("a1", "a2", "a6"), new HashSet<>(ids(b)));
  }

  @Test
  void filtersByDateRange() throws IOException {
    SearchRequest.Builder b =
        SearchRequest.builder("troops")
            .from(LocalDate.of(2020, 6, 1))
            .to(LocalDate.of(2020, 6, 30));
    assertEquals(Set.of("a1", "a2"), new HashSet<>(ids(b)));
    assertEquals(List.of(), ids(SearchRequest.builder("mosul").to(LocalDate.of(2020, 5, 31))));
    assertEquals(
        Set.of("a5"),
        new HashSet<>(ids(SearchRequest.builder("*:*").from(LocalDate.of(2021, 1, 1)))));
  }

  @Test
  void dateBoundsTakeInTheArticlesOfTheBoundDays() throws IOException {
    // a1 is dated 2020-06-12, a2 2020-06-20: both bounds are inclusive
    LocalDate a1 = LocalDate.of(2020, 6, 12);
    LocalDate a2 = LocalDate.of(2020, 6, 20);
    assertEquals(List.of("a1"), ids(SearchRequest.builder("troops").from(a1).to(a1)));
    assertEquals(Set.of("a1", "a2"), new HashSet<>(ids(SearchRequest.builder("troops").to(a2))));
    assertEquals(List.of("a2"), ids(SearchRequest.builder("troops").from(a2)));
    assertEquals(List.of("a1"), ids(SearchRequest.builder("troops").to(a2.minusDays(1))));
    assertEquals(List.of("a2"), ids(SearchRequest.builder("troops").from(a1.plusDays(1))));
  }

  @Test
  void undatedArticlesNeverMatchDateFilters() throws IOException {
    assertFalse(ids(SearchRequest.builder("berlin").from(LocalDate.of(1900, 1, 1))).contains("a6"));
  }

  @Test
  void filtersByEntityOringValuesOfOneTypeAndAndingTypes() throws IOException {
    assertEquals(
        Set.of("a2"),
        new HashSet<>(ids(SearchRequest.builder("*:*").entity(EntityType.LOCATION, "Mosul"))));
    assertEquals(
        Set.of("a2", "a3", "a6"),
        new HashSet<>(
            ids(
                SearchRequest.builder("*:*")
                    .entity(EntityType.LOCATION, "Mosul")
                    .entity(EntityType.LOCATION, "berlin"))));
    assertEquals(
        Set.of("a3"),
        new HashSet<>(
            ids(
                SearchRequest.builder("*:*")
                    .entity(EntityType.LOCATION, "Berlin")
                    .entity(EntityType.PERSON, "Angela Merkel"))));
  }

  @Test
  void sortsByDateNewestFirstWithUndatedLast() throws IOException {
    assertEquals(
        List.of("a5", "a3", "a2", "a7", "a1", "a4", "a6"),
        ids(SearchRequest.builder("*:*").sort(SearchRequest.Sort.DATE)));
  }

  @Test
  void hitsSortedByDateCarryTheScoresTheyRankByOtherwise() throws IOException {
    for (boolean facets : List.of(false, true)) {
      Map<String, Float> byRelevance = new java.util.HashMap<>();
      for (ArticleHit h : search(SearchRequest.builder("troops OR iraq").facets(facets)).hits()) {
        byRelevance.put(h.id(), h.score());
      }
      List<ArticleHit> byDate =
          search(
                  SearchRequest.builder("troops OR iraq")
                      .facets(facets)
                      .sort(SearchRequest.Sort.DATE))
              .hits();
      assertEquals(byRelevance.size(), byDate.size());
      for (ArticleHit h : byDate) {
        assertTrue(h.score() > 0, h.id() + ": " + h.score());
        assertEquals(byRelevance.get(h.id()), h.score(), h.id());
      }
    }
  }

  @Test
  void sortsByRelevanceBestFirst() throws IOException {
    List<ArticleHit> hits = search(SearchRequest.builder("mosul OR berlin OR troops")).hits();
    assertEquals("a2", hits.get(0).id(), "three Mosul paragraphs and troops");
    for (int i = 1; i < hits.size(); i++) {
      assertTrue(hits.get(i - 1).score() >= hits.get(i).score());
    }
  }

  @Test
  void recencyBoostFavoursNewerArticles() throws IOException {
    List<String> plain = ids(SearchRequest.builder("\"State Department\""));
    List<String> recent = ids(SearchRequest.builder("\"State Department\"").recency(30));
    assertEquals("a5", recent.get(0));
    assertEquals(Set.copyOf(plain), Set.copyOf(recent));
  }

  @Test
  void countsFacetsPerArticleNotPerParagraph() throws IOException {
    FacetResults f = search(SearchRequest.builder("mosul").facets(true)).facets();
    assertEquals(
        List.of(new FacetValue("Iraq", 1), new FacetValue("Mosul", 1)), sorted(f.get("location")));
    assertEquals(List.of(), f.get("person"));
  }

  @Test
  void countsEveryDimensionOverAllArticles() throws IOException {
    FacetResults f = search(SearchRequest.builder("*:*").facets(true)).facets();
    assertEquals(
        List.of(
            new FacetValue("Baghdad", 2),
            new FacetValue("Berlin", 2),
            new FacetValue("Iraq", 3),
            new FacetValue("Mosul", 1)),
        sorted(f.get("location")));
    assertEquals(
        List.of(new FacetValue("NATO", 1), new FacetValue("State Department", 2)),
        sorted(f.get("organization")));
    assertEquals(new FacetValue("Iraq", 3), f.get("location").get(0));
  }

  @Test
  void keepsOtherValuesOfAFilteredDimensionDrillSideways() throws IOException {
    FacetResults f =
        search(SearchRequest.builder("*:*").entity(EntityType.LOCATION, "Berlin").facets(true))
            .facets();
    assertEquals(
        List.of(
            new FacetValue("Baghdad", 2),
            new FacetValue("Berlin", 2),
            new FacetValue("Iraq", 3),
            new FacetValue("Mosul", 1)),
        sorted(f.get("location")),
        "the location facet ignores its own filter");
    assertEquals(List.of(new FacetValue("Angela Merkel", 1)), f.get("person"));
    assertEquals(List.of(new FacetValue("NATO", 1)), f.get("organization"));
  }

  @Test
  void bucketsDatesByChosenGranularity() throws IOException {
    FacetResults years =
        search(SearchRequest.builder("*:*").facets(true).dateBuckets(DateBuckets.YEAR)).facets();
    assertEquals(
        List.of(new FacetValue("2019", 1), new FacetValue("2020", 4), new FacetValue("2021", 1)),
        years.get("date"));
    FacetResults months =
        search(SearchRequest.builder("*:*").facets(true).dateBuckets(DateBuckets.MONTH)).facets();
    assertEquals(
        List.of(
            new FacetValue("2019-03", 1),
            new FacetValue("2020-06", 3),
            new FacetValue("2020-07", 1),
            new FacetValue("2021-01", 1)),
        months.get("date"));
  }

  @Test
  void choosesDayBucketsForAMonthAndYearsWithoutRange() throws IOException {
    FacetResults june =
        search(
                SearchRequest.builder("*:*")
                    .from(LocalDate.of(2020, 6, 1))
                    .to(LocalDate.of(2020, 6, 30))
                    .facets(true))
            .facets();
    assertEquals(DateBuckets.DAY, june.dateBuckets());
    assertEquals(
        List.of(
            new FacetValue("2020-06-12", 1),
            new FacetValue("2020-06-15", 1),
            new FacetValue("2020-06-20", 1)),
        june.get("date"));
    FacetResults all = search(SearchRequest.builder("*:*").facets(true)).facets();
    assertEquals(DateBuckets.MONTH, all.dateBuckets(), "2019-03 to 2021-01 is under 3 years");
    // the span of the matching articles, however the query narrows it
    FacetResults oneDay = search(SearchRequest.builder("date:2020-06-12").facets(true)).facets();
    assertEquals(DateBuckets.DAY, oneDay.dateBuckets());
    assertEquals(List.of(new FacetValue("2020-06-12", 1)), oneDay.get("date"));
  }

  @Test
  void pagesWithOffsetWithoutSkippingOrRepeating() throws IOException {
    List<String> all = ids(SearchRequest.builder("*:*").sort(SearchRequest.Sort.DATE).limit(7));
    List<String> paged = new ArrayList<>();
    for (int offset = 0; offset < 7; offset += 3) {
      paged.addAll(
          ids(SearchRequest.builder("*:*").sort(SearchRequest.Sort.DATE).offset(offset).limit(3)));
    }
    assertEquals(all, paged);
  }

  @Test
  void pagesWithCursorWithoutSkippingOrRepeating() throws IOException {
    for (SearchRequest.Sort sort : SearchRequest.Sort.values()) {
      List<String> all =
          ids(SearchRequest.builder("troops OR iraq OR berlin OR oil").sort(sort).limit(50));
      List<String> paged = new ArrayList<>();
      String cursor = null;
      do {
        SearchResults page =
            search(
                SearchRequest.builder("troops OR iraq OR berlin OR oil")
                    .sort(sort)
                    .limit(2)
                    .cursor(cursor));
        // each page starts where the previous ones ended, so its hits are numbered on
        assertEquals(paged.size(), page.start(), "sort " + sort);
        page.hits().forEach(h -> paged.add(h.id()));
        cursor = page.nextCursor();
      } while (cursor != null);
      assertEquals(all, paged, "sort " + sort);
      SearchResults skipping =
          search(
              SearchRequest.builder("troops OR iraq OR berlin OR oil")
                  .sort(sort)
                  .offset(1)
                  .limit(2));
      assertEquals(1, skipping.start());
      SearchResults afterOffsetPage =
          search(
              SearchRequest.builder("troops OR iraq OR berlin OR oil")
                  .sort(sort)
                  .limit(1)
                  .cursor(skipping.nextCursor()));
      assertEquals(3, afterOffsetPage.start());
      assertEquals(all.get(3), afterOffsetPage.hits().get(0).id());
    }
  }

  @Test
  void theLastPageHasNoCursorEvenWhenItIsFull() throws IOException {
    // "+berlin" is ranked and counted for facets in one pass, "berlin" in two
    for (String query : List.of("berlin", "+berlin")) {
      for (SearchRequest.Sort sort : SearchRequest.Sort.values()) {
        for (boolean facets : new boolean[] {false, true}) {
          SearchResults all = search(SearchRequest.builder(query).sort(sort).limit(50));
          int total = Math.toIntExact(all.total());
          assertTrue(total >= 2, "the test needs two hits");

          SearchResults exactlyAll =
              search(SearchRequest.builder(query).sort(sort).facets(facets).limit(total));
          SearchResults firstOfTwo =
              search(SearchRequest.builder(query).sort(sort).facets(facets).limit(total - 1));
          SearchResults second =
              search(
                  SearchRequest.builder(query)
                      .sort(sort)
                      .facets(facets)
                      .limit(1)
                      .cursor(firstOfTwo.nextCursor()));
          SearchResults lastByOffset =
              search(
                  SearchRequest.builder(query)
                      .sort(sort)
                      .facets(facets)
                      .offset(total - 1)
                      .limit(1));

          String what = query + ", sort " + sort + ", facets " + facets;
          assertEquals(total, exactlyAll.hits().size(), what);
          assertNull(exactlyAll.nextCursor(), what);
          assertNotNull(firstOfTwo.nextCursor(), what);
          assertEquals(1, second.hits().size(), what);
          assertNull(second.nextCursor(), what);
          assertNull(lastByOffset.nextCursor(), what);
          assertEquals(all.hits().get(total - 1).id(), second.hits().get(0).id(), what);
        }
      }
    }
  }

  @Test
  void refusesACursorOfAnotherSearchOrAnAlteredOne() throws IOException {
    String cursor =
        search(SearchRequest.builder("troops OR iraq OR berlin OR oil").limit(1)).nextCursor();
    assertNotNull(cursor);
    // paging goes on with the page size changed, and with facets asked for
    List<String> all = ids(SearchRequest.builder("troops OR iraq OR berlin OR oil").limit(50));
    SearchResults next =
        search(
            SearchRequest.builder("troops OR iraq OR berlin OR oil")
                .limit(3)
                .facets(true)
                .cursor(cursor));
    assertEquals(all.get(1), next.hits().get(0).id());
    for (SearchRequest.Builder other :
        List.of(
            SearchRequest.builder("oil").cursor(cursor),
            SearchRequest.builder("troops OR iraq OR berlin OR oil")
                .from(java.time.LocalDate.of(2020, 1, 1))
                .cursor(cursor),
            SearchRequest.builder("troops OR iraq OR berlin OR oil")
                .to(java.time.LocalDate.of(2030, 1, 1))
                .cursor(cursor),
            SearchRequest.builder("troops OR iraq OR berlin OR oil")
                .entity(EntityType.LOCATION, "Iraq")
                .cursor(cursor),
            SearchRequest.builder("troops OR iraq OR berlin OR oil").recency(30).cursor(cursor),
            SearchRequest.builder("troops OR iraq OR berlin OR oil")
                .feedback(org.dateline.searcher.ranking.Feedback.RM3)
                .cursor(cursor),
            SearchRequest.builder("troops OR iraq OR berlin OR oil")
                .paragraphWeight(0)
                .cursor(cursor))) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> search(other));
      assertTrue(e.getMessage().startsWith("cursor was made for another search"), e.getMessage());
    }
    IllegalArgumentException sorted =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                search(
                    SearchRequest.builder("troops OR iraq OR berlin OR oil")
                        .sort(SearchRequest.Sort.DATE)
                        .cursor(cursor)));
    assertTrue(sorted.getMessage().contains("another sort order"), sorted.getMessage());
    // a character in the middle (the last may hold only padding bits, which decoding ignores)
    int middle = cursor.length() / 2;
    String altered =
        cursor.substring(0, middle)
            + (cursor.charAt(middle) == 'A' ? 'B' : 'A')
            + cursor.substring(middle + 1);
    assertThrows(
        IllegalArgumentException.class,
        () -> search(SearchRequest.builder("troops OR iraq OR berlin OR oil").cursor(altered)));
  }

  @Test
  void aCursorServesTheSameQueryWrittenInAnotherCaseOrSpacing() throws IOException {
    String cursor = search(SearchRequest.builder("troops iraq berlin oil").limit(1)).nextCursor();
    List<String> all = ids(SearchRequest.builder("troops iraq berlin oil").limit(50));
    SearchResults next =
        search(SearchRequest.builder("  TROOPS Iraq   berlin Oil ").cursor(cursor));
    assertEquals(all.get(1), next.hits().get(0).id());
    // the same words under another operator are another search
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                search(
                    SearchRequest.builder("troops iraq berlin oil")
                        .requireAllTerms(true)
                        .cursor(cursor)));
    assertTrue(e.getMessage().startsWith("cursor was made for another search"), e.getMessage());
  }

  @Test
  void aCursorServesTheSameEntityFiltersGivenInAnotherOrderOrCase() throws IOException {
    SearchRequest.Builder first =
        SearchRequest.builder("troops OR iraq OR berlin OR oil")
            .entity(EntityType.LOCATION, "Iraq")
            .entity(EntityType.LOCATION, "Germany")
            .limit(1);
    SearchResults page = search(first);
    assertNotNull(page.nextCursor());
    List<String> all =
        ids(
            SearchRequest.builder("troops OR iraq OR berlin OR oil")
                .entity(EntityType.LOCATION, "Iraq")
                .entity(EntityType.LOCATION, "Germany")
                .limit(50));
    // the values in another order, and in another case: the same filters
    for (List<String> values : List.of(List.of("Germany", "Iraq"), List.of("GERMANY", "iraq"))) {
      SearchResults next =
          search(
              SearchRequest.builder("troops OR iraq OR berlin OR oil")
                  .entity(EntityType.LOCATION, values.get(0))
                  .entity(EntityType.LOCATION, values.get(1))
                  .limit(1)
                  .cursor(page.nextCursor()));
      assertEquals(all.get(1), next.hits().get(0).id(), values.toString());
    }
    // another value is another search
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                search(
                    SearchRequest.builder("troops OR iraq OR berlin OR oil")
                        .entity(EntityType.LOCATION, "Iraq")
                        .cursor(page.nextCursor())));
    assertTrue(e.getMessage().startsWith("cursor was made for another search"), e.getMessage());
  }

  @Test
  void highlightsMatchedWordsInTheBestParagraphs() throws IOException {
    ArticleHit hit =
        search(SearchRequest.builder("mosul militants").paragraphsPerHit(2)).hits().get(0);
    assertEquals("a2", hit.id());
    assertEquals(2, hit.paragraphs().size());
    ParagraphHit best = hit.paragraphs().get(0);
    assertEquals(2, best.number());
    assertEquals(
        "<em>Mosul</em> was controlled by <em>militants</em> for years.", best.highlighted());
    assertEquals("Mosul was controlled by militants for years.", best.text());
  }

  @Test
  void highlightsEachHitOfAPageInItsOwnParagraphs() throws IOException {
    List<ArticleHit> hits = search(SearchRequest.builder("berlin").paragraphsPerHit(1)).hits();
    assertEquals(Set.of("a3", "a6"), Set.copyOf(hits.stream().map(ArticleHit::id).toList()));
    for (ArticleHit hit : hits) {
      ParagraphHit p = hit.paragraphs().get(0);
      assertEquals(p.text().replace("Berlin", "<em>Berlin</em>"), p.highlighted(), hit.id());
    }
  }

  @Test
  void highlightsAPhraseOnlyWhereItsWordsStandTogether() throws IOException {
    ParagraphHit p =
        search(SearchRequest.builder("\"State Department\" Iraq")).hits().stream()
            .filter(h -> h.id().equals("a5"))
            .findFirst()
            .orElseThrow()
            .paragraphs()
            .get(0);
    assertEquals(
        "Economic reforms in <em>Iraq</em> were discussed by the <em>State</em>"
            + " <em>Department</em>.",
        p.highlighted());
    ParagraphHit lone =
        search(SearchRequest.builder("\"troops Berlin\" report")).hits().get(0).paragraphs().get(0);
    assertEquals("An undated <em>report</em> about troops in Berlin.", lone.highlighted());
  }

  @Test
  void highlightsParagraphsOfEachTermOfAnAndQuery() throws IOException {
    ArticleHit hit = search(SearchRequest.builder("troops AND Baghdad")).hits().get(0);
    assertEquals(
        Set.of(1, 3), Set.copyOf(hit.paragraphs().stream().map(ParagraphHit::number).toList()));
    hit.paragraphs().forEach(p -> assertTrue(p.highlighted().contains("<em>"), p.highlighted()));
  }

  @Test
  void highlightsTheNamesAnEntityFilterOrANameFieldAsksFor() throws IOException {
    ParagraphHit filtered =
        search(SearchRequest.builder("*:*").entity(EntityType.PERSON, "david hale"))
            .hits()
            .get(0)
            .paragraphs()
            .get(0);
    assertEquals("<em>David</em> <em>Hale</em> met officials in Baghdad.", filtered.highlighted());
    ParagraphHit named =
        search(SearchRequest.builder("location:baghdad oil")).hits().stream()
            .filter(h -> h.id().equals("a4"))
            .findFirst()
            .orElseThrow()
            .paragraphs()
            .get(0);
    assertEquals(
        "<em>Oil</em> prices fell sharply in <em>Baghdad</em> markets.", named.highlighted());
  }

  @Test
  void showsFirstParagraphWhenNoTextTermMatched() throws IOException {
    ArticleHit hit = search(SearchRequest.builder("title:budget")).hits().get(0);
    assertEquals(1, hit.paragraphs().get(0).number());
    assertEquals("Parliament debated spending.", hit.paragraphs().get(0).highlighted());
    assertEquals("Budget talks", hit.title());
  }

  @Test
  void highlightsTheWordsAndPhrasesTheQueryMatchedInTheTitle() throws IOException {
    assertEquals("<em>Budget</em> talks", titleOfFirstHit("budget"));
    assertEquals("<em>Budget</em> <em>talks</em>", titleOfFirstHit("title:\"budget talks\""));
    assertEquals("<em>Budget</em> talks", titleOfFirstHit("budg*"));
    assertEquals("Budget talks", titleOfFirstHit("parliament"));
    assertEquals("Budget talks", titleOfFirstHit("text:parliament title:spending"));
    ArticleHit untitled = search(SearchRequest.builder("hale")).hits().get(0);
    assertNull(untitled.title());
    assertNull(untitled.highlightedTitle());
  }

  private static String titleOfFirstHit(String query) throws IOException {
    ArticleHit hit = search(SearchRequest.builder(query)).hits().get(0);
    assertEquals("a7", hit.id(), query);
    return hit.highlightedTitle();
  }

  @Test
  void returnsArticleFieldsAndEntities() throws IOException {
    ArticleHit hit = search(SearchRequest.builder("hale")).hits().get(0);
    assertEquals("a1", hit.id());
    assertEquals(LocalDate.of(2020, 6, 12), hit.date());
    assertEquals(List.of("David Hale"), hit.entities().get("person"));
    assertEquals(List.of("Iraq", "Baghdad"), hit.entities().get("location"));
    assertNull(hit.explanation());
  }

  @Test
  void explainsScoresWhenAsked() throws IOException {
    ArticleHit hit = search(SearchRequest.builder("mosul").explain(true)).hits().get(0);
    assertNotNull(hit.explanation());
    assertTrue(hit.explanation().contains("mosul"), hit.explanation());
  }

  @Test
  void findsRelatedArticlesButNeverTheArticleItself() throws IOException {
    List<ArticleHit> related = searcher.related("a1", 10, null);
    List<String> ids = related.stream().map(ArticleHit::id).toList();
    assertFalse(ids.contains("a1"));
    assertEquals("a5", ids.get(0), ids.toString());
    List<String> windowed = searcher.related("a1", 10, 30).stream().map(ArticleHit::id).toList();
    assertFalse(windowed.contains("a5"), "a5 is more than 30 days away: " + windowed);
    assertThrows(IllegalArgumentException.class, () -> searcher.related("nope", 10, null));
    // no window around an undated article (a6), rather than a window quietly dropped
    assertFalse(searcher.related("a6", 10, null).isEmpty());
    IllegalArgumentException undated =
        assertThrows(IllegalArgumentException.class, () -> searcher.related("a6", 10, 30));
    assertTrue(undated.getMessage().contains("has no date"), undated.getMessage());
  }

  @Test
  void reportsIndexStats() throws IOException {
    IndexStats s = searcher.stats();
    assertEquals(7, s.articles());
    assertEquals(12, s.paragraphs());
    assertEquals(LocalDate.of(2019, 3, 15), s.firstDate());
    assertEquals(LocalDate.of(2021, 1, 5), s.lastDate());
    assertEquals(new FacetValue("Iraq", 3), s.topEntities().get("location").get(0));
    assertTrue(s.sizeBytes() > 0);
  }

  @Test
  void facetAndStatsValuesCannotBeChangedByTheCaller() throws IOException {
    List<FacetValue> locations =
        search(SearchRequest.builder("*:*").facets(true)).facets().get("location");
    assertThrows(UnsupportedOperationException.class, locations::clear);
    List<FacetValue> top = searcher.stats().topEntities().get("location");
    assertThrows(UnsupportedOperationException.class, top::clear);
    assertThrows(UnsupportedOperationException.class, () -> searcher.stats().topEntities().clear());
  }

  private static List<FacetValue> sorted(List<FacetValue> values) {
    return values.stream().sorted(java.util.Comparator.comparing(FacetValue::value)).toList();
  }
}
