package org.dateline.searcher;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Facet counts, in articles.
 *
 * @param dimensions values with counts per dimension: {@code person}, {@code organization}, {@code
 *     location} and {@code date}; the entity dimensions hold their {@link SearchRequest#facetLimit}
 *     values of largest count, largest first, and {@code date} every bucket with a match, in date
 *     order
 * @param dateBuckets the granularity used for {@code date}
 */
public record FacetResults(
    Map<String, List<FacetValue>> dimensions, SearchRequest.DateBuckets dateBuckets) {

  public FacetResults {
    dimensions = unmodifiable(dimensions);
  }

  /** An unmodifiable copy of values per dimension, in the same order. */
  static Map<String, List<FacetValue>> unmodifiable(Map<String, List<FacetValue>> dimensions) {
    Map<String, List<FacetValue>> copy = new LinkedHashMap<>();
    dimensions.forEach((dimension, values) -> copy.put(dimension, List.copyOf(values)));
    return Collections.unmodifiableMap(copy);
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
