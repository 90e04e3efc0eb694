package org.dateline.searcher.facet;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
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

  private FacetCounter(
      FacetsConfig config,
      SortedSetDocValuesReaderState state,
      GlobalOrdinalCounts ordinals,
      DayCounts days) {
    this.config = config;
    this.state = state;
    this.ordinals = ordinals;
    this.days = days;
  }

  /** The top values of one dimension. */
  @FunctionalInterface
  private interface TopValues {
    List<FacetValue> of(String dim) throws IOException;
  }

  /**
   * Prepares counting over one reader (costly: make one per reader and reuse it across searches).
   */
  public static FacetCounter forReader(IndexReader reader, FacetsConfig config) throws IOException {
    SortedSetDocValuesReaderState state;
    try {
      state = new DefaultSortedSetDocValuesReaderState(reader, config);
    } catch (IllegalArgumentException e) {
      state = null; // no article has an entity facet (yet, or indexed without entities)
    }
    return new FacetCounter(
        config, state, state == null ? null : GlobalOrdinalCounts.of(state), DayCounts.of(reader));
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
    return results(dim -> top(facets, dim, topN), drilledDown[0], buckets);
  }

  /**
   * Counts the top values of the entity dimensions and the date buckets for articles collected
   * already (by a search that also ranked them, say), without drill-down filters.
   */
  public FacetResults count(FacetsCollector articles, int topN, DateBuckets buckets)
      throws IOException {
    if (state == null) {
      return results(dim -> List.of(), articles, buckets);
    }
    int[] counts = ordinals.count(articles);
    return results(dim -> ordinals.top(counts, dim, topN), articles, buckets);
  }

  private FacetResults results(TopValues top, FacetsCollector articles, DateBuckets buckets)
      throws IOException {
    Map<String, List<FacetValue>> dims = new LinkedHashMap<>();
    for (EntityType t : COUNTED) {
      dims.put(t.key(), top.of(t.key()));
    }
    dims.put(DATE, dates(articles, buckets));
    return new FacetResults(dims, buckets);
  }

  /**
   * The articles per date bucket, oldest first: the articles per day, counted from the date doc
   * values, added up per month or year.
   */
  private List<FacetValue> dates(FacetsCollector articles, DateBuckets buckets) throws IOException {
    // bucket keys as numbers (2020, 202006, or the day itself), formatted once per bucket
    Map<Long, Long> counts = new TreeMap<>();
    days.count(articles)
        .forEach(
            (day, count) -> {
              LocalDate date = NewsSchema.fromDays(day);
              long bucket =
                  switch (buckets) {
                    case YEAR -> date.getYear();
                    case MONTH -> date.getYear() * 100L + date.getMonthValue();
                    case DAY, AUTO -> day;
                  };
              counts.merge(bucket, count, Long::sum);
            });
    List<FacetValue> values = new ArrayList<>(counts.size());
    counts.forEach(
        (bucket, count) -> {
          String label =
              switch (buckets) {
                case YEAR -> LocalDate.of((int) (long) bucket, 1, 1).toString().substring(0, 4);
                case MONTH ->
                    LocalDate.of((int) (bucket / 100), (int) (bucket % 100), 1)
                        .toString()
                        .substring(0, 7);
                case DAY, AUTO -> NewsSchema.fromDays(bucket).toString();
              };
          values.add(new FacetValue(label, count));
        });
    return values;
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

  private static List<FacetValue> top(Facets facets, String dim, int topN) throws IOException {
    FacetResult r;
    try {
      r = facets.getTopChildren(topN, dim);
    } catch (IllegalArgumentException e) {
      return List.of(); // no article has this dimension
    }
    List<FacetValue> values = new ArrayList<>();
    if (r != null) {
      for (LabelAndValue lv : r.labelValues) {
        values.add(new FacetValue(lv.label, lv.value.longValue()));
      }
    }
    return values;
  }
}
