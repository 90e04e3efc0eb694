package org.dateline.searcher.facet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.LongValues;
import org.apache.lucene.util.PriorityQueue;
import org.dateline.searcher.FacetResults.FacetValue;

/**
 * Global ordinals of the values of the sorted-set facet field, for counting them over collected
 * articles as Lucene's {@code SortedSetDocValuesFacetCounts} does, with one difference: each
 * segment's ordinals are mapped to global ones through a plain {@code int[]} made once per index
 * snapshot, instead of Lucene's packed {@link OrdinalMap}, whose look-ups were 40 % of counting a
 * common word's matches. The top values come out in Lucene's order: by count, ties by value.
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

  /** An array to count in, one count per global ordinal. */
  int[] newCounts() {
    return new int[Math.toIntExact(state.getSize())];
  }

  /** The segment's ordinals mapped to global ones, indexed by segment ordinal. */
  int[] globalOrds(LeafReaderContext segment) {
    return globalOrds[segment.ord];
  }

  /** The {@code topN} values of {@code dim} with the highest counts, ties by value. */
  List<FacetValue> top(int[] counts, String dim, int topN) throws IOException {
    OrdRange range = state.getOrdRange(dim);
    if (range == null || topN <= 0) {
      return List.of();
    }
    int size = Math.min(topN, range.end - range.start + 1);
    PriorityQueue<int[]> queue =
        new PriorityQueue<>(size) {
          @Override
          protected boolean lessThan(int[] a, int[] b) {
            return a[1] < b[1] || (a[1] == b[1] && a[0] > b[0]);
          }
        };
    // in ordinal order, a value enters a full queue only with a higher count than its least
    int least = 0;
    for (int ord = range.start; ord <= range.end; ord++) {
      if (counts[ord] > least) {
        queue.insertWithOverflow(new int[] {ord, counts[ord]});
        if (queue.size() == size) {
          least = queue.top()[1];
        }
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
