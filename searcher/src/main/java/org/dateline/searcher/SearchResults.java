package org.dateline.searcher;

import java.util.List;

/**
 * One page of articles.
 *
 * @param total articles matching
 * @param totalIsExact whether {@code total} is exact or a lower bound (Lucene stops counting
 *     exactly past 1,000 hits when that makes ranking faster); never exact when {@code partial}
 * @param hits the page, best first
 * @param facets counts per facet dimension, or {@code null} when not asked for
 * @param nextCursor pass to {@link SearchRequest.Builder#cursor} for the next page; {@code null}
 *     when this page is the last
 * @param partial whether the search ran out of time ({@link SearchRequest#timeout()}) and stopped
 *     early: then hits, total and facets cover only the part of the index it got through
 * @param start how many hits of the whole ranking come before this page's first, whose rank is
 *     {@code start + 1}: the offset, or the hits of the pages a cursor went past
 */
public record SearchResults(
    long total,
    boolean totalIsExact,
    List<ArticleHit> hits,
    FacetResults facets,
    String nextCursor,
    boolean partial,
    long start) {

  public SearchResults {
    hits = List.copyOf(hits);
    if (start < 0) {
      throw new IllegalArgumentException("start (" + start + ") must not be negative");
    }
  }

  /** Complete results (not {@link #partial()}) from the first hit on. */
  public SearchResults(
      long total,
      boolean totalIsExact,
      List<ArticleHit> hits,
      FacetResults facets,
      String nextCursor) {
    this(total, totalIsExact, hits, facets, nextCursor, false, 0);
  }
}
