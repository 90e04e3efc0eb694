package org.dateline.searcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.dateline.indexer.ArticleIndexer;
import org.dateline.indexer.IndexerOptions;
import org.dateline.indexer.entity.EntityType;
import org.dateline.indexer.schema.NewsSchema;
import org.dateline.indexer.testing.TestIndexes;
import org.dateline.searcher.facet.FacetValueCache;
import org.dateline.searcher.highlight.ParagraphHighlighter;
import org.dateline.searcher.ranking.Feedback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Requests that would run away: a time limit that flags partial results, a cap on the query's
 * length, and term-expanding queries over an index with sixty thousand distinct words.
 */
class ResourceLimitsTest {

  static final int ARTICLES = 1_000;
  static Directory dir;
  static NewsSearcher searcher;

  /** 1,000 articles of 60 random 8-letter words each: about 60,000 distinct terms. */
  @BeforeAll
  static void index() throws IOException {
    dir = new ByteBuffersDirectory();
    Random random = new Random(42);
    try (ArticleIndexer indexer = ArticleIndexer.open(dir, IndexerOptions.defaults(null))) {
      for (int i = 0; i < ARTICLES; i++) {
        StringBuilder text = new StringBuilder("common");
        for (int w = 0; w < 60; w++) {
          text.append(' ');
          for (int c = 0; c < 8; c++) {
            text.append((char) ('a' + random.nextInt(26)));
          }
        }
        indexer.index(TestIndexes.article("a" + i, "2020-01-01", text.toString()));
      }
    }
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

  private static String refusal(String query) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> searcher.search(SearchRequest.builder(query).build()));
    // Lucene's own exception stays the cause, for --verbose and for callers' logs
    assertTrue(e.getCause() != null, "no cause: " + e);
    return e.getMessage();
  }

  @Test
  void aSearchPastItsTimeLimitReturnsPartialResultsFlagged() throws IOException {
    SearchResults cut = search(SearchRequest.builder("*:*").timeout(Duration.ofNanos(1)));
    assertTrue(cut.partial());
    assertTrue(cut.total() < ARTICLES, "stopped before counting everything: " + cut.total());
    assertFalse(cut.totalIsExact(), "a partial count is a lower bound");
    SearchResults whole = search(SearchRequest.builder("*:*"));
    assertFalse(whole.partial());
    assertEquals(ARTICLES, whole.total());
  }

  /** Two articles about oil, in Berlin and Mosul, and one about gas. */
  private static Directory oilAndGas() throws IOException {
    return TestIndexes.index(
        List.of(
            TestIndexes.article("o1", "2020-01-01", "Oil prices in Berlin."),
            TestIndexes.article("o2", "2020-01-02", "Oil talks in Mosul."),
            TestIndexes.article("g1", "2020-01-03", "Gas prices.")));
  }

  /** Counting with an entity filter, which counts the filtered type as if it were off. */
  @Test
  void facetsCountedWithAnEntityFilterKeepToTheTimeLimit() throws IOException {
    try (Directory small = oilAndGas();
        NewsSearcher news = NewsSearcher.open(small)) {
      SearchRequest.Builder filtered =
          SearchRequest.builder("oil").facets(true).entity(EntityType.LOCATION, "Berlin");
      SearchResults whole = news.search(filtered.build());
      assertEquals(2, whole.facets().get("location").size(), whole.facets().toString());
      SearchResults cut = news.search(filtered.timeout(Duration.ofNanos(1)).build());
      assertTrue(cut.partial());
      assertEquals(List.of(), cut.facets().get("location"), "nothing was counted in time");
    }
  }

  /**
   * A search whose ranking completes, and whose facets' pass, run after the page, is the one cut
   * short: the checks of the time limit are counted on a complete run, and the same search is then
   * out of time at its last check.
   */
  @Test
  void aSearchOutOfTimeOnlyWhenCountingFacetsIsPartialWithATotalThatIsNoLongerExact()
      throws IOException {
    try (Directory small = oilAndGas();
        DirectoryReader reader = DirectoryReader.open(small)) {
      ArticleQueries queries = new ArticleQueries(NewsSchema.analyzer());
      ParagraphHighlighter highlighter =
          new ParagraphHighlighter(queries.articles(), NewsSchema.analyzer());
      Snapshot snapshot = new Snapshot(reader, highlighter, new FacetValueCache());
      // words OR-ed: ranked without visiting every match, then the facets count in their own pass
      SearchRequest request = SearchRequest.builder("oil gas").facets(true).build();
      AtomicInteger checks = new AtomicInteger();
      Snapshot patient = snapshot.withTimeout(request.timeout());
      patient.setTimeout(() -> checks.incrementAndGet() < 0);
      SearchResults whole =
          new SearchExecution(patient, request, queries.parse(request), queries, highlighter, null)
              .run();
      assertEquals(3, whole.total());
      assertTrue(whole.totalIsExact() && !whole.partial());

      int last = checks.get();
      AtomicInteger checked = new AtomicInteger();
      Snapshot hurried = snapshot.withTimeout(request.timeout());
      hurried.setTimeout(() -> checked.incrementAndGet() >= last);
      SearchResults cut =
          new SearchExecution(hurried, request, queries.parse(request), queries, highlighter, null)
              .run();
      assertEquals(ids(whole), ids(cut), "the ranking completed");
      assertTrue(cut.partial());
      assertFalse(
          cut.totalIsExact(), "the facets were counted in part; partial results claim less");
    }
  }

  /**
   * Feedback reads its articles under the time limit: out of time after the first, the query is
   * expanded from that one alone, and the results say they are partial.
   */
  @Test
  void feedbackOutOfTimeExpandsFromTheArticlesReadSoFarAndIsPartial() throws IOException {
    List<org.dateline.indexer.article.Article> articles = new ArrayList<>();
    articles.add(TestIndexes.article("o1", "2020-01-01", "Oil prices rose as tankers waited."));
    articles.add(TestIndexes.article("o2", "2020-01-02", "Oil talks on pipelines through Mosul."));
    articles.add(TestIndexes.article("t1", "2020-01-03", "Tankers waited off the coast."));
    articles.add(TestIndexes.article("p1", "2020-01-04", "Pipelines through Mosul were shut."));
    for (int i = 0; i < 40; i++) {
      articles.add(TestIndexes.article("w" + i, "2020-02-01", "Weather report number " + i));
    }
    try (Directory small = TestIndexes.index(articles);
        DirectoryReader reader = DirectoryReader.open(small)) {
      ArticleQueries queries = new ArticleQueries(NewsSchema.analyzer());
      ParagraphHighlighter highlighter =
          new ParagraphHighlighter(queries.articles(), NewsSchema.analyzer());
      Snapshot snapshot = new Snapshot(reader, highlighter, new FacetValueCache());
      SearchRequest request = SearchRequest.builder("oil").feedback(Feedback.RM3).build();
      SearchRequest fromOne =
          SearchRequest.builder("oil").feedback(new Feedback(1, 10, 0.5)).build();
      SearchResults whole =
          run(snapshot.withTimeout(request.timeout()), request, queries, highlighter);
      SearchResults first =
          run(snapshot.withTimeout(fromOne.timeout()), fromOne, queries, highlighter);
      assertFalse(whole.partial());
      assertTrue(ids(whole).contains("p1"), "o2's words found it: " + ids(whole));
      assertFalse(ids(first).contains("p1"), "o1 alone: " + ids(first));

      // out of time at the second feedback article: the checks of the passes run on
      AtomicInteger reads = new AtomicInteger();
      Snapshot hurried = snapshot.withTimeout(request.timeout());
      hurried.setTimeout(
          () ->
              StackWalker.getInstance()
                      .walk(
                          frames ->
                              frames
                                  .filter(f -> !f.getClassName().startsWith(getClass().getName()))
                                  .findFirst())
                      .map(f -> f.getMethodName().equals("withFeedback"))
                      .orElse(false)
                  && reads.incrementAndGet() > 1);
      SearchResults cut = run(hurried, request, queries, highlighter);
      assertEquals(ids(first), ids(cut));
      assertTrue(cut.partial());
      assertFalse(cut.totalIsExact());
    }
  }

  /**
   * A wildcard over thousands of terms looks them up under the time limit, which Lucene's own does
   * not reach: here the clock is the terms read, and the search stops reading them soon after its
   * limit, with partial results.
   */
  @Test
  void aWildcardOverThousandsOfTermsStopsLookingThemUpAtTheTimeLimit() throws IOException {
    AtomicLong termsRead = new AtomicLong();
    try (DirectoryReader reader = new TermCounting(DirectoryReader.open(dir), termsRead)) {
      ArticleQueries queries = new ArticleQueries(NewsSchema.analyzer());
      ParagraphHighlighter highlighter =
          new ParagraphHighlighter(queries.articles(), NewsSchema.analyzer());
      Snapshot snapshot = new Snapshot(reader, highlighter, new FacetValueCache());
      SearchRequest request = SearchRequest.builder("a*").build();
      SearchResults whole =
          run(snapshot.withTimeout(request.timeout()), request, queries, highlighter);
      long all = termsRead.getAndSet(0);
      assertFalse(whole.partial());
      assertTrue(all > 2_000, "terms read: " + all);

      Snapshot hurried = snapshot.withTimeout(request.timeout());
      hurried.setTimeout(() -> termsRead.get() >= 100);
      SearchResults cut = run(hurried, request, queries, highlighter);
      assertTrue(termsRead.get() < 200, "terms read past the limit: " + termsRead.get());
      assertTrue(cut.partial());
      assertFalse(cut.totalIsExact());
      assertTrue(cut.total() < whole.total(), cut.total() + " of " + whole.total());
    }
  }

  /** A reader that counts the terms its term dictionaries' enumerations read. */
  private static final class TermCounting extends FilterDirectoryReader {
    private final AtomicLong read;

    TermCounting(DirectoryReader in, AtomicLong read) throws IOException {
      super(
          in,
          new SubReaderWrapper() {
            @Override
            public LeafReader wrap(LeafReader leaf) {
              return new FilterLeafReader(leaf) {
                @Override
                public Terms terms(String field) throws IOException {
                  Terms terms = super.terms(field);
                  return terms == null ? null : counting(terms, read);
                }

                @Override
                public CacheHelper getCoreCacheHelper() {
                  return in.getCoreCacheHelper();
                }

                @Override
                public CacheHelper getReaderCacheHelper() {
                  return in.getReaderCacheHelper();
                }
              };
            }
          });
      this.read = read;
    }

    private static Terms counting(Terms terms, AtomicLong read) {
      return new FilterLeafReader.FilterTerms(terms) {
        @Override
        public TermsEnum iterator() throws IOException {
          return counting(in.iterator(), read);
        }

        @Override
        public TermsEnum intersect(CompiledAutomaton automaton, BytesRef start) throws IOException {
          return counting(in.intersect(automaton, start), read);
        }
      };
    }

    private static TermsEnum counting(TermsEnum terms, AtomicLong read) {
      return new FilterLeafReader.FilterTermsEnum(terms) {
        @Override
        public BytesRef next() throws IOException {
          read.incrementAndGet();
          return in.next();
        }
      };
    }

    @Override
    protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
      return new TermCounting(in, read);
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return in.getReaderCacheHelper();
    }
  }

  private static SearchResults run(
      Snapshot s, SearchRequest r, ArticleQueries queries, ParagraphHighlighter highlighter)
      throws IOException {
    return new SearchExecution(s, r, queries.parse(r), queries, highlighter, null).run();
  }

  private static List<String> ids(SearchResults r) {
    return r.hits().stream().map(ArticleHit::id).toList();
  }

  @Test
  void oneSearchTimingOutDoesNotCutShortOrFlagAnotherOnTheSameSearcher() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<List<Boolean>> hurried =
          pool.submit(() -> partials(SearchRequest.builder("common").timeout(Duration.ofNanos(1))));
      Future<List<Boolean>> patient = pool.submit(() -> partials(SearchRequest.builder("common")));
      assertTrue(hurried.get().stream().allMatch(p -> p));
      assertTrue(patient.get().stream().noneMatch(p -> p));
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<Boolean> partials(SearchRequest.Builder b) throws IOException {
    List<Boolean> flags = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      SearchResults r = search(b);
      flags.add(r.partial());
      assertTrue(r.partial() || r.total() == ARTICLES, "complete results count everything");
    }
    return flags;
  }

  @Test
  void refusesAQueryStringLongerThanTheCapSayingTheLimit() {
    String megabyte = "word ".repeat(200_000);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SearchRequest.builder(megabyte));
    assertEquals(
        "query is 1,000,000 characters long; the limit is 10,000: shorten it", e.getMessage());
    assertTrue(
        assertThrows(
                IllegalArgumentException.class,
                () -> SearchRequest.builder("x".repeat(SearchRequest.MAX_QUERY_LENGTH + 1)))
            .getMessage()
            .contains("10,001 characters"));
    SearchRequest.builder("x".repeat(SearchRequest.MAX_QUERY_LENGTH)).build();
  }

  @Test
  void refusesTimeoutsThatAreNotPositive() {
    assertEquals(
        "timeout (PT0S) must be positive",
        assertThrows(
                IllegalArgumentException.class,
                () -> SearchRequest.builder("x").timeout(Duration.ZERO))
            .getMessage());
  }

  @Test
  void refusesRegularExpressionsThatWouldScanEveryTerm() {
    for (String q : List.of("/.*/", "text:/[a-z]+.*/", "/a?b.*/", "/ab|.*/", "title:/.+/")) {
      String m = refusal(q);
      assertTrue(m.contains("would scan every term in the index"), q + ": " + m);
    }
  }

  @Test
  void runsRegularExpressionsWithAFixedStartAndEveryOneWhenAllowed() throws IOException {
    assertTrue(search(SearchRequest.builder("/ab[a-z]+/")).total() > 0);
    SearchResults all = search(SearchRequest.builder("/.*/").allowLeadingWildcard(true));
    assertEquals(ARTICLES, all.total());
  }

  @Test
  void prefixAndFuzzyQueriesOverSixtyThousandTermsStayBounded() throws IOException {
    long start = System.nanoTime();
    SearchResults prefix = search(SearchRequest.builder("a*"));
    assertTrue(prefix.total() > 0 && prefix.total() <= ARTICLES);
    assertEquals(10, prefix.hits().size());
    SearchResults fuzzy = search(SearchRequest.builder("abcdefgh~2"));
    assertTrue(fuzzy.total() <= ARTICLES);
    SearchResults everything = search(SearchRequest.builder("*:*"));
    assertEquals(ARTICLES, everything.total());
    assertEquals(10, everything.hits().size(), "a page, not the whole index");
    double seconds = (System.nanoTime() - start) / 1e9;
    assertTrue(seconds < 30, "took " + seconds + " s");
  }

  @Test
  void aRegexTooComplexToRunIsRefusedWithAReason() {
    String m = refusal("/ab[ac]*a[ac]{40}/");
    assertTrue(m.contains("too complex"), m);
  }

  @Test
  void refusesMoreClausesThanTheLimitWithTheLimitInTheMessage() {
    StringBuilder q = new StringBuilder();
    for (int i = 0; i < 1_500; i++) {
      q.append("w").append(i).append(' ');
    }
    String m = refusal(q.toString());
    assertTrue(m.contains("more than 1024 clauses"), m);
  }

  /**
   * Fuzzy terms out of time match nothing; but a query whose fuzzy terms expand to more clauses
   * than allowed is refused as such, however little time it has: not answered with nothing.
   */
  @Test
  void aQueryOfFuzzyTermsExpandingToTooManyClausesIsRefusedWhateverTheTimeLimit()
      throws IOException {
    StringBuilder words = new StringBuilder();
    for (char a = 'a'; a <= 'z'; a++) {
      for (char b = 'a'; b <= 'z'; b++) {
        words.append('k').append(a).append(b).append(' ');
      }
    }
    StringBuilder query = new StringBuilder();
    for (char a = 'a'; a < 'a' + 12; a++) {
      query.append('k').append(a).append(a).append("~2 "); // each expands to its 50 closest words
    }
    try (Directory small =
            TestIndexes.index(List.of(TestIndexes.article("k", null, words.toString())));
        NewsSearcher news = NewsSearcher.open(small)) {
      for (Duration limit : List.of(SearchRequest.DEFAULT_TIMEOUT, Duration.ofNanos(1))) {
        IllegalArgumentException e =
            assertThrows(
                IllegalArgumentException.class,
                () -> news.search(SearchRequest.builder(query.toString()).timeout(limit).build()));
        assertTrue(e.getMessage().contains("more than 1024 clauses"), limit + ": " + e);
      }
      // fewer of them fit, and out of time they are answered, partial
      SearchResults cut =
          news.search(SearchRequest.builder("kaa~2 kbb~2").timeout(Duration.ofNanos(1)).build());
      assertTrue(cut.partial());
    }
  }

  @Test
  void aWildcardTooLongToRunIsRefusedWithAReason() {
    for (String q : List.of("x".repeat(1_200) + "*", "x".repeat(1_200) + "?")) {
      String m = refusal(q);
      assertTrue(m.contains("too long to run"), m);
    }
  }
}
