package org.dateline.indexer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.indexer.article.Rejection;

/**
 * The rejections of one indexing run, counted in full but kept only up to a bound: a file of a
 * million bad lines (a binary file read as JSON Lines, a log given by mistake) must not fill the
 * heap with a million messages. Keeps the first {@value #KEPT_PER_SOURCE} of each source and
 * {@value #KEPT} in all, and counts every one by source. Thread-safe.
 */
final class Rejections {

  /** Rejections kept of one source (file). */
  static final int KEPT_PER_SOURCE = 100;

  /** Rejections kept in all. */
  static final int KEPT = 10_000;

  private final List<Rejection> kept = new ArrayList<>();
  private final Map<String, Long> bySource = new LinkedHashMap<>();
  private long total;

  synchronized void add(Rejection r) {
    total++;
    long ofSource = bySource.merge(r.source(), 1L, Long::sum);
    if (ofSource <= KEPT_PER_SOURCE && kept.size() < KEPT) {
      kept.add(r);
    }
  }

  synchronized boolean isEmpty() {
    return total == 0;
  }

  synchronized long total() {
    return total;
  }

  synchronized List<Rejection> kept() {
    return List.copyOf(kept);
  }

  synchronized Map<String, Long> bySource() {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bySource));
  }
}
