package org.dateline.searcher.facet;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.dateline.indexer.schema.NewsSchema;

/**
 * Where counting reads a segment's articles' days and facet ordinals: the doc values on disk
 * ({@link #fromDocValues}) or their {@linkplain SegmentFacetValues copy in the heap}.
 */
interface ArticleValues {

  /**
   * Counts an article's day and, given {@code toGlobal}, its facet values. Documents come in
   * increasing order.
   *
   * @param toGlobal the segment's ordinals mapped to global ones, or {@code null} not to count
   *     facet values
   * @param counts articles per global ordinal
   */
  void count(int doc, DayCounts.Tally perDay, int[] toGlobal, int[] counts) throws IOException;

  /** Reads the values of one walk over a segment's articles from its doc values. */
  static ArticleValues fromDocValues(LeafReader segment, String facetField) throws IOException {
    NumericDocValues days = DocValues.getNumeric(segment, NewsSchema.SORT_DATE);
    SortedSetDocValues ords = DocValues.getSortedSet(segment, facetField);
    return (doc, perDay, toGlobal, counts) -> {
      if (days.advanceExact(doc)) {
        perDay.add(Math.toIntExact(days.longValue()));
      }
      if (toGlobal != null && ords.advanceExact(doc)) {
        for (int k = ords.docValueCount(); k > 0; k--) {
          counts[toGlobal[(int) ords.nextOrd()]]++;
        }
      }
    };
  }
}
