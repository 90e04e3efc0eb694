package org.dateline.searcher;

import java.util.List;

/**
 * One page of articles.
 *
 * @param total articles matching
 * @param totalIsExact whether {@code total} is exact or a lower bound (Lucene stops counting
 *     exactly past 1,000 hits when that makes ranking faster)
 * @param hits the page, best first
 * @param facets counts per facet dimension, or {@code null} when not asked for
 * @param nextCursor pass to {@link SearchRequest.Builder#cursor} for the next page; {@code null}
 *     when this page is the last
 */
public record SearchResults(
    long total,
    boolean totalIsExact,
    List<ArticleHit> hits,
    FacetResults facets,
    String nextCursor) {

  public SearchResults {
    hits = List.copyOf(hits);
  }
}
