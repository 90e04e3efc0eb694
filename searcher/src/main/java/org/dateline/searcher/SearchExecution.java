package org.dateline.searcher;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.dateline.indexer.schema.NewsSchema;
import org.dateline.searcher.facet.EntityAliases;
import org.dateline.searcher.facet.FacetCounter;
import org.dateline.searcher.highlight.ParagraphHighlighter;
import org.dateline.searcher.query.LazyStringComparatorSource;
import org.dateline.searcher.query.SharedTermStates;
import org.dateline.searcher.ranking.Feedback;
import org.dateline.searcher.ranking.Rm3Expander;

/** One search, from request to results, on one snapshot of the index. */
final class SearchExecution {

  private final Snapshot searcher;
  private final SearchRequest request;
  private final ArticleQueries queries;
  private final ParagraphHighlighter highlighter;
  private final Cursors.Boundary boundary;

  /** The request's query as parsed, before entity aliases are added to its name fields. */
  private final Query userQuery;

  /**
   * The characters of a feedback article that its relevance model is made of: its start, some
   * 15,000 words, more than most news articles hold. Reading the whole of one of megabytes would
   * take seconds.
   */
  static final int FEEDBACK_CHARS = 100_000;

  /** Whether the time limit stopped the reading of feedback articles before the last. */
  private boolean feedbackCut;

  /**
   * @param parsed the request's query, parsed
   * @param boundary the request's cursor, decoded; {@code null} for none
   */
  SearchExecution(
      Snapshot searcher,
      SearchRequest request,
      Query parsed,
      ArticleQueries queries,
      ParagraphHighlighter highlighter,
      Cursors.Boundary boundary) {
    this.searcher = searcher;
    this.request = request;
    this.userQuery = parsed;
    this.queries = queries;
    this.highlighter = highlighter;
    this.boundary = boundary;
  }

  SearchResults run() throws IOException {
    EntityAliases aliases = searcher.facets.aliases();
    // name fields match what their facet values count, and the paragraphs shown name them too
    Query parsed = queries.withAliases(userQuery, aliases);
    // paragraphs are ranked for the article's score by the query's text alone, and chosen for the
    // page also by the feedback terms and the entity filters' names: a filter (or its alias) never
    // moves a score
    Query ranking = queries.passages(parsed);
    Query textPassages = ranking;
    Query matching = queries.lift(parsed);
    Query dateFilter = queries.dateFilter(request);
    Map<String, Query> entityFilters =
        queries.entityFilters(request, aliases, searcher.facets::isValue);
    double paragraphWeight = request.paragraphWeight();
    // a query of no words (a date range, names only) has nothing to expand from: feedback would
    // widen it with the topics of any ten of its matches (review: 607 articles became 5,352)
    if (request.feedback() != null && Rm3Expander.hasWords(matching)) {
      Query original = matching;
      Query expansion = withFeedback(matching, ranking, dateFilter, entityFilters);
      if (expansion != null) {
        matching = queries.lift(Rm3Expander.expand(original, expansion, request.feedback()));
        // the paragraphs shown are chosen, and marked, by the expansion terms too, weighted as in
        // the ranking: an article found by them alone shows where it holds them
        textPassages = Rm3Expander.passages(original, ranking, expansion, request.feedback());
      }
      paragraphWeight *= Rm3Expander.originalScale(original, request.feedback());
    }
    Query passages = queries.passages(request, textPassages, aliases);
    Query scored = queries.scored(matching, ranking, paragraphWeight);
    if (request.recencyHalfLifeDays() != null && searcher.newestDay != null) {
      scored =
          FunctionScoreQuery.boostByValue(
              scored,
              new RecencyDecay(
                  searcher.newestDay, searcher.oldestDay, request.recencyHalfLifeDays()));
    }
    Query full = filtered(scored, dateFilter, entityFilters);
    // counting needs the matching articles only, not the clauses that just add to their scores
    Query matched = queries.matchedArticles(matching);
    Query base = filtered(matched, dateFilter, Map.of());
    // the weights of this search (ranking, counting, picking paragraphs) look each term up once
    SharedTermStates terms = new SharedTermStates(searcher);
    full = terms.share(full);
    base = terms.share(base);
    passages = terms.share(passages);

    Sort sort = sort(request.sort());
    FieldDoc after = boundary == null ? null : boundary.after(searcher.getIndexReader().maxDoc());
    // the hits of the whole ranking before the window: those of the pages the cursor went past
    long before = boundary == null ? 0 : boundary.position();
    int window = request.offset() + request.limit();
    List<ArticleHit> hits = new ArrayList<>();
    long total;
    boolean exact;
    FieldDoc nextAfter = null; // the next page's boundary, if there is a next page
    long nextPosition = 0;
    FacetsCollector collected = null;
    // without entity filters (which count drill sideways), facets count the matching articles
    boolean countsMatches = request.facets() && entityFilters.isEmpty();
    if (window == 0 && countsMatches) {
      // counting only: the articles collected for the facets are the total as well
      collected = searcher.search(base, new FacetsCollectorManager());
      total = FacetCounter.articles(collected);
      exact = !searcher.timedOut();
    } else if (window == 0) {
      total = searcher.count(terms.share(filtered(matched, dateFilter, entityFilters)));
      exact = !searcher.timedOut();
    } else {
      // sorted by relevance, each hit's score is its first sort value: asking Lucene for scores
      // as well would prepare and run the whole query a second time over the top hits
      boolean byScore = request.sort() == SearchRequest.Sort.RELEVANCE;
      TopFieldDocs top;
      if (countsMatches && !ArticleQueries.skipsMostMatches(matching)) {
        // the ranked query matches the articles the facets count (its other clauses only add to
        // their scores), and counting visits every one of them: unless ranking alone could skip
        // most matches (words OR-ed), one pass that scores them all and collects them for counting
        // costs less than a ranked pass and a second pass over all matches
        Object[] both =
            searcher.search(
                full,
                new MultiCollectorManager(
                    new TopFieldCollectorManager(
                        sort.rewrite(searcher),
                        Math.min(window + 1, Math.max(1, searcher.getIndexReader().maxDoc())),
                        after,
                        Integer.MAX_VALUE),
                    new FacetsCollectorManager()));
        top = (TopFieldDocs) both[0];
        collected = (FacetsCollector) both[1];
        if (!byScore) {
          TopFieldCollector.populateScores(top.scoreDocs, searcher, full);
        }
      } else if (!byScore) {
        // sorted by date, every match is visited (no score bound lets Lucene skip one), so
        // counting them all costs nothing more and makes the total exact
        top =
            searcher.search(
                full,
                new TopFieldCollectorManager(
                    sort.rewrite(searcher), window + 1, after, Integer.MAX_VALUE));
        TopFieldCollector.populateScores(top.scoreDocs, searcher, full);
      } else {
        top = searcher.searchAfter(after, full, window + 1, sort, false);
      }
      // a ranking stopped by the timeout counted part of the matches: its total is a lower bound
      boolean rankedPartly = searcher.timedOut();
      total = top.totalHits.value;
      exact = top.totalHits.relation == TotalHits.Relation.EQUAL_TO && !rankedPartly;
      // one hit more than the page is asked for, so that the last page, even a full one, is known
      // to be the last and gets no cursor (unless the ranking stopped early: there may be more)
      boolean more =
          top.scoreDocs.length > window || (rankedPartly && top.scoreDocs.length == window);
      ScoreDoc[] docs = more ? Arrays.copyOf(top.scoreDocs, window) : top.scoreDocs;
      int shown = Math.max(0, docs.length - request.offset());
      int[] articles = new int[shown];
      float[] scores = new float[shown];
      String[] explanations = new String[shown];
      for (int i = 0; i < shown; i++) {
        ScoreDoc sd = docs[request.offset() + i];
        articles[i] = sd.doc;
        float raw = byScore ? (Float) ((FieldDoc) sd).fields[0] : sd.score;
        scores[i] = Float.isNaN(raw) ? 0f : raw;
        explanations[i] = request.explain() ? searcher.explain(full, sd.doc).toString() : null;
      }
      hits.addAll(
          ArticleReading.page(
              searcher,
              highlighter,
              articles,
              scores,
              explanations,
              // titles marked as the paragraphs are: a fuzzy word by the words it matched
              terms.share(parsed),
              passages,
              request.paragraphsPerHit()));
      if (more && docs.length > request.offset()) {
        nextAfter = (FieldDoc) docs[docs.length - 1];
        nextPosition = before + docs.length;
      }
      if (countsMatches && collected == null) {
        // the facets count every match in a pass of their own, which makes the total exact too;
        // after the page, which reads the postings the ranking has just read
        collected = searcher.search(base, new FacetsCollectorManager());
        if (!exact && !searcher.timedOut()) {
          total = FacetCounter.articles(collected);
          exact = true;
        }
      }
    }
    FacetResults facets = null;
    if (request.facets()) {
      SearchRequest.DateBuckets buckets = request.dateBuckets(); // AUTO: by the articles' days
      if (collected != null) {
        facets = searcher.facets.count(collected, request.facetLimit(), buckets);
      } else {
        FacetCounter.Counted counted =
            searcher.facets.countWithTotal(
                searcher, base, entityFilters, request.facetLimit(), buckets);
        facets = counted.facets();
        if (!exact && !searcher.timedOut()) {
          // the articles every filter lets through, all of them counted: the total, exact
          total = counted.articles();
          exact = true;
        }
      }
    }
    // out of time in any pass (the ranking, or the count or facets after it): the results are
    // partial, and so is their total, however exactly one pass counted it
    boolean partial = searcher.timedOut() || feedbackCut || terms.cut();
    if (boundary != null && !(exact && !partial)) {
      // a lower bound counted on another page may be higher: Lucene skips more or fewer matches
      // past its count's threshold from one page to the next, and the figure must not shrink
      total = Math.max(total, boundary.atLeast());
    }
    String next =
        nextAfter == null
            ? null
            : Cursors.encode(
                request, userQuery, nextAfter, nextPosition, searcher.version(), total);
    return new SearchResults(
        total, exact && !partial, hits, facets, next, partial, before + request.offset());
  }

  /**
   * RM3: the expansion terms of the matching query ({@link Rm3Expander#terms}), from the top
   * articles of a first pass with the same filters; {@code null} when there are none.
   */
  private Query withFeedback(
      Query matching, Query passages, Query dateFilter, Map<String, Query> entityFilters)
      throws IOException {
    Feedback fb = request.feedback();
    Query first =
        filtered(
            queries.scored(matching, passages, request.paragraphWeight()),
            dateFilter,
            entityFilters);
    TopDocs top = searcher.search(first, fb.documents());
    List<String> texts = new ArrayList<>();
    float[] scores = new float[top.scoreDocs.length];
    for (int i = 0; i < top.scoreDocs.length; i++) {
      if (searcher.getTimeout() != null && searcher.getTimeout().shouldExit()) {
        // out of time: the model is made of the articles read so far, and the results are partial
        feedbackCut = true;
        scores = Arrays.copyOf(scores, i);
        break;
      }
      texts.add(ArticleReading.leadingText(searcher, top.scoreDocs[i].doc, FEEDBACK_CHARS));
      scores[i] = top.scoreDocs[i].score;
    }
    return new Rm3Expander(queries.analyzer(), queries.articles())
        .terms(searcher, texts, scores, fb, Rm3Expander.excludedWords(matching));
  }

  private static Query filtered(Query scored, Query dateFilter, Map<String, Query> entities) {
    if (dateFilter == null && entities.isEmpty()) {
      return scored;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(scored, Occur.MUST);
    if (dateFilter != null) {
      b.add(dateFilter, Occur.FILTER);
    }
    entities.values().forEach(q -> b.add(q, Occur.FILTER));
    return b.build();
  }

  private static Sort sort(SearchRequest.Sort sort) {
    // ties broken by article id, read only for tied hits and the hits returned
    SortField id = LazyStringComparatorSource.sortField(NewsSchema.SORT_ID);
    if (sort == SearchRequest.Sort.DATE) {
      SortField date = new SortField(NewsSchema.SORT_DATE, SortField.Type.LONG, true);
      date.setMissingValue(Long.MIN_VALUE);
      return new Sort(date, id);
    }
    return new Sort(SortField.FIELD_SCORE, id);
  }
}
