package org.dateline.searcher.facet;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.SameThreadExecutorService;
import org.dateline.indexer.entity.EntityType;
import org.dateline.indexer.schema.NewsSchema;
import org.dateline.searcher.FacetResults;
import org.dateline.searcher.FacetResults.FacetValue;
import org.dateline.searcher.SearchRequest.DateBuckets;

/**
 * Counts facets over article documents with sorted-set doc values. With entity filters the counts
 * are multi-select (drill-sideways): a filtered dimension is counted as if its own filter were off,
 * while every other dimension honours it.
 */
public final class FacetCounter {

  /** Entity dimensions that are counted, in the order they are reported. */
  public static final List<EntityType> COUNTED = NewsSchema.FACET_TYPES;

  /** Runs drill-sideways queries in the searching thread, under its searcher's time limit. */
  private static final ExecutorService SAME_THREAD = new SameThreadExecutorService();

  /** Name of the date dimension in {@link FacetResults}. */
  public static final String DATE = "date";

  private final FacetsConfig config;
  private final SortedSetDocValuesReaderState state;
  private final GlobalOrdinalCounts ordinals;
  private final DayCounts days;
  private final FacetValueCache values;

  private FacetCounter(
      FacetsConfig config,
      SortedSetDocValuesReaderState state,
      GlobalOrdinalCounts ordinals,
      DayCounts days,
      FacetValueCache values) {
    this.config = config;
    this.state = state;
    this.ordinals = ordinals;
    this.days = days;
    this.values = values;
  }

  /** The top values of one dimension. */
  @FunctionalInterface
  private interface TopValues {
    List<FacetValue> of(String dim) throws IOException;
  }

  /**
   * Prepares counting over one reader (costly: make one per reader and reuse it across searches).
   *
   * @param values the facet values of segments, shared by the readers of one index
   */
  public static FacetCounter forReader(
      IndexReader reader, FacetsConfig config, FacetValueCache values) throws IOException {
    SortedSetDocValuesReaderState state;
    try {
      state = new DefaultSortedSetDocValuesReaderState(reader, config);
    } catch (IllegalArgumentException e) {
      state = null; // no article has an entity facet (yet, or indexed without entities)
    }
    if (state != null && !state.getField().equals(values.facetField())) {
      throw new IllegalArgumentException(
          "facets are in " + state.getField() + ", the cache reads " + values.facetField());
    }
    return new FacetCounter(
        config,
        state,
        state == null ? null : GlobalOrdinalCounts.of(state),
        DayCounts.of(reader),
        values);
  }

  /**
   * Whether {@code value} is, exactly, a value of the {@code type} facet that a live article of
   * this reader holds (a value a facet can show, or an alias counted under one); not a value left
   * only in deleted articles, which the doc values keep until a merge.
   */
  public boolean isValue(EntityType type, String value) throws IOException {
    return state != null
        && counting()
            .aliases()
            .isHeld(state.getDocValues().lookupTerm(NewsSchema.facetValue(type, value)));
  }

  /**
   * The entity values of this reader that stand for another across articles; counts give their
   * articles to the value they stand for.
   */
  public EntityAliases aliases() throws IOException {
    return counting().aliases();
  }

  /**
   * The aliases, and per segment its ordinals mapped to the global ones counts are kept by: an
   * alias's to {@code -1 - g}, where {@code g} is the value it stands for ({@link
   * ArticleValues#count} counts an article once for {@code g}, whatever it holds of it).
   */
  private record Counting(EntityAliases aliases, int[][] countOrds) {}

  /** Made on first use: finding the aliases takes a walk over the index's facet values. */
  private volatile Counting counting;

  private Counting counting() throws IOException {
    Counting c = counting;
    if (c == null) {
      synchronized (this) {
        c = counting;
        if (c == null) {
          c = state == null ? new Counting(EntityAliases.NONE, null) : makeCounting();
          counting = c;
        }
      }
    }
    return c;
  }

  private Counting makeCounting() throws IOException {
    EntityAliases aliases;
    try (Analyzer analyzer = NewsSchema.analyzer()) {
      aliases = EntityAliases.of(state, ordinals, analyzer);
    }
    List<LeafReaderContext> leaves = state.getReader().leaves();
    int[][] countOrds = new int[leaves.size()][];
    for (LeafReaderContext leaf : leaves) {
      int[] global = ordinals.globalOrds(leaf);
      int[] mapped = global;
      for (int o = 0; o < global.length; o++) {
        int target = aliases.target(global[o]);
        if (target >= 0) {
          if (mapped == global) {
            mapped = global.clone(); // a segment without aliases shares the global map
          }
          mapped[o] = -1 - target;
        }
      }
      countOrds[leaf.ord] = mapped;
    }
    return new Counting(aliases, countOrds);
  }

  /**
   * Counts the top values of the entity dimensions and the date buckets for the articles matching
   * {@code base} and the drill-down filters.
   *
   * @param drillDowns per dimension, the filter on it (values OR-ed); empty for none
   */
  public FacetResults count(
      IndexSearcher searcher,
      Query base,
      Map<String, Query> drillDowns,
      int topN,
      DateBuckets buckets)
      throws IOException {
    return countWithTotal(searcher, base, drillDowns, topN, buckets).facets();
  }

  /** Facet counts, and the articles they were counted over (those every filter lets through). */
  public record Counted(FacetResults facets, long articles) {}

  /**
   * As {@link #count(IndexSearcher, Query, Map, int, DateBuckets)}, with the number of articles
   * counted: every match of {@code base} and the filters, so an exact total.
   */
  public Counted countWithTotal(
      IndexSearcher searcher,
      Query base,
      Map<String, Query> drillDowns,
      int topN,
      DateBuckets buckets)
      throws IOException {
    if (drillDowns.isEmpty() || state == null) {
      // nothing to count sideways (no filter, or no entity facets): the articles every filter
      // lets through
      Query counted = base;
      if (!drillDowns.isEmpty()) {
        BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(base, Occur.FILTER);
        drillDowns.values().forEach(q -> filtered.add(q, Occur.FILTER));
        counted = filtered.build();
      }
      FacetsCollector all = searcher.search(counted, new FacetsCollectorManager());
      return new Counted(count(all, topN, buckets), articles(all));
    }
    DrillDownQuery ddq = new DrillDownQuery(config, base);
    drillDowns.forEach(ddq::add);
    // Lucene collects the articles every filter lets through and, per filtered dimension, those
    // all the other filters let through; they are counted here as any collected articles are.
    // One query per dimension, run in this thread through the searcher, so that a time limit
    // (IndexSearcher#setTimeout) bounds them: the one-pass DrillSidewaysScorer scores whole
    // segments and refuses the windows a time limit needs.
    List<String> dims = new ArrayList<>(drillDowns.keySet()); // as added, the order Lucene keeps
    List<FacetsCollectorManager> perDim = new ArrayList<>(dims.size());
    dims.forEach(d -> perDim.add(new FacetsCollectorManager()));
    DrillSideways.Result<FacetsCollector, FacetsCollector> drilled;
    try {
      drilled =
          new DrillSideways(searcher, config, null, state, SAME_THREAD)
              .search(ddq, new FacetsCollectorManager(), perDim);
    } catch (RuntimeException e) {
      // the queries ran as tasks: their failures come wrapped
      Throwable cause = e.getCause() instanceof ExecutionException ee ? ee.getCause() : null;
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw e;
    }
    Tallies down = tally(drilled.drillDownResult(), true);
    Map<String, Tallies> bySide = new HashMap<>();
    for (int i = 0; i < dims.size(); i++) {
      // a filter on misc is no counted dimension, and is not counted
      String dim = dims.get(i);
      if (COUNTED.stream().anyMatch(t -> t.key().equals(dim))) {
        bySide.put(dim, tally(drilled.drillSidewaysResults().get(i), true));
      }
    }
    return new Counted(
        results(
            dim -> ordinals.top(bySide.getOrDefault(dim, down).values(), dim, topN),
            down.perDay.counts(),
            buckets),
        articles(drilled.drillDownResult()));
  }

  /** The articles a collector collected. */
  public static long articles(FacetsCollector collected) {
    return collected.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
  }

  /**
   * Counts the top values of the entity dimensions and the date buckets for articles collected
   * already (by a search that also ranked them, say), without drill-down filters.
   */
  public FacetResults count(FacetsCollector articles, int topN, DateBuckets buckets)
      throws IOException {
    Tallies tallies = tally(articles, state != null);
    long[] perDay = tallies.perDay.counts();
    if (state == null) {
      return results(dim -> List.of(), perDay, buckets);
    }
    return results(dim -> ordinals.top(tallies.values, dim, topN), perDay, buckets);
  }

  /** Articles per facet value (by global ordinal; {@code null} when not asked for) and per day. */
  private record Tallies(int[] values, DayCounts.Tally perDay) {}

  /**
   * Counts the collected articles' days and, if asked, their facet values, in one walk over the
   * articles and their {@linkplain FacetValueCache#forCounting values}.
   */
  private Tallies tally(FacetsCollector articles, boolean countValues) throws IOException {
    int[] counts = countValues ? ordinals.newCounts() : null;
    DayCounts.Tally perDay = days.tally();
    for (MatchingDocs hits : articles.getMatchingDocs()) {
      if (hits.totalHits == 0) {
        continue;
      }
      ArticleValues segment = values.forCounting(hits.context.reader());
      int[] toGlobal = countValues ? counting().countOrds()[hits.context.ord] : null;
      DocIdSetIterator docs = hits.bits.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        segment.count(doc, perDay, toGlobal, counts);
      }
    }
    return new Tallies(counts, perDay);
  }

  private FacetResults results(TopValues top, long[] perDay, DateBuckets buckets)
      throws IOException {
    Map<String, List<FacetValue>> dims = new LinkedHashMap<>();
    for (EntityType t : COUNTED) {
      dims.put(t.key(), top.of(t.key()));
    }
    if (buckets == DateBuckets.AUTO) {
      // the span of the matching articles' days, whatever filter or query clause made it
      buckets =
          perDay.length == 0
              ? choose(null, null)
              : choose(
                  NewsSchema.fromDays(perDay[0]), NewsSchema.fromDays(perDay[perDay.length - 2]));
    }
    dims.put(DATE, dates(perDay, buckets));
    return new FacetResults(dims, buckets);
  }

  /**
   * The articles per date bucket, oldest first: the articles per day ({@link
   * DayCounts.Tally#counts}, in day order), added up per month or year.
   */
  private static List<FacetValue> dates(long[] perDay, DateBuckets buckets) {
    // the days come in order, so each bucket's articles are added up before the next one's
    List<FacetValue> values = new ArrayList<>();
    LocalDate bucket = null;
    long next = Long.MIN_VALUE; // the first day after the bucket
    long count = 0;
    for (int i = 0; i < perDay.length; i += 2) {
      long day = perDay[i];
      if (day >= next) {
        if (count > 0) {
          values.add(new FacetValue(label(bucket, buckets), count));
        }
        LocalDate date = NewsSchema.fromDays(day);
        bucket =
            switch (buckets) {
              case YEAR -> date.withDayOfYear(1);
              case MONTH -> date.withDayOfMonth(1);
              case DAY, AUTO -> date;
            };
        next =
            NewsSchema.toDays(
                switch (buckets) {
                  case YEAR -> bucket.plusYears(1);
                  case MONTH -> bucket.plusMonths(1);
                  case DAY, AUTO -> bucket.plusDays(1);
                });
        count = 0;
      }
      count += perDay[i + 1];
    }
    if (count > 0) {
      values.add(new FacetValue(label(bucket, buckets), count));
    }
    return values;
  }

  /**
   * A date bucket's label: {@code 2020}, {@code 2020-06} or {@code 2020-06-30}; years of other than
   * four digits as ISO-8601 writes them ({@code -0050}, {@code +12345}).
   */
  static String label(LocalDate first, DateBuckets buckets) {
    String day = first.toString(); // always ends in -MM-dd
    return switch (buckets) {
      case YEAR -> day.substring(0, day.length() - 6);
      case MONTH -> day.substring(0, day.length() - 3);
      case DAY, AUTO -> day;
    };
  }

  /**
   * Chooses the granularity for a date range: years over 3 years, months over 62 days. {@link
   * DateBuckets#AUTO} asks for it over the days of the counted articles.
   */
  public static DateBuckets choose(LocalDate from, LocalDate to) {
    if (from == null || to == null) {
      return DateBuckets.YEAR;
    }
    long days = to.toEpochDay() - from.toEpochDay();
    if (days > 3 * 366) {
      return DateBuckets.YEAR;
    }
    return days > 62 ? DateBuckets.MONTH : DateBuckets.DAY;
  }
}
