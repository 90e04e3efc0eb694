package org.dateline.searcher;

import java.io.IOException;
import java.time.Duration;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.dateline.indexer.schema.NewsSchema;
import org.dateline.searcher.facet.FacetCounter;
import org.dateline.searcher.facet.FacetValueCache;
import org.dateline.searcher.highlight.ParagraphHighlighter;

/** One point-in-time view of the index with what searches need of it prepared once. */
final class Snapshot extends IndexSearcher {
  final FacetCounter facets;
  final Long newestDay;
  final Long oldestDay;
  final ParagraphHighlighter.TextHighlighter highlighter;

  Snapshot(IndexReader reader, ParagraphHighlighter paragraphs, FacetValueCache facetValues)
      throws IOException {
    super(reader);
    this.facets = FacetCounter.forReader(reader, NewsSchema.facetsConfig(), facetValues);
    // every search shows its hits' names through the aliases: found here, where the snapshot is
    // made (by the refreshing thread), not by the first search, outside its time limit
    facets.aliases();
    this.highlighter = paragraphs.unifiedHighlighter(this);
    long[] days = liveDays(reader);
    this.oldestDay = days == null ? null : days[0];
    this.newestDay = days == null ? null : days[1];
  }

  /**
   * The first and last day of the reader's live articles, or {@code null} when none has a date. A
   * segment's date points still hold the days of its deleted articles (until a merge drops them),
   * so a segment with deletions is read from its doc values, article by article.
   */
  static long[] liveDays(IndexReader reader) throws IOException {
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (LeafReaderContext leaf : reader.leaves()) {
      LeafReader segment = leaf.reader();
      Bits live = segment.getLiveDocs();
      if (live == null) {
        PointValues points = segment.getPointValues(NewsSchema.DATE);
        if (points != null && points.size() > 0) {
          first = Math.min(first, LongPoint.decodeDimension(points.getMinPackedValue(), 0));
          last = Math.max(last, LongPoint.decodeDimension(points.getMaxPackedValue(), 0));
        }
        continue;
      }
      NumericDocValues days = DocValues.getNumeric(segment, NewsSchema.SORT_DATE);
      for (int doc = days.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = days.nextDoc()) {
        if (live.get(doc)) {
          long day = days.longValue();
          first = Math.min(first, day);
          last = Math.max(last, day);
        }
      }
    }
    return first > last ? null : new long[] {first, last};
  }

  private Snapshot(
      IndexReader reader,
      FacetCounter facets,
      Long newestDay,
      Long oldestDay,
      ParagraphHighlighter.TextHighlighter highlighter) {
    super(reader);
    this.facets = facets;
    this.newestDay = newestDay;
    this.oldestDay = oldestDay;
    this.highlighter = highlighter;
  }

  /** The version of this view's reader: the same for every reader of one commit. */
  long version() {
    return getIndexReader() instanceof DirectoryReader dr ? dr.getVersion() : 0;
  }

  /** A searcher for one request: the same view, with its own deadline and timed-out flag. */
  Snapshot withTimeout(Duration timeout) {
    // the highlighter stays the shared one: highlighting is not time-limited
    Snapshot s = new Snapshot(getIndexReader(), facets, newestDay, oldestDay, highlighter);
    long start = System.nanoTime();
    long limit = saturatedNanos(timeout);
    s.setTimeout(() -> System.nanoTime() - start > limit);
    return s;
  }

  private static long saturatedNanos(Duration d) {
    try {
      return d.toNanos();
    } catch (ArithmeticException e) {
      return Long.MAX_VALUE;
    }
  }

  /**
   * Makes a {@link Snapshot} for every reader a {@code SearcherManager} opens, after checking that
   * the reader's commit has the index layout this version reads: on opening, and on every refresh,
   * since the index may have been rebuilt by another version meanwhile (a failed refresh keeps the
   * previous snapshot).
   */
  static final class Factory extends SearcherFactory {
    private final Directory index;
    private final ParagraphHighlighter paragraphs;

    /** The facet values of the index's segments, read once for all snapshots that share them. */
    private final FacetValueCache facetValues = new FacetValueCache();

    /**
     * @param index the index's directory, named in errors
     */
    Factory(Directory index, ParagraphHighlighter paragraphs) {
      this.index = index;
      this.paragraphs = paragraphs;
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
      if (reader instanceof DirectoryReader directoryReader) {
        NewsSchema.checkVersion(directoryReader.getIndexCommit().getUserData(), index);
      }
      return new Snapshot(reader, paragraphs, facetValues);
    }
  }
}
