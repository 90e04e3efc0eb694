package org.dateline.searcher.facet;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.dateline.indexer.schema.NewsSchema;

/**
 * The {@linkplain SegmentFacetValues facet values in the heap} of the segments that an index's
 * snapshots share: a segment is read on its first count and dropped when Lucene closes it, so a
 * refresh reads only the segments that are new. One per index; thread-safe.
 */
public final class FacetValueCache {

  private final String facetField;
  private final Map<IndexReader.CacheKey, SegmentFacetValues> segments = new ConcurrentHashMap<>();

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

  /** The segment's values, read now if no search has read them yet. */
  SegmentFacetValues of(LeafReader segment) throws IOException {
    IndexReader.CacheHelper helper = cacheHelper(segment);
    if (helper == null) {
      return SegmentFacetValues.read(segment, facetField); // a reader that cannot be cached on
    }
    IndexReader.CacheKey key = helper.getKey();
    SegmentFacetValues values = segments.get(key);
    if (values == null) {
      values = SegmentFacetValues.read(segment, facetField);
      SegmentFacetValues raced = segments.putIfAbsent(key, values);
      if (raced != null) {
        return raced;
      }
      helper.addClosedListener(segments::remove);
    }
    return values;
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

  /** Segments held now. */
  int size() {
    return segments.size();
  }

  /** Heap held by the segments' values, in bytes. */
  public long ramBytesUsed() {
    return segments.values().stream().mapToLong(SegmentFacetValues::ramBytesUsed).sum();
  }
}
