package org.dateline.searcher;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dateline.indexer.article.Article;
import org.dateline.indexer.entity.EntityType;
import org.dateline.searcher.query.UserQueryParser;
import org.dateline.searcher.ranking.Feedback;

/**
 * An immutable search: the query, its filters, how to rank and page, and whether to count facets.
 * Build one with {@link #builder(String)}; the builder checks every value.
 */
public final class SearchRequest {

  /** Default weight of the best paragraph's score in an article's score. */
  public static final double DEFAULT_PARAGRAPH_WEIGHT = 1.0;

  /** The largest {@code offset + limit}; deeper pages are reached with a cursor. */
  public static final int MAX_RESULT_WINDOW = 10_000;

  /**
   * The largest paragraph weight: Lucene boosts are floats, and a weight this large already ranks
   * by the best paragraph alone.
   */
  public static final double MAX_WEIGHT = 1e6;

  /** The longest query string, in characters. */
  public static final int MAX_QUERY_LENGTH = 10_000;

  /**
   * The longest cursor, in characters: a cursor of the longest article id ({@link
   * Article#MAX_ID_LENGTH} characters of four UTF-8 bytes each) is under 3,000.
   */
  public static final int MAX_CURSOR_LENGTH = 4_096;

  /** The longest entity filter value, in characters: a name, not a text. */
  public static final int MAX_ENTITY_VALUE_LENGTH = 1_000;

  /** How long a search may run unless the request says otherwise. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  /** How the query string is read. */
  public enum Syntax {
    /** Lucene's classic query syntax: fields, phrases, boolean operators, wildcards, ranges. */
    LUCENE,
    /** Plain words: every character is text, nothing is an operator. */
    SIMPLE
  }

  /** How hits are ordered. */
  public enum Sort {
    RELEVANCE,
    /** Newest first; articles without a date last. */
    DATE
  }

  /** Granularity of the date facet. */
  public enum DateBuckets {
    /** Chosen from the date range searched: years over 3 years, months over 2 months, else days. */
    AUTO,
    YEAR,
    MONTH,
    DAY
  }

  private final String query;
  private final Syntax syntax;
  private final boolean requireAllTerms;
  private final boolean allowLeadingWildcard;
  private final LocalDate from;
  private final LocalDate to;
  private final Map<EntityType, List<String>> entities;
  private final int limit;
  private final int offset;
  private final String cursor;
  private final Sort sort;
  private final Double recencyHalfLifeDays;
  private final boolean facets;
  private final int facetLimit;
  private final DateBuckets dateBuckets;
  private final int paragraphsPerHit;
  private final boolean explain;
  private final double paragraphWeight;
  private final Feedback feedback;
  private final Duration timeout;

  private SearchRequest(Builder b) {
    this.query = b.query;
    this.syntax = b.syntax;
    this.requireAllTerms = b.requireAllTerms;
    this.allowLeadingWildcard = b.allowLeadingWildcard;
    this.from = b.from;
    this.to = b.to;
    Map<EntityType, List<String>> copy = new EnumMap<>(EntityType.class);
    b.entities.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.entities = Collections.unmodifiableMap(copy);
    this.limit = b.limit;
    this.offset = b.offset;
    this.cursor = b.cursor;
    this.sort = b.sort;
    this.recencyHalfLifeDays = b.recencyHalfLifeDays;
    this.facets = b.facets;
    this.facetLimit = b.facetLimit;
    this.dateBuckets = b.dateBuckets;
    this.paragraphsPerHit = b.paragraphsPerHit;
    this.explain = b.explain;
    this.paragraphWeight = b.paragraphWeight;
    this.feedback = b.feedback;
    this.timeout = b.timeout;
  }

  /** Every setting, for logs and messages. */
  @Override
  public String toString() {
    return "SearchRequest[query="
        + query
        + ", syntax="
        + syntax
        + ", requireAllTerms="
        + requireAllTerms
        + ", allowLeadingWildcard="
        + allowLeadingWildcard
        + ", from="
        + from
        + ", to="
        + to
        + ", entities="
        + entities
        + ", limit="
        + limit
        + ", offset="
        + offset
        + ", cursor="
        + cursor
        + ", sort="
        + sort
        + ", recencyHalfLifeDays="
        + recencyHalfLifeDays
        + ", facets="
        + facets
        + ", facetLimit="
        + facetLimit
        + ", dateBuckets="
        + dateBuckets
        + ", paragraphsPerHit="
        + paragraphsPerHit
        + ", explain="
        + explain
        + ", paragraphWeight="
        + paragraphWeight
        + ", feedback="
        + feedback
        + ", timeout="
        + timeout
        + "]";
  }

  /** A builder for a search for {@code query}. */
  public static Builder builder(String query) {
    return new Builder(query);
  }

  public String query() {
    return query;
  }

  public Syntax syntax() {
    return syntax;
  }

  /** Whether terms are AND-ed by default (otherwise OR-ed). */
  public boolean requireAllTerms() {
    return requireAllTerms;
  }

  public boolean allowLeadingWildcard() {
    return allowLeadingWildcard;
  }

  /** First day included, or {@code null}. */
  public LocalDate from() {
    return from;
  }

  /** Last day included, or {@code null}. */
  public LocalDate to() {
    return to;
  }

  /** Entity filters: values of one type are OR-ed, types are AND-ed. */
  public Map<EntityType, List<String>> entities() {
    return entities;
  }

  public int limit() {
    return limit;
  }

  public int offset() {
    return offset;
  }

  /** The cursor of the previous page ({@link SearchResults#nextCursor()}), or {@code null}. */
  public String cursor() {
    return cursor;
  }

  public Sort sort() {
    return sort;
  }

  /** Half-life of the recency boost in days, or {@code null} for none. */
  public Double recencyHalfLifeDays() {
    return recencyHalfLifeDays;
  }

  public boolean facets() {
    return facets;
  }

  /**
   * Values per entity dimension (person, organization, location), the most frequent first. The date
   * dimension is not cut: it is every bucket, in date order, as a histogram is.
   */
  public int facetLimit() {
    return facetLimit;
  }

  public DateBuckets dateBuckets() {
    return dateBuckets;
  }

  /** Highlighted paragraphs per hit, 0 to 3. */
  public int paragraphsPerHit() {
    return paragraphsPerHit;
  }

  public boolean explain() {
    return explain;
  }

  /** Weight of the article's best paragraph for the whole query, added to its score. */
  public double paragraphWeight() {
    return paragraphWeight;
  }

  /** Pseudo-relevance feedback, or {@code null} for none. */
  public Feedback feedback() {
    return feedback;
  }

  /**
   * How long matching and counting may run (feedback's first pass and the reading of its articles
   * included); past it the search stops and returns what it found, flagged {@link
   * SearchResults#partial()} (feedback expands the query from the articles read by then). Reading
   * and highlighting the page's articles is not bounded by it.
   */
  public Duration timeout() {
    return timeout;
  }

  /** Builds a {@link SearchRequest}; every setter checks its value. */
  public static final class Builder {
    private final String query;
    private Syntax syntax = Syntax.LUCENE;
    private boolean requireAllTerms;
    private boolean allowLeadingWildcard;
    private LocalDate from;
    private LocalDate to;
    private final Map<EntityType, List<String>> entities = new EnumMap<>(EntityType.class);
    private int limit = 10;
    private int offset;
    private String cursor;
    private Sort sort = Sort.RELEVANCE;
    private Double recencyHalfLifeDays;
    private boolean facets;
    private int facetLimit = 10;
    private DateBuckets dateBuckets = DateBuckets.AUTO;
    private int paragraphsPerHit = 2;
    private boolean explain;
    private double paragraphWeight = DEFAULT_PARAGRAPH_WEIGHT;
    private Feedback feedback;
    private Duration timeout = DEFAULT_TIMEOUT;

    private Builder(String query) {
      Objects.requireNonNull(query, "query");
      // as articles are indexed: "cafe" + U+0301 is "café", a NUL a space
      String cleaned = Article.withoutControlCharacters(query);
      if (cleaned.isBlank()) {
        throw new IllegalArgumentException(
            "query is empty; give words to search for, or *:* to match every article");
      }
      if (query.length() > MAX_QUERY_LENGTH) {
        throw new IllegalArgumentException(
            String.format(
                "query is %,d characters long; the limit is %,d: shorten it",
                query.length(), MAX_QUERY_LENGTH));
      }
      this.query = cleaned;
    }

    public Builder syntax(Syntax syntax) {
      this.syntax = Objects.requireNonNull(syntax, "syntax");
      return this;
    }

    /** AND the query's terms by default instead of OR-ing them. */
    public Builder requireAllTerms(boolean requireAllTerms) {
      this.requireAllTerms = requireAllTerms;
      return this;
    }

    /** Allow {@code *ing}-style wildcards, which scan the whole term dictionary. */
    public Builder allowLeadingWildcard(boolean allow) {
      this.allowLeadingWildcard = allow;
      return this;
    }

    /** Only articles dated on or after {@code from}; {@code null} for no lower bound. */
    public Builder from(LocalDate from) {
      checkRange(from, to);
      this.from = from;
      return this;
    }

    /** Only articles dated on or before {@code to}; {@code null} for no upper bound. */
    public Builder to(LocalDate to) {
      checkRange(from, to);
      this.to = to;
      return this;
    }

    /** Refuses an empty range; a refused value is not kept. */
    private static void checkRange(LocalDate from, LocalDate to) {
      if (from != null && to != null && from.isAfter(to)) {
        throw new IllegalArgumentException(
            "date range is empty: from (" + from + ") is after to (" + to + ")");
      }
    }

    /** Only articles mentioning this entity (canonical name, matched case-insensitively). */
    public Builder entity(EntityType type, String value) {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(value, "value");
      // as articles are indexed: composed, control characters as spaces, no invisible ends
      String cleaned = Article.stripped(Article.withoutControlCharacters(value));
      if (cleaned.isEmpty()) {
        throw new IllegalArgumentException("entity filter " + type.key() + " has an empty value");
      }
      if (cleaned.length() > MAX_ENTITY_VALUE_LENGTH) {
        throw new IllegalArgumentException(
            String.format(
                "entity filter %s value %s is %,d characters long; the limit is %,d: give a name",
                type.key(),
                UserQueryParser.abbreviate(cleaned),
                cleaned.length(),
                MAX_ENTITY_VALUE_LENGTH));
      }
      entities.computeIfAbsent(type, t -> new ArrayList<>()).add(cleaned);
      return this;
    }

    public Builder limit(int limit) {
      if (limit < 0) {
        throw new IllegalArgumentException("limit (" + limit + ") must not be negative");
      }
      checkWindow(offset, limit);
      this.limit = limit;
      return this;
    }

    public Builder offset(int offset) {
      if (offset < 0) {
        throw new IllegalArgumentException("offset (" + offset + ") must not be negative");
      }
      checkWindow(offset, limit);
      this.offset = offset;
      return this;
    }

    /** Refuses a window past {@link #MAX_RESULT_WINDOW}; a refused value is not kept. */
    private static void checkWindow(int offset, int limit) {
      if ((long) offset + limit > MAX_RESULT_WINDOW) {
        throw new IllegalArgumentException(
            "offset + limit ("
                + ((long) offset + limit)
                + ") exceeds "
                + MAX_RESULT_WINDOW
                + "; page deeper with the cursor of the previous page instead");
      }
    }

    /**
     * Continue after the page that returned this cursor ({@link SearchResults#nextCursor()}). It is
     * checked when the search runs: {@link NewsSearcher#search} throws an {@link
     * IllegalArgumentException} for a cursor that is not this search's, and its subclass {@link
     * ExpiredCursorException} for a relevance cursor whose view of the index is gone (search again
     * without it).
     *
     * @throws IllegalArgumentException if the cursor is longer than {@link #MAX_CURSOR_LENGTH},
     *     which no cursor is
     */
    public Builder cursor(String cursor) {
      if (cursor != null && cursor.length() > MAX_CURSOR_LENGTH) {
        throw new IllegalArgumentException(
            String.format(
                "invalid cursor %s: it is %,d characters long, and cursors are at most %,d; pass"
                    + " the nextCursor of a previous page unchanged",
                UserQueryParser.abbreviate(cursor), cursor.length(), MAX_CURSOR_LENGTH));
      }
      this.cursor = cursor;
      return this;
    }

    public Builder sort(Sort sort) {
      this.sort = Objects.requireNonNull(sort, "sort");
      return this;
    }

    /**
     * Multiply relevance by {@code 0.5^(age / halfLifeDays)}, age counted in days from the newest
     * article; an article without a date counts as a year older than the oldest.
     */
    public Builder recency(double halfLifeDays) {
      if (!(halfLifeDays > 0) || Double.isInfinite(halfLifeDays)) {
        throw new IllegalArgumentException(
            "recency half-life (" + halfLifeDays + " days) must be a positive number");
      }
      this.recencyHalfLifeDays = halfLifeDays;
      return this;
    }

    public Builder facets(boolean facets) {
      this.facets = facets;
      return this;
    }

    public Builder facetLimit(int facetLimit) {
      if (facetLimit < 1) {
        throw new IllegalArgumentException(
            "facet values per dimension (" + facetLimit + ") must be at least 1");
      }
      this.facetLimit = facetLimit;
      return this;
    }

    public Builder dateBuckets(DateBuckets dateBuckets) {
      this.dateBuckets = Objects.requireNonNull(dateBuckets, "dateBuckets");
      return this;
    }

    /** Paragraphs shown per hit, 1 to 3; 0 for none (ranking only, faster). */
    public Builder paragraphsPerHit(int n) {
      if (n < 0 || n > 3) {
        throw new IllegalArgumentException("paragraphs per hit (" + n + ") must be 0, 1, 2 or 3");
      }
      this.paragraphsPerHit = n;
      return this;
    }

    public Builder explain(boolean explain) {
      this.explain = explain;
      return this;
    }

    /** How much an article's best paragraph adds to its score (0 for none). */
    public Builder paragraphWeight(double weight) {
      if (!(weight >= 0) || weight > MAX_WEIGHT) {
        throw new IllegalArgumentException(
            "paragraph weight (" + weight + ") must be a number from 0 to " + MAX_WEIGHT);
      }
      this.paragraphWeight = weight;
      return this;
    }

    /** Expand the query from its top articles (RM3); {@code null} for none. */
    public Builder feedback(Feedback feedback) {
      this.feedback = feedback;
      return this;
    }

    /** Stop matching after this long and return partial results (default 10 s). */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout (" + timeout + ") must be positive");
      }
      this.timeout = timeout;
      return this;
    }

    public SearchRequest build() {
      if (cursor != null && offset > 0) {
        throw new IllegalArgumentException("give either an offset or a cursor, not both");
      }
      if (recencyHalfLifeDays != null && sort == Sort.DATE) {
        throw new IllegalArgumentException(
            "a recency boost applies to relevance sorting; drop it or sort by relevance");
      }
      return new SearchRequest(this);
    }
  }
}
