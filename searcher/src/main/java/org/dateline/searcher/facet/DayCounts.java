package org.dateline.searcher.facet;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.dateline.indexer.schema.NewsSchema;

/**
 * Counts collected articles per day of their date ({@link NewsSchema#SORT_DATE} doc values). The
 * days of an index span a known range (from the date points), so the counts go into an array
 * indexed by day, not a hash table; Lucene's {@code LongValueFacetCounts}, which hashes every
 * value, took 12 % of counting a common word's facets. An index whose dates span more than {@link
 * #MAX_ARRAY_DAYS} days counts in a tree map instead.
 *
 * <p>Immutable; thread-safe.
 */
final class DayCounts {

  /** The widest range of days counted in an array (about 270 years). */
  static final int MAX_ARRAY_DAYS = 100_000;

  private final long first;
  private final long last;

  private DayCounts(long first, long last) {
    this.first = first;
    this.last = last;
  }

  /** The day range of the reader's articles (none when no article has a date). */
  static DayCounts of(IndexReader reader) throws IOException {
    byte[] min = PointValues.getMinPackedValue(reader, NewsSchema.DATE);
    byte[] max = PointValues.getMaxPackedValue(reader, NewsSchema.DATE);
    if (min == null || max == null) {
      return new DayCounts(0, -1);
    }
    return new DayCounts(LongPoint.decodeDimension(min, 0), LongPoint.decodeDimension(max, 0));
  }

  /** Articles per day (days since the epoch), in day order; days without articles are left out. */
  Map<Long, Long> count(FacetsCollector articles) throws IOException {
    boolean array = last >= first && last - first < MAX_ARRAY_DAYS;
    int[] perDay = array ? new int[(int) (last - first + 1)] : null;
    Map<Long, Long> counts = new TreeMap<>();
    for (MatchingDocs hits : articles.getMatchingDocs()) {
      if (hits.totalHits == 0) {
        continue;
      }
      NumericDocValues dates = DocValues.getNumeric(hits.context.reader(), NewsSchema.SORT_DATE);
      DocIdSetIterator docs = hits.bits.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (dates.advanceExact(doc)) {
          long day = dates.longValue();
          if (array && day >= first && day <= last) {
            perDay[(int) (day - first)]++;
          } else {
            counts.merge(day, 1L, Long::sum);
          }
        }
      }
    }
    if (array) {
      for (int i = 0; i < perDay.length; i++) {
        if (perDay[i] > 0) {
          counts.merge(first + i, (long) perDay[i], Long::sum);
        }
      }
    }
    return counts;
  }
}
