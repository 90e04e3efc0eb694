package org.dateline.searcher.facet;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.dateline.indexer.schema.NewsSchema;

/**
 * The {@linkplain SegmentFacetValues facet values in the heap} of the segments that an index's
 * snapshots share. A segment's first count reads its doc values; its second copies them into the
 * heap for every later count (a one-off search, such as one command, does not pay for a copy of
 * every segment: 110 ms for a million paragraphs, against a few for one count). A copy is dropped
 * when Lucene closes its segment, so a refresh copies only segments that are new. One per index;
 * thread-safe.
 */
public final class FacetValueCache {

  /** The count of a segment that copies its values into the heap. */
  static final int COPY_ON_COUNT = 2;

  private final String facetField;
  private final Map<IndexReader.CacheKey, Segment> segments = new ConcurrentHashMap<>();

  /** A segment's counts so far and, from the {@link #COPY_ON_COUNT}th, its copied values. */
  private static final class Segment {
    final AtomicInteger counts = new AtomicInteger();
    volatile SegmentFacetValues copy;
  }

  /** A cache for the sorted-set facet field of {@link NewsSchema#facetsConfig()}. */
  public FacetValueCache() {
    this(
        NewsSchema.facetsConfig().getDimConfig(NewsSchema.FACET_TYPES.get(0).key()).indexFieldName);
  }

  FacetValueCache(String facetField) {
    this.facetField = facetField;
  }

  /** The name of the sorted-set doc values field the ordinals are read from. */
  String facetField() {
    return facetField;
  }

  /** Where one count over the segment's articles reads their values. */
  ArticleValues forCounting(LeafReader segment) throws IOException {
    IndexReader.CacheHelper helper = cacheHelper(segment);
    if (helper == null) {
      return ArticleValues.fromDocValues(segment, facetField); // a reader that cannot be cached on
    }
    Segment cached =
        segments.computeIfAbsent(
            helper.getKey(),
            key -> {
              helper.addClosedListener(segments::remove);
              return new Segment();
            });
    SegmentFacetValues copy = cached.copy;
    if (copy != null) {
      return copy;
    }
    if (cached.counts.incrementAndGet() < COPY_ON_COUNT) {
      return ArticleValues.fromDocValues(segment, facetField);
    }
    synchronized (cached) {
      if (cached.copy == null) {
        cached.copy = SegmentFacetValues.read(segment, facetField);
      }
      return cached.copy;
    }
  }

  /**
   * What the segment's values can be cached by: its core, whose doc values never change, unless
   * doc-values updates (which Dateline does not make) have changed the fields read, in which case
   * this reader of the segment.
   */
  private IndexReader.CacheHelper cacheHelper(LeafReader segment) {
    for (String field : new String[] {facetField, NewsSchema.SORT_DATE}) {
      FieldInfo info = segment.getFieldInfos().fieldInfo(field);
      if (info != null && info.getDocValuesGen() != -1) {
        return segment.getReaderCacheHelper();
      }
    }
    return segment.getCoreCacheHelper();
  }

  /** Segments whose values are held in the heap now. */
  int copies() {
    return (int) segments.values().stream().filter(s -> s.copy != null).count();
  }

  /** Segments known now (counted at least once and not closed). */
  int segments() {
    return segments.size();
  }

  /** Heap held by the copied values, in bytes. */
  public long ramBytesUsed() {
    return segments.values().stream()
        .map(s -> s.copy)
        .filter(c -> c != null)
        .mapToLong(SegmentFacetValues::ramBytesUsed)
        .sum();
  }
}
