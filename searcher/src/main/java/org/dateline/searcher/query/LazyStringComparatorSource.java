package org.dateline.searcher.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.FieldComparator;
import org.apache.lucene.search.FieldComparatorSource;
import org.apache.lucene.search.LeafFieldComparator;
import org.apache.lucene.search.Pruning;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;

/**
 * Sorts by a {@link SortedDocValues} field in the order of {@code SortField.Type.STRING} (bytes
 * ascending, documents without a value first), comparing hits of one segment by ordinal and reading
 * a hit's bytes only when it is compared with a hit of another segment or returned.
 *
 * <p>For a tie-break after the score, the sort of ranked search, Lucene's own comparator copies
 * every competitive hit's bytes as the hit enters the top, and looks the bottom hit's bytes up in
 * each new segment (a binary search of its terms), so that hits of different segments compare:
 * profiling ranked search put a tenth of its time there. Ties of equal scores are mostly between
 * hits of one segment (copies of an article), which ordinals order as their bytes do.
 */
public final class LazyStringComparatorSource extends FieldComparatorSource {

  /** A sort field on {@code field}, ascending, ordered as {@code SortField.Type.STRING} orders. */
  public static SortField sortField(String field) {
    return new SortField(field, new LazyStringComparatorSource());
  }

  @Override
  public FieldComparator<BytesRef> newComparator(
      String field, int numHits, Pruning pruning, boolean reversed) {
    return new Comparator(field, numHits);
  }

  @Override
  public boolean equals(Object o) {
    return o != null && o.getClass() == getClass();
  }

  @Override
  public int hashCode() {
    return getClass().hashCode();
  }

  private static final class Comparator extends FieldComparator<BytesRef> {
    private final String field;

    /** Per slot: the doc values of the hit's segment (for its bytes), its ordinal (-1: none). */
    private final SortedDocValues[] segments;

    private final int[] ords;
    private final BytesRef[] values;
    private final boolean[] read;
    private BytesRef top;
    private int bottom;

    Comparator(String field, int numHits) {
      this.field = field;
      this.segments = new SortedDocValues[numHits];
      this.ords = new int[numHits];
      this.values = new BytesRef[numHits];
      this.read = new boolean[numHits];
    }

    @Override
    public int compare(int slot1, int slot2) {
      if (segments[slot1] == segments[slot2]) {
        return Integer.compare(ords[slot1], ords[slot2]);
      }
      return compareValues(value(slot1), value(slot2));
    }

    @Override
    public void setTopValue(BytesRef value) {
      top = value;
    }

    @Override
    public BytesRef value(int slot) {
      if (!read[slot]) {
        try {
          values[slot] =
              ords[slot] < 0 ? null : BytesRef.deepCopyOf(segments[slot].lookupOrd(ords[slot]));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        read[slot] = true;
      }
      return values[slot];
    }

    @Override
    public int compareValues(BytesRef first, BytesRef second) {
      if (first == null) {
        return second == null ? 0 : -1;
      }
      return second == null ? 1 : first.compareTo(second);
    }

    @Override
    public LeafFieldComparator getLeafComparator(LeafReaderContext context) throws IOException {
      // read forward for the hits being collected; lookupOrd does not move it
      SortedDocValues segment = DocValues.getSorted(context.reader(), field);
      return new LeafFieldComparator() {
        private int lastDoc = -1;
        private int lastOrd;

        /** The ordinal of a hit (-1: none); a tie with the bottom then a copy ask twice. */
        private int ord(int doc) throws IOException {
          if (doc != lastDoc) {
            lastOrd = segment.advanceExact(doc) ? segment.ordValue() : -1;
            lastDoc = doc;
          }
          return lastOrd;
        }

        private BytesRef bytes(int ord) throws IOException {
          return ord < 0 ? null : segment.lookupOrd(ord);
        }

        @Override
        public void setBottom(int slot) {
          bottom = slot;
        }

        @Override
        public int compareBottom(int doc) throws IOException {
          int ord = ord(doc);
          if (segments[bottom] == segment) {
            return Integer.compare(ords[bottom], ord);
          }
          return compareValues(value(bottom), bytes(ord));
        }

        @Override
        public int compareTop(int doc) throws IOException {
          return compareValues(top, bytes(ord(doc)));
        }

        @Override
        public void copy(int slot, int doc) throws IOException {
          segments[slot] = segment;
          ords[slot] = ord(doc);
          values[slot] = null;
          read[slot] = false;
        }

        @Override
        public void setScorer(Scorable scorer) {}
      };
    }
  }
}
