package org.dateline.searcher.facet;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.RamUsageEstimator;
import org.dateline.indexer.schema.NewsSchema;

/**
 * One segment's facet values copied into the heap: each article's day ({@link
 * NewsSchema#SORT_DATE}) and the segment ordinals of its facet values, laid out in one {@code
 * int[]}. Counting a common word's matches reads these for tens of thousands of articles; from the
 * doc values on disk that took 55 ns an article (each look-up decodes a sparse index, an address
 * and packed ordinals), from here a few. The price is memory: 4 bytes per document (articles and
 * paragraphs) plus 4 per article and 4 per facet value, about 10 MB for a million paragraphs. This
 * is what Solr's un-inverted fields and Elasticsearch's field data do for the same reason.
 *
 * <p>Immutable; thread-safe.
 */
final class SegmentFacetValues implements ArticleValues {

  /** The day of an article without a date. */
  static final int NO_DAY = Integer.MIN_VALUE;

  /**
   * {@code values[starts[doc]]} is the document's day, followed by its ordinals up to {@code
   * starts[doc + 1]}; a document without a date or facet values (a paragraph) has an empty range.
   */
  private final int[] starts;

  private final int[] values;

  private SegmentFacetValues(int[] starts, int[] values) {
    this.starts = starts;
    this.values = values;
  }

  /**
   * Reads a segment's days and the ordinals of its sorted-set facet field (absent in an index
   * written without entities).
   */
  static SegmentFacetValues read(LeafReader reader, String facetField) throws IOException {
    int maxDoc = reader.maxDoc();
    NumericDocValues days = DocValues.getNumeric(reader, NewsSchema.SORT_DATE);
    SortedSetDocValues ords = DocValues.getSortedSet(reader, facetField);
    int[] starts = new int[maxDoc + 1];
    int[] values = new int[16];
    int size = 0;
    int day = days.nextDoc();
    int ord = ords.nextDoc();
    for (int doc = Math.min(day, ord); doc != DocIdSetIterator.NO_MORE_DOCS; ) {
      int count = ord == doc ? ords.docValueCount() : 0;
      values = grow(values, size + 1 + count);
      values[size++] = day == doc ? Math.toIntExact(days.longValue()) : NO_DAY;
      for (int i = 0; i < count; i++) {
        values[size++] = Math.toIntExact(ords.nextOrd());
      }
      if (day == doc) {
        day = days.nextDoc();
      }
      if (ord == doc) {
        ord = ords.nextDoc();
      }
      int next = Math.min(day, ord);
      Arrays.fill(starts, doc + 1, Math.min(next, maxDoc) + 1, size);
      doc = next;
    }
    return new SegmentFacetValues(starts, Arrays.copyOf(values, size));
  }

  private static int[] grow(int[] a, int minSize) {
    return minSize <= a.length
        ? a
        : Arrays.copyOf(a, Math.max(minSize, a.length + (a.length >> 1)));
  }

  @Override
  public void count(int doc, DayCounts.Tally perDay, int[] toGlobal, int[] counts) {
    int start = starts[doc];
    int end = starts[doc + 1];
    if (start == end) {
      return;
    }
    perDay.add(values[start]); // the day comes first, then the ordinals
    if (toGlobal != null) {
      for (int i = start + 1; i < end; i++) {
        counts[toGlobal[values[i]]]++;
      }
    }
  }

  /** Where the document's values start: its day, if it has any values. */
  int start(int doc) {
    return starts[doc];
  }

  /** Where the document's values end (exclusive). */
  int end(int doc) {
    return starts[doc + 1];
  }

  /** The value at a position between {@link #start} and {@link #end}. */
  int value(int i) {
    return values[i];
  }

  long ramBytesUsed() {
    return RamUsageEstimator.sizeOf(starts) + RamUsageEstimator.sizeOf(values);
  }
}
