package org.dateline.searcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.dateline.indexer.ArticleIndexer;
import org.dateline.indexer.IndexerOptions;
import org.dateline.indexer.article.Article;
import org.dateline.indexer.entity.EntityType;
import org.dateline.indexer.testing.TestIndexes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadRequestsTest {

  static Directory dir;
  static NewsSearcher searcher;

  @BeforeAll
  static void index() throws IOException {
    List<Article> articles = new ArrayList<>();
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      words.append("term").append(i).append(' ');
    }
    articles.add(TestIndexes.article("many", "2020-01-01", words.toString()));
    dir = TestIndexes.index(articles);
    searcher = NewsSearcher.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
    dir.close();
  }

  private static String error(String query) {
    return assertThrows(
            IllegalArgumentException.class,
            () -> searcher.search(SearchRequest.builder(query).build()))
        .getMessage();
  }

  @Test
  void refusesWhatFollowsATildeUnlessItIsANumber() throws IOException {
    // Lucene's parser dropped "abc" without a word, and named a negative slop in its own words
    assertEquals(
        "cannot parse query 'oil~abc': '~abc' at character 4: a fuzzy word takes an edit"
            + " distance (oil~1; 2 at most, more counts as 2), not 'abc'",
        error("oil~abc"));
    assertTrue(error("\"oil prices\"~-1").contains("a phrase takes the most words"));
    assertEquals(
        "cannot parse query 'oil~2.5': a fuzzy word takes a whole edit distance (oil~1; 2 at"
            + " most, more counts as 2) or a similarity below 1 (oil~0.8)",
        error("oil~2.5"));
    assertEquals(
        "cannot parse query '/[9-0]x/': the regular expression /[9-0]x/ is malformed: the range"
            + " [9-0] runs backwards; write [0-9]",
        error("/[9-0]x/"));
    for (String fine :
        List.of(
            "oil~",
            "oil~1",
            "oil~0.8",
            "\"oil prices\"~3",
            "a\\~b",
            "\"x~y\"",
            "/ter~q.*/",
            "+/a\\/~b/")) {
      searcher.search(SearchRequest.builder(fine).build());
    }
  }

  @Test
  void namesAFileGivenAsTheIndexFolder(@TempDir java.nio.file.Path folder) throws IOException {
    java.nio.file.Path file = java.nio.file.Files.writeString(folder.resolve("index.jar"), "x");
    NoSuchIndexException e =
        assertThrows(NoSuchIndexException.class, () -> NewsSearcher.open(file));
    assertEquals(file + " is a file, not an index folder", e.getMessage());
    assertTrue(e.isFile());
  }

  @Test
  void aMissingIndexIsNamedWithoutTheCommandLinesAdvice(@TempDir java.nio.file.Path folder) {
    java.nio.file.Path nowhere = folder.resolve("nowhere");
    NoSuchIndexException e =
        assertThrows(NoSuchIndexException.class, () -> NewsSearcher.open(nowhere));
    // an application embedding the library has no "dateline index" command to offer its users
    assertEquals("no index in " + nowhere, e.getMessage());
    assertEquals(nowhere.toString(), e.where());
  }

  @Test
  void namesUnbalancedQuotes() {
    assertEquals(
        "unbalanced quotes in query '\"troops iraq': a phrase is opened but not closed",
        error("\"troops iraq"));
  }

  @Test
  void refusesParenthesesNestedTooDeepRatherThanOverflowingTheStack() {
    String deep = "(".repeat(3000) + "oil" + ")".repeat(3000);
    assertTrue(error(deep).endsWith("nests parentheses more than 100 deep; write it flatter"));
  }

  @Test
  void saysInPlainWordsWhereAnOperatorLacksAWord() {
    assertEquals(
        "cannot parse query 'oil AND': it ends after 'AND' where a word or a phrase should follow",
        error("oil AND"));
    assertEquals(
        "cannot parse query 'oil AND OR gas': 'OR' at character 9 after 'AND' where a word or a"
            + " phrase should be (AND and OR need words on both sides; quote \"or\" to search for"
            + " the word)",
        error("oil AND OR gas"));
    assertEquals(
        "cannot parse query 'date:2020-13-01': bad date in query: '2020-13-01' is no day of the"
            + " form YYYY-MM-DD",
        error("date:2020-13-01"));
  }

  @Test
  void refusesAndAndOrMixedWithoutParenthesesWhichLuceneReadsAsAllAnds() throws IOException {
    // Lucene's classic parser read it as oil +gold +silver: gold and silver required
    assertEquals(
        "query 'oil OR gold AND silver' mixes AND and OR without parentheses; add them to say"
            + " which goes first, as in 'oil OR (gold AND silver)'",
        error("oil OR gold AND silver"));
    for (String mixed :
        List.of(
            "oil OR gold AND NOT silver",
            "oil AND gold OR silver",
            "oil || gold && silver",
            "oil OR gold AND (silver OR copper)",
            "title:(oil OR gold AND silver)",
            "(oil OR gold) AND silver OR copper",
            "\"oil prices\" OR gold AND silver",
            // words side by side are OR-ed too
            "oil gold AND silver",
            "oil (gold AND silver) copper AND tin")) {
      assertTrue(error(mixed).contains("mixes AND and OR without parentheses"), mixed);
    }
    for (String fine :
        List.of(
            "(gold AND silver) OR oil",
            "oil OR (gold AND NOT silver)",
            "oil AND gold AND NOT silver",
            "oil OR gold OR NOT silver",
            "title:(oil OR gold) AND silver",
            "\"oil OR gold AND silver\"",
            "oil OR gold \\AND silver",
            "ANDY OR gold AND\\ silver",
            "gold&&silver OR oil",
            "oil OR /go(ld|AND)/",
            "date:[2020-01-01 TO 2020-06-30] AND oil OR",
            "oil OR gold AND")) {
      try {
        searcher.search(SearchRequest.builder(fine).build());
      } catch (IllegalArgumentException e) {
        assertFalse(e.getMessage().contains("mixes AND and OR"), fine + ": " + e.getMessage());
      }
    }
    // with --and, words side by side are AND-ed: a written OR beside them is as mixed
    IllegalArgumentException withAnd =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                searcher.search(
                    SearchRequest.builder("oil OR gold silver").requireAllTerms(true).build()));
    assertTrue(withAnd.getMessage().contains("mixes AND and OR"), withAnd.getMessage());
    for (String fine :
        List.of(
            "oil gold silver",
            "+oil -gas coal",
            "oil -the AND gold",
            "oil AND gold -silver",
            "title:oil gold",
            "oil^2 gold~1 \"tin ore\"~3",
            "date:[2020-01-01 TO 2020-06-30] oil",
            "(oil AND gold) OR (tin AND copper)",
            "*:* -oil")) {
      searcher.search(SearchRequest.builder(fine).build());
    }
    searcher.search(SearchRequest.builder("oil gold AND silver").requireAllTerms(true).build());
    // --simple has no operators
    searcher.search(
        SearchRequest.builder("oil OR gold AND silver")
            .syntax(SearchRequest.Syntax.SIMPLE)
            .build());
  }

  @Test
  void namesUnbalancedParentheses() {
    assertTrue(error("(troops AND iraq").startsWith("unbalanced parentheses"));
    assertTrue(error("troops) AND iraq").startsWith("unbalanced parentheses"));
    // a regular expression's brackets are its own
    assertTrue(error("/troo[(]ps/ AND (iraq").startsWith("unbalanced parentheses"));
    assertTrue(error("/(/").contains("the regular expression /(/ is malformed"), error("/(/"));
  }

  @Test
  void aRegularExpressionRightAfterAWordIsOneToo() throws IOException {
    // Lucene's parser reads every '/' outside quotes and ranges as opening one
    for (String q : List.of("term1/term1[(2]/", "(term1)/term1[)2]/", "term1/term1~x/")) {
      assertEquals(1, searcher.search(SearchRequest.builder(q).build()).total(), q);
    }
  }

  @Test
  void refusesAnEmptyPhraseWhichWouldFindNothing() throws IOException {
    for (String q : List.of("\"\"", "NOT \"\"", "term1 \" \"", "\u201C\u201D")) {
      assertTrue(error(q).contains("holds an empty phrase"), q + ": " + error(q));
    }
    assertTrue(error("\"-\"").contains("holds a phrase of no word (\"-\")"), error("\"-\""));
    // an emoji is a word to the analyzer, and a quoted range bound is no phrase
    for (String q : List.of("\"\uD83D\uDE00\"", "title:[\"!\" TO \"z\"]")) {
      assertEquals(0, searcher.search(SearchRequest.builder(q).build()).total(), q);
    }
  }

  @Test
  void aRegularExpressionMayHoldParentheses() throws IOException {
    long plain = searcher.search(SearchRequest.builder("term12").build()).total();
    assertEquals(1, plain);
    assertEquals(plain, searcher.search(SearchRequest.builder("/term1[(2]/").build()).total());
  }

  @Test
  void namesBadDateInRange() {
    String m = error("date:[2020-01-01 TO 2020-13-45]");
    assertTrue(m.contains("bad date in query") && m.contains("2020-13-45"), m);
  }

  @Test
  void namesUnknownField() {
    String m = error("colour:red");
    assertTrue(m.contains("unknown field 'colour'") && m.contains("person"), m);
  }

  @Test
  void refusesLeadingWildcardsUnlessAllowed() throws IOException {
    assertTrue(error("*erm1").startsWith("leading wildcards are refused"));
    SearchResults r =
        searcher.search(SearchRequest.builder("*erm1").allowLeadingWildcard(true).build());
    assertEquals(1, r.total());
  }

  @Test
  void failsCleanlyOnTenThousandOrTerms() {
    StringBuilder q = new StringBuilder();
    for (int i = 0; i < 10_000; i++) {
      q.append("w").append(i).append(" OR ");
    }
    String m =
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.builder(q + "x"))
            .getMessage();
    assertTrue(m.contains("the limit is 10,000"), m);
  }

  @Test
  void runsWildcardsThatExpandToThousandsOfTerms() throws IOException {
    assertEquals(1, searcher.search(SearchRequest.builder("term*").build()).total());
  }

  @Test
  void refusesEmptyQueryNegativeLimitAndOversizedWindow() {
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.builder("  "))
            .getMessage()
            .startsWith("query is empty"));
    assertEquals(
        "limit (-1) must not be negative",
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.builder("x").limit(-1))
            .getMessage());
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> SearchRequest.builder("x").offset(9_995).limit(10))
            .getMessage()
            .contains("cursor"));
  }

  @Test
  void refusesAWildcardOrFuzzyTermThatSpansWordsTheIndexHoldsApart() throws IOException {
    for (String q : List.of("year-end*", "coca-cola~", "year-e?d", "title:cease-fire*")) {
      String m = error(q);
      assertTrue(m.contains("spans several words"), q + ": " + m);
    }
    // one word, or names, which are held whole: searched
    for (String q : List.of("U.S*", "term*", "person:jean-claude*")) {
      searcher.search(SearchRequest.builder(q).build());
    }
  }

  @Test
  void aRefusedValueIsNotKeptByTheBuilder() throws IOException {
    SearchRequest.Builder window = SearchRequest.builder("*:*").limit(5);
    assertThrows(IllegalArgumentException.class, () -> window.limit(20_000));
    assertThrows(IllegalArgumentException.class, () -> window.offset(Integer.MAX_VALUE));
    SearchRequest kept = window.build();
    assertEquals(5, kept.limit());
    assertEquals(0, kept.offset());
    SearchRequest.Builder range = SearchRequest.builder("x").from(LocalDate.of(2020, 2, 1));
    assertThrows(IllegalArgumentException.class, () -> range.to(LocalDate.of(2020, 1, 1)));
    assertNull(range.build().to());
    assertEquals(
        "value",
        assertThrows(
                NullPointerException.class,
                () -> SearchRequest.builder("x").entity(EntityType.PERSON, null))
            .getMessage());
  }

  @Test
  void refusesReversedDateRangeAndBadCursor() {
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    SearchRequest.builder("x")
                        .from(LocalDate.of(2020, 2, 1))
                        .to(LocalDate.of(2020, 1, 1)))
            .getMessage()
            .contains("is after"));
    assertEquals(
        "cannot parse query 'date:[2020-01-31 TO 2020-01-01]': date range [2020-01-31 TO"
            + " 2020-01-01] holds no day",
        error("date:[2020-01-31 TO 2020-01-01]"));
    assertTrue(
        error("date:{2020-01-01 TO 2020-01-02}")
            .endsWith("{2020-01-01 TO 2020-01-02} holds no day"));
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> searcher.search(SearchRequest.builder("x").cursor("garbage!").build()))
            .getMessage()
            .startsWith("invalid cursor"));
  }

  @Test
  void aMalformedOrOverlongCursorOrEntityValueIsRefusedWithAShortMessage() {
    String garbage = "garbage!".repeat(400); // shorter than any limit, but not a cursor
    String message =
        assertThrows(
                IllegalArgumentException.class,
                () -> searcher.search(SearchRequest.builder("x").cursor(garbage).build()))
            .getMessage();
    assertTrue(message.startsWith("invalid cursor 'garbage!garbage!"), message);
    assertTrue(message.length() < 200, message);
    message =
        assertThrows(
                IllegalArgumentException.class,
                () -> SearchRequest.builder("x").cursor("A".repeat(10_000_000)))
            .getMessage();
    assertTrue(message.contains("10,000,000 characters long"), message);
    assertTrue(message.length() < 300, message);
    message =
        assertThrows(
                IllegalArgumentException.class,
                () -> SearchRequest.builder("x").entity(EntityType.PERSON, "x".repeat(1_000_000)))
            .getMessage();
    assertTrue(message.startsWith("entity filter person value 'xxx"), message);
    assertTrue(message.contains("1,000,000 characters long"), message);
    assertTrue(message.length() < 300, message);
  }

  @Test
  void tooManyEntityFilterValuesAreBlamedRatherThanTheQuerysWords() {
    SearchRequest.Builder b = SearchRequest.builder("oil");
    for (int i = 0; i < 1_100; i++) {
      b.entity(EntityType.LOCATION, "place" + i);
    }
    SearchRequest request = b.build();
    String message =
        assertThrows(IllegalArgumentException.class, () -> searcher.search(request)).getMessage();
    assertTrue(message.startsWith("the entity filters have too many values (1,100)"), message);
    assertFalse(message.contains("fewer words"), message);
  }

  @Test
  void aMissingArgumentIsNamedInsteadOfFailingDeepInside() {
    assertEquals(
        "request",
        assertThrows(NullPointerException.class, () -> searcher.search(null)).getMessage());
    assertEquals(
        "articleId",
        assertThrows(NullPointerException.class, () -> searcher.related(null, 5, null))
            .getMessage());
    assertEquals(
        "indexDir",
        assertThrows(NullPointerException.class, () -> NewsSearcher.open((java.nio.file.Path) null))
            .getMessage());
  }

  @Test
  void refusesARefreshIntervalThatIsNotPositive() {
    for (Duration d : List.of(Duration.ZERO, Duration.ofSeconds(-5))) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> NewsSearcher.open(java.nio.file.Path.of("no-such-index"), d));
      assertTrue(e.getMessage().contains("must be positive"), e.getMessage());
    }
  }

  @Test
  void refusesAParagraphWeightBeyondWhatABoostHolds() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SearchRequest.builder("oil").paragraphWeight(Double.MAX_VALUE));
    assertTrue(e.getMessage().startsWith("paragraph weight"), e.getMessage());
    SearchRequest.builder("oil").paragraphWeight(SearchRequest.MAX_WEIGHT).build();
  }

  @Test
  void refusesAnEntityValueOfInvisibleCharactersOnly() {
    for (String value : List.of(" ", "\u00a0", "\u200b")) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> SearchRequest.builder("*:*").entity(EntityType.PERSON, value));
      assertEquals("entity filter person has an empty value", e.getMessage());
    }
  }

  @Test
  void takesTheLongestRefreshIntervalAsNeverRefreshing(@TempDir java.nio.file.Path folder)
      throws IOException {
    try (ArticleIndexer indexer = ArticleIndexer.open(folder, IndexerOptions.defaults(null))) {
      indexer.index(TestIndexes.article("a", "2020-01-01", "Oil."));
    }
    NewsSearcher.open(folder, Duration.ofSeconds(Long.MAX_VALUE)).close();
  }

  @Test
  void saysWhichObjectIsClosedWhenUsedAfterClosing() throws IOException {
    try (Directory d = TestIndexes.index(List.of(TestIndexes.article("a", null, "Oil.")))) {
      NewsSearcher closed = NewsSearcher.open(d);
      closed.close();
      assertEquals(
          "this NewsSearcher is closed",
          assertThrows(
                  AlreadyClosedException.class,
                  () -> closed.search(SearchRequest.builder("oil").build()))
              .getMessage());
      assertThrows(AlreadyClosedException.class, closed::stats);
      assertThrows(AlreadyClosedException.class, closed::refresh);
      ArticleIndexer indexer = ArticleIndexer.open(d, IndexerOptions.defaults(null));
      indexer.close();
      for (org.junit.jupiter.api.function.Executable use :
          List.<org.junit.jupiter.api.function.Executable>of(
              () -> indexer.index(TestIndexes.article("b", null, "Gas.")),
              indexer::commit,
              () -> indexer.delete("a"))) {
        assertEquals(
            "this ArticleIndexer is closed",
            assertThrows(AlreadyClosedException.class, use).getMessage());
      }
    }
  }

  @Test
  void namesAMalformedRegularExpressionAndAStrayCharacterInPlainWords() {
    assertEquals(
        "cannot parse query '/oi[/': the regular expression /oi[/ is malformed:"
            + " unexpected end-of-string",
        error("/oi[/"));
    assertTrue(
        error("oil^-1")
            .startsWith(
                "cannot parse query 'oil^-1': a character the syntax does not allow there,"
                    + " at character 5"),
        error("oil^-1"));
    assertEquals(
        "cannot parse query 'oil\\': it ends with a '\\' that escapes nothing (write '\\\\'"
            + " for a backslash)",
        error("oil\\"));
    for (String slash : List.of("24/7 service", "km/h", "oil /")) {
      assertTrue(
          error(slash).contains("a '/' opens a regular expression that is not closed"),
          error(slash));
    }
  }

  @Test
  void aRequestShowsItsSettingsForLogs() {
    String shown =
        SearchRequest.builder("oil")
            .limit(5)
            .entity(EntityType.PERSON, "Reagan")
            .build()
            .toString();
    assertTrue(shown.startsWith("SearchRequest[query=oil, "), shown);
    assertTrue(shown.contains("entities={PERSON=[Reagan]}, limit=5, offset=0"), shown);
  }
}
