package org.dateline.searcher;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an index holds.
 *
 * @param articles articles
 * @param paragraphs paragraphs
 * @param firstDate earliest article date, or {@code null} when no article has one
 * @param lastDate latest article date, or {@code null}
 * @param topEntities most frequent entities per type ({@code person}, ...), in articles
 * @param sizeBytes size on disk of the files of the index's last commit seen
 * @param segments Lucene segments
 * @param lastCommit when the commit searched was made, or {@code null} when it did not record it
 */
public record IndexStats(
    long articles,
    long paragraphs,
    LocalDate firstDate,
    LocalDate lastDate,
    Map<String, List<FacetResults.FacetValue>> topEntities,
    long sizeBytes,
    int segments,
    Instant lastCommit) {

  public IndexStats {
    topEntities = FacetResults.unmodifiable(topEntities);
  }

  /** Stats without a commit time. */
  public IndexStats(
      long articles,
      long paragraphs,
      LocalDate firstDate,
      LocalDate lastDate,
      Map<String, List<FacetResults.FacetValue>> topEntities,
      long sizeBytes,
      int segments) {
    this(articles, paragraphs, firstDate, lastDate, topEntities, sizeBytes, segments, null);
  }
}
