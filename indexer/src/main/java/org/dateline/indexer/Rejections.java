package org.dateline.indexer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dateline.indexer.article.Rejection;

/**
 * The rejections of one indexing run, counted in full but kept only up to a bound: a file of a
 * million bad lines (a binary file read as JSON Lines, a log given by mistake) must not fill the
 * heap with a million messages. Of each of the first {@value #SOURCES} sources (files) it keeps the
 * first {@value #KEPT_FIRST} whatever else was kept, and up to {@value #KEPT_PER_SOURCE} while
 * fewer than {@value #KEPT} are kept in all, and counts every rejection by source; the rejections
 * of later sources are only counted, together, under {@link #OTHER_SOURCES}. Thread-safe.
 */
final class Rejections {

  /** Rejections of each source kept whatever else was kept: those a report shows. */
  static final int KEPT_FIRST = 10;

  /** Rejections kept of one source while fewer than {@link #KEPT} are kept in all. */
  static final int KEPT_PER_SOURCE = 100;

  /** Rejections kept in all, beyond each source's first {@link #KEPT_FIRST}. */
  static final int KEPT = 10_000;

  /** Sources counted one by one; the rejections of later ones are counted together. */
  static final int SOURCES = 10_000;

  /** The key under which the rejections of sources past the first {@link #SOURCES} are counted. */
  static final String OTHER_SOURCES = "(other sources)";

  private final List<Rejection> kept = new ArrayList<>();
  private final Map<String, Long> bySource = new LinkedHashMap<>();
  private long total;

  synchronized void add(Rejection r) {
    total++;
    String source = r.source();
    if (!bySource.containsKey(source) && bySource.size() >= SOURCES) {
      bySource.merge(OTHER_SOURCES, 1L, Long::sum);
      return;
    }
    long ofSource = bySource.merge(source, 1L, Long::sum);
    if (ofSource <= KEPT_FIRST || (ofSource <= KEPT_PER_SOURCE && kept.size() < KEPT)) {
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

  /** The count of each source, in the order of its first rejection. */
  synchronized Map<String, Long> bySource() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(bySource));
  }
}
