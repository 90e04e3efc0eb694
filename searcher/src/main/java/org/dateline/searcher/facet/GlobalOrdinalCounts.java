package org.dateline.searcher.facet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollector.MatchingDocs;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.PriorityQueue;
import org.dateline.searcher.FacetResults.FacetValue;

/**
 * Counts the values of the sorted-set facet field over collected articles, as Lucene's {@code
 * SortedSetDocValuesFacetCounts} does, with one difference: each segment's ordinals are mapped to
 * global ones through a plain {@code int[]} made once per index snapshot, instead of Lucene's
 * packed {@link OrdinalMap}, whose look-ups were 40 % of counting a common word's matches. The top
 * values come out in Lucene's order: by count, ties by value.
 *
 * <p>Immutable once made; thread-safe.
 */
final class GlobalOrdinalCounts {

  private final SortedSetDocValuesReaderState state;

  /** Per segment (leaf ord): segment ordinal to global ordinal. */
  private final int[][] globalOrds;

  private GlobalOrdinalCounts(SortedSetDocValuesReaderState state, int[][] globalOrds) {
    this.state = state;
    this.globalOrds = globalOrds;
  }

  /** Maps every segment's ordinals of the state's field (a few MB for a large archive). */
  static GlobalOrdinalCounts of(SortedSetDocValuesReaderState state) throws IOException {
    IndexReader reader = state.getReader();
    // the state's view of the whole index maps ordinals with the OrdinalMap it built once
    OrdinalMap map =
        state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi
            ? multi.mapping
            : null;
    int[][] globalOrds = new int[reader.leaves().size()][];
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedSetDocValues dv = DocValues.getSortedSet(leaf.reader(), state.getField());
      int n = Math.toIntExact(dv.getValueCount());
      int[] ords = new int[n];
      LongValues segmentToGlobal = map == null ? null : map.getGlobalOrds(leaf.ord);
      for (int o = 0; o < n; o++) {
        ords[o] = segmentToGlobal == null ? o : Math.toIntExact(segmentToGlobal.get(o));
      }
      globalOrds[leaf.ord] = ords;
    }
    return new GlobalOrdinalCounts(state, globalOrds);
  }

  /** Counts per global ordinal of the values of the collected articles. */
  int[] count(FacetsCollector articles) throws IOException {
    int[] counts = new int[Math.toIntExact(state.getSize())];
    for (MatchingDocs hits : articles.getMatchingDocs()) {
      if (hits.totalHits == 0) {
        continue;
      }
      SortedSetDocValues dv = DocValues.getSortedSet(hits.context.reader(), state.getField());
      int[] ords = globalOrds[hits.context.ord];
      DocIdSetIterator docs = hits.bits.iterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (dv.advanceExact(doc)) {
          for (int k = dv.docValueCount(); k > 0; k--) {
            counts[ords[(int) dv.nextOrd()]]++;
          }
        }
      }
    }
    return counts;
  }

  /** The {@code topN} values of {@code dim} with the highest counts, ties by value. */
  List<FacetValue> top(int[] counts, String dim, int topN) throws IOException {
    OrdRange range = state.getOrdRange(dim);
    if (range == null || topN <= 0) {
      return List.of();
    }
    PriorityQueue<int[]> queue =
        new PriorityQueue<>(topN) {
          @Override
          protected boolean lessThan(int[] a, int[] b) {
            return a[1] < b[1] || (a[1] == b[1] && a[0] > b[0]);
          }
        };
    for (int ord = range.start; ord <= range.end; ord++) {
      if (counts[ord] > 0) {
        queue.insertWithOverflow(new int[] {ord, counts[ord]});
      }
    }
    SortedSetDocValues labels = state.getDocValues();
    List<FacetValue> values = new ArrayList<>(queue.size());
    for (int i = queue.size(); i > 0; i--) {
      int[] top = queue.pop();
      String[] path = FacetsConfig.stringToPath(labels.lookupOrd(top[0]).utf8ToString());
      values.add(new FacetValue(path[1], top[1]));
    }
    Collections.reverse(values);
    return values;
  }
}
