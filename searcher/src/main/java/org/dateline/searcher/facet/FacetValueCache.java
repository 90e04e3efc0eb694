package org.dateline.searcher.facet;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.dateline.indexer.schema.NewsSchema;

/**
 * The {@linkplain SegmentFacetValues facet values in the heap} of the segments that an index's
 * snapshots share. A segment's first count reads its doc values; its second copies them into the
 * heap for every later count (a one-off search, such as one command, does not pay for a copy of
 * every segment: 110 ms for a million paragraphs, against a few for one count). A copy is dropped
 * when Lucene closes its segment, so a refresh copies only segments that are new. The copies share
 * a budget of heap ({@link #DEFAULT_BUDGET_FRACTION} of the JVM's maximum by default, as
 * Elasticsearch bounds its field data): a segment whose copy would exceed it stays counted from its
 * doc values. One per index; thread-safe.
 */
public final class FacetValueCache {

  /** The count of a segment that copies its values into the heap. */
  static final int COPY_ON_COUNT = 2;

  /** The part of the JVM's maximum heap that copies may take, by default. */
  public static final double DEFAULT_BUDGET_FRACTION = 1.0 / 16;

  private final String facetField;
  private final long budgetBytes;
  private final AtomicLong usedBytes = new AtomicLong();
  private final Map<IndexReader.CacheKey, Segment> segments = new ConcurrentHashMap<>();

  /**
   * A segment's counts so far and, from the {@link #COPY_ON_COUNT}th, its copied values (or none
   * when they did not fit in the budget).
   */
  private static final class Segment {
    final AtomicInteger counts = new AtomicInteger();
    volatile SegmentFacetValues copy;
    volatile boolean overBudget;
  }

  /**
   * A cache for the sorted-set facet field of {@link NewsSchema#facetsConfig()}, with the default
   * budget.
   */
  public FacetValueCache() {
    this((long) (Runtime.getRuntime().maxMemory() * DEFAULT_BUDGET_FRACTION));
  }

  /**
   * A cache for the sorted-set facet field of {@link NewsSchema#facetsConfig()}.
   *
   * @param budgetBytes the most heap the copies may take together (0: never copy)
   */
  public FacetValueCache(long budgetBytes) {
    if (budgetBytes < 0) {
      throw new IllegalArgumentException("a budget of " + budgetBytes + " bytes");
    }
    this.facetField = NewsSchema.facetValuesField();
    this.budgetBytes = budgetBytes;
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
              helper.addClosedListener(this::dropped);
              return new Segment();
            });
    SegmentFacetValues copy = cached.copy;
    if (copy != null) {
      return copy.walk();
    }
    if (cached.overBudget || cached.counts.incrementAndGet() < COPY_ON_COUNT) {
      return ArticleValues.fromDocValues(segment, facetField);
    }
    synchronized (cached) {
      if (cached.copy == null && !cached.overBudget) {
        SegmentFacetValues read = SegmentFacetValues.read(segment, facetField);
        long size = read.ramBytesUsed();
        if (usedBytes.addAndGet(size) <= budgetBytes) {
          cached.copy = read;
        } else {
          usedBytes.addAndGet(-size);
          cached.overBudget = true; // not read again while the segment lives
        }
      }
      return cached.copy != null
          ? cached.copy.walk()
          : ArticleValues.fromDocValues(segment, facetField);
    }
  }

  /** The segment's copy in the heap, or {@code null} when it has none (yet). */
  SegmentFacetValues copy(LeafReader segment) {
    IndexReader.CacheHelper helper = cacheHelper(segment);
    Segment cached = helper == null ? null : segments.get(helper.getKey());
    return cached == null ? null : cached.copy;
  }

  /** Forgets a closed segment and returns its copy's bytes to the budget. */
  private void dropped(IndexReader.CacheKey key) {
    Segment gone = segments.remove(key);
    if (gone != null) {
      synchronized (gone) {
        if (gone.copy != null) {
          usedBytes.addAndGet(-gone.copy.ramBytesUsed());
        }
      }
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
    return usedBytes.get();
  }
}
