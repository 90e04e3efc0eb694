package org.dateline.searcher;

import java.util.List;
import java.util.Map;

/**
 * Facet counts, in articles.
 *
 * @param dimensions values with counts per dimension: {@code person}, {@code organization}, {@code
 *     location} and {@code date}, largest count first (date buckets in date order)
 * @param dateBuckets the granularity used for {@code date}
 */
public record FacetResults(
    Map<String, List<FacetValue>> dimensions, SearchRequest.DateBuckets dateBuckets) {

  public FacetResults {
    dimensions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(dimensions));
  }

  /** The values of one dimension, empty when it has none. */
  public List<FacetValue> get(String dimension) {
    return dimensions.getOrDefault(dimension, List.of());
  }

  /**
   * One facet value.
   *
   * @param value the entity name or date bucket ({@code 2020}, {@code 2020-06}, {@code 2020-06-12})
   * @param count articles with that value
   */
  public record FacetValue(String value, long count) {}
}
