package org.dateline.searcher.facet;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
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

  /** Name of the date dimension in {@link FacetResults}. */
  public static final String DATE = "date";

  private final FacetsConfig config;
  private final SortedSetDocValuesReaderState state;
  private final GlobalOrdinalCounts ordinals;
  private final DayCounts days;
  private final FacetValueCache values;

  /** Made on first use: counting the values of every article takes a walk over the index. */
  private volatile EntityAliases aliases;

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
   * The person values of this reader that stand for another across articles; the counts fold them
   * into the value they stand for.
   */
  public EntityAliases aliases() throws IOException {
    EntityAliases a = aliases;
    if (a == null) {
      synchronized (this) {
        a = aliases;
        if (a == null) {
          if (state == null) {
            a = EntityAliases.NONE;
          } else {
            try (Analyzer analyzer = NewsSchema.analyzer()) {
              a = EntityAliases.of(state, ordinals, analyzer);
            }
          }
          aliases = a;
        }
      }
    }
    return a;
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
    if (drillDowns.isEmpty()) {
      return count(searcher.search(base, new FacetsCollectorManager()), topN, buckets);
    }
    if (state == null) {
      // no entity facets to count sideways: the dates of the articles every filter lets through
      BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(base, Occur.FILTER);
      drillDowns.values().forEach(q -> filtered.add(q, Occur.FILTER));
      return count(searcher.search(filtered.build(), new FacetsCollectorManager()), topN, buckets);
    }
    DrillDownQuery ddq = new DrillDownQuery(config, base);
    drillDowns.forEach(ddq::add);
    // DrillSidewaysScorer scores whole segments and refuses the windows a time limit needs
    // (IndexSearcher#setTimeout), so drill-sideways counting runs without the limit
    IndexSearcher whole =
        searcher.getTimeout() == null ? searcher : new IndexSearcher(searcher.getIndexReader());
    FacetsCollector[] drilledDown = new FacetsCollector[1];
    DrillSideways ds =
        new DrillSideways(whole, config, state) {
          @Override
          protected Facets buildFacetsResult(
              FacetsCollector drillDowns, FacetsCollector[] drillSideways, String[] dims)
              throws IOException {
            drilledDown[0] = drillDowns; // the articles every filter lets through: their dates
            return super.buildFacetsResult(drillDowns, drillSideways, dims);
          }
        };
    Facets facets = ds.search(ddq, 1).facets;
    long[] perDay = tally(drilledDown[0], false).perDay.counts();
    EntityAliases folded = aliases();
    return results(dim -> top(facets, dim, topN, folded), perDay, buckets);
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
    aliases().fold(tallies.values);
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
      int[] toGlobal = countValues ? ordinals.globalOrds(hits.context) : null;
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

  /** A date bucket's label: {@code 2020}, {@code 2020-06} or {@code 2020-06-30}. */
  private static String label(LocalDate first, DateBuckets buckets) {
    String day = first.toString();
    return switch (buckets) {
      case YEAR -> day.substring(0, 4);
      case MONTH -> day.substring(0, 7);
      case DAY, AUTO -> day;
    };
  }

  /** Chooses the granularity for a date range: years over 3 years, months over 62 days. */
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

  /** The top values of a dimension counted by Lucene, with the aliases folded in. */
  private static List<FacetValue> top(Facets facets, String dim, int topN, EntityAliases aliases)
      throws IOException {
    FacetResult r;
    try {
      r = aliases.isEmpty() ? facets.getTopChildren(topN, dim) : facets.getAllChildren(dim);
    } catch (IllegalArgumentException e) {
      return List.of(); // no article has this dimension
    }
    if (r == null) {
      return List.of();
    }
    // Lucene's order: by count, ties by value
    return aliases.fold(dim, Arrays.asList(r.labelValues)).stream()
        .sorted(
            Comparator.comparingLong((LabelAndValue lv) -> -lv.value.longValue())
                .thenComparing(lv -> new BytesRef(lv.label)))
        .limit(topN)
        .map(lv -> new FacetValue(lv.label, lv.value.longValue()))
        .toList();
  }
}
