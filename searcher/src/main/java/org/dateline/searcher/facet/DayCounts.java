package org.dateline.searcher.facet;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.PointValues;
import org.dateline.indexer.schema.NewsSchema;

/**
 * Counts articles per day of their date ({@link NewsSchema#SORT_DATE}). The days of an index span a
 * known range (from the date points), so the counts go into an array indexed by day, not a hash
 * table; Lucene's {@code LongValueFacetCounts}, which hashes every value, took 12 % of counting a
 * common word's facets. An index whose dates span more than {@link #MAX_ARRAY_DAYS} days counts in
 * a tree map instead.
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

  /** Counts articles per day, one at a time. */
  Tally tally() {
    return new Tally();
  }

  /** Counts of articles per day, as they are added. Not thread-safe. */
  final class Tally {
    private final int[] perDay =
        last >= first && last - first < MAX_ARRAY_DAYS ? new int[(int) (last - first + 1)] : null;
    private final TreeMap<Long, Long> outside = new TreeMap<>();

    /** Counts an article of this day ({@link SegmentFacetValues#NO_DAY} for none). */
    void add(int day) {
      if (day == SegmentFacetValues.NO_DAY) {
        return;
      }
      if (perDay != null && day >= first && day <= last) {
        perDay[(int) (day - first)]++;
      } else {
        outside.merge((long) day, 1L, Long::sum);
      }
    }

    /**
     * The days with articles (days since the epoch) in order, each followed by its number of
     * articles: {@code day, count, day, count, ...}.
     */
    long[] counts() {
      int days = outside.size();
      if (perDay != null) {
        for (int count : perDay) {
          days += count > 0 ? 1 : 0;
        }
      }
      long[] counts = new long[2 * days];
      int n = 0;
      for (Map.Entry<Long, Long> e : outside.headMap(first).entrySet()) {
        counts[n++] = e.getKey();
        counts[n++] = e.getValue();
      }
      if (perDay != null) {
        for (int i = 0; i < perDay.length; i++) {
          if (perDay[i] > 0) {
            counts[n++] = first + i;
            counts[n++] = perDay[i];
          }
        }
      }
      for (Map.Entry<Long, Long> e : outside.tailMap(first).entrySet()) {
        counts[n++] = e.getKey();
        counts[n++] = e.getValue();
      }
      return counts;
    }
  }
}
