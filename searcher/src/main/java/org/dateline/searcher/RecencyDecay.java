package org.dateline.searcher;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.dateline.indexer.schema.NewsSchema;

/**
 * Exponential decay by article age: {@code 0.5^(age / halfLife)}, age in days before the newest
 * article of the index. Articles without a date get the factor of an article a year older than the
 * oldest, so they rank below dated articles of equal relevance, and by relevance among themselves.
 * An age counts {@link #MAX_HALF_LIVES} at most (an undated article's one more), so that no score
 * times its factor rounds to 0, which would lose the order of the oldest.
 */
final class RecencyDecay extends DoubleValuesSource {

  private final long newestDay;
  private final double halfLifeDays;

  /** The most half-lives an article's age counts: 0.5^100 is some 8e-31. */
  static final double MAX_HALF_LIVES = 100;

  /** The age given to articles without a date. */
  private final double undatedAge;

  RecencyDecay(long newestDay, long oldestDay, double halfLifeDays) {
    this.newestDay = newestDay;
    this.halfLifeDays = halfLifeDays;
    this.undatedAge = newestDay - oldestDay + 365.0;
  }

  @Override
  public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
    NumericDocValues dates = DocValues.getNumeric(ctx.reader(), NewsSchema.SORT_DATE);
    return new DoubleValues() {
      private double value;

      @Override
      public double doubleValue() {
        return value;
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        // at most MAX_HALF_LIVES (one more undated), so that a float score times the factor
        // keeps its order instead of rounding to 0
        double halfLives =
            dates.advanceExact(doc)
                ? Math.min(
                    Math.max(0, newestDay - dates.longValue()) / halfLifeDays, MAX_HALF_LIVES)
                : Math.min(undatedAge / halfLifeDays, MAX_HALF_LIVES + 1);
        value = Math.pow(0.5, halfLives);
        return true;
      }
    };
  }

  @Override
  public boolean needsScores() {
    return false;
  }

  @Override
  public DoubleValuesSource rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    return DocValues.isCacheable(ctx, NewsSchema.SORT_DATE);
  }

  @Override
  public int hashCode() {
    return (Long.hashCode(newestDay) * 31 + Double.hashCode(halfLifeDays)) * 31
        + Double.hashCode(undatedAge);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RecencyDecay r
        && r.newestDay == newestDay
        && r.halfLifeDays == halfLifeDays
        && r.undatedAge == undatedAge;
  }

  @Override
  public String toString() {
    return "recency(halfLife=" + halfLifeDays + "d)";
  }
}
