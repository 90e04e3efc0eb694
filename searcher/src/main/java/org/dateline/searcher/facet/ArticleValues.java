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
   *     facet values; {@code -1 - g} for a value that stands for the value of global ordinal {@code
   *     g} ({@link EntityAliases}), which is counted once for the article whatever it holds of it
   * @param counts articles per global ordinal
   */
  void count(int doc, DayCounts.Tally perDay, int[] toGlobal, int[] counts) throws IOException;

  /**
   * Counts one article's values, {@code ords[from]} to {@code ords[to - 1]} (segment ordinals):
   * each global value once, an alias as the value it stands for. Nearly every article holds no
   * alias and takes one pass; one that does is then {@linkplain #uncountRepeats corrected} for the
   * values it held twice.
   */
  static void countOnce(int[] ords, int from, int to, int[] toGlobal, int[] counts) {
    int aliased = 0;
    for (int i = from; i < to; i++) {
      int g = toGlobal[ords[i]];
      int sign = g >> 31; // -1 for an alias, whose entry is -1 - g, that is ~g
      counts[g ^ sign]++;
      aliased |= sign;
    }
    if (aliased != 0) {
      uncountRepeats(ords, from, to, toGlobal, counts);
    }
  }

  /**
   * Takes back what {@link #countOnce} counted twice for an article: a value counted for an earlier
   * value of the article already (an alias and what it stands for, or two aliases of one value).
   */
  private static void uncountRepeats(int[] ords, int from, int to, int[] toGlobal, int[] counts) {
    // each repeat involves an alias: an alias is taken back when another value of the article
    // stands for the same, unless that one is an alias after it (then that one is taken back)
    for (int i = from; i < to; i++) {
      int g = toGlobal[ords[i]];
      if (g >= 0) {
        continue;
      }
      int target = ~g;
      for (int j = from; j < to; j++) {
        int other = toGlobal[ords[j]];
        if (j != i && (other == target || (other == g && j < i))) {
          counts[target]--;
          break;
        }
      }
    }
  }

  /** Reads the values of one walk over a segment's articles from its doc values. */
  static ArticleValues fromDocValues(LeafReader segment, String facetField) throws IOException {
    NumericDocValues days = DocValues.getNumeric(segment, NewsSchema.SORT_DATE);
    SortedSetDocValues ords = DocValues.getSortedSet(segment, facetField);
    int[][] scratch = {new int[16]};
    return (doc, perDay, toGlobal, counts) -> {
      if (days.advanceExact(doc)) {
        perDay.add(Math.toIntExact(days.longValue()));
      }
      if (toGlobal != null && ords.advanceExact(doc)) {
        int n = ords.docValueCount();
        if (n > scratch[0].length) {
          scratch[0] = new int[Math.max(n, 2 * scratch[0].length)];
        }
        for (int k = 0; k < n; k++) {
          scratch[0][k] = (int) ords.nextOrd();
        }
        countOnce(scratch[0], 0, n, toGlobal, counts);
      }
    };
  }
}
