package org.dateline.searcher;

import java.io.IOException;
import java.time.Duration;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.store.Directory;
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
    byte[] max = PointValues.getMaxPackedValue(reader, NewsSchema.DATE);
    this.newestDay = max == null ? null : LongPoint.decodeDimension(max, 0);
    byte[] min = PointValues.getMinPackedValue(reader, NewsSchema.DATE);
    this.oldestDay = min == null ? null : LongPoint.decodeDimension(min, 0);
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
