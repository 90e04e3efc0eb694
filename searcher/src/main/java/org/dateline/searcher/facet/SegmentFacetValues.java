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
 * and packed ordinals), from here a few. The price is memory: 4 bytes per value, and 8 per article
 * with values (the day counts as a value), 6 MB for the 1.05 million paragraphs of the benchmark
 * index (9.5 MB by document). This is what Solr's un-inverted fields and Elasticsearch's field data
 * do for the same reason.
 *
 * <p>The values are laid out by article, not by document: the articles with values, in document
 * order, and where each one's values start. A count walks the matching articles in document order
 * ({@link #walk}), finding each one a few places further on in the list, so it reads the list, the
 * starts and the values forwards, in the order they lie in memory. Indexed by document (every
 * paragraph too), one look-up in a 5 MB array per article took a third more time.
 *
 * <p>Immutable; thread-safe. A walk is not.
 */
final class SegmentFacetValues {

  /** The day of an article without a date. */
  static final int NO_DAY = Integer.MIN_VALUE;

  /** The documents with values (articles with a date or facet values), increasing. */
  private final int[] docs;

  /**
   * {@code values[starts[i]]} is the day of {@code docs[i]}, followed by its ordinals up to {@code
   * starts[i + 1]}.
   */
  private final int[] starts;

  private final int[] values;

  private SegmentFacetValues(int[] docs, int[] starts, int[] values) {
    this.docs = docs;
    this.starts = starts;
    this.values = values;
  }

  /**
   * Reads a segment's days and the ordinals of its sorted-set facet field (absent in an index
   * written without entities).
   */
  static SegmentFacetValues read(LeafReader reader, String facetField) throws IOException {
    NumericDocValues days = DocValues.getNumeric(reader, NewsSchema.SORT_DATE);
    SortedSetDocValues ords = DocValues.getSortedSet(reader, facetField);
    int[] docs = new int[16];
    int[] starts = new int[17];
    int[] values = new int[16];
    int n = 0;
    int size = 0;
    int day = days.nextDoc();
    int ord = ords.nextDoc();
    for (int doc = Math.min(day, ord); doc != DocIdSetIterator.NO_MORE_DOCS; ) {
      int count = ord == doc ? ords.docValueCount() : 0;
      if (n == docs.length) {
        docs = Arrays.copyOf(docs, 2 * n);
        starts = Arrays.copyOf(starts, 2 * n + 1);
      }
      docs[n] = doc;
      starts[n++] = size;
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
      doc = Math.min(day, ord);
    }
    starts[n] = size;
    return new SegmentFacetValues(
        Arrays.copyOf(docs, n), Arrays.copyOf(starts, n + 1), Arrays.copyOf(values, size));
  }

  private static int[] grow(int[] a, int minSize) {
    return minSize <= a.length
        ? a
        : Arrays.copyOf(a, Math.max(minSize, a.length + (a.length >> 1)));
  }

  /** A walk over this segment's articles, one count's. */
  ArticleValues walk() {
    return new ArticleValues() {
      private int next; // where to look for the next document

      @Override
      public void count(int doc, DayCounts.Tally perDay, int[] toGlobal, int[] counts) {
        int i = next = indexFrom(next, doc);
        if (i == docs.length || docs[i] != doc) {
          return; // a document without values
        }
        int start = starts[i];
        int end = starts[i + 1];
        perDay.add(values[start]); // the day comes first, then the ordinals
        if (toGlobal != null) {
          ArticleValues.countOnce(values, start + 1, end, toGlobal, counts);
        }
      }
    };
  }

  /**
   * The index of the first of {@link #docs} at or after {@code from} that is {@code >= doc}: a
   * gallop (1, 2, 4, ... places on), then a binary search, so that a walk over close matches reads
   * a few neighbouring entries each and one over scattered matches a few dozen.
   */
  private int indexFrom(int from, int doc) {
    if (from >= docs.length || docs[from] >= doc) {
      return from;
    }
    int lo = from + 1; // docs[lo - 1] < doc
    int step = 1;
    while (lo + step < docs.length && docs[lo + step] < doc) {
      lo += step + 1;
      step <<= 1;
    }
    // docs[lo + step] >= doc, or the list ends before it
    int found = Arrays.binarySearch(docs, lo, Math.min(docs.length, lo + step + 1), doc);
    return found >= 0 ? found : -1 - found;
  }

  /** Where the document's values start: its day, if it has any values. */
  int start(int doc) {
    int i = Arrays.binarySearch(docs, doc);
    return i >= 0 ? starts[i] : 0;
  }

  /** Where the document's values end (exclusive). */
  int end(int doc) {
    int i = Arrays.binarySearch(docs, doc);
    return i >= 0 ? starts[i + 1] : 0;
  }

  /** The value at a position between {@link #start} and {@link #end}. */
  int value(int i) {
    return values[i];
  }

  long ramBytesUsed() {
    return RamUsageEstimator.sizeOf(docs)
        + RamUsageEstimator.sizeOf(starts)
        + RamUsageEstimator.sizeOf(values);
  }
}
