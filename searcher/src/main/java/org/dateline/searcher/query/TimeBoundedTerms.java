package org.dateline.searcher.query;

import java.io.IOException;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.BytesRef;

/**
 * A wildcard, prefix or regular-expression query whose terms are looked up under a time limit:
 * Lucene's constant-score rewrite of such a query walks the term dictionary of each segment as each
 * pass of a search matches, before its time limit (which bounds the scoring of documents) reaches
 * it. Here the limit is checked every {@value #TERMS_PER_CHECK} terms, and once it is out the query
 * matches the terms found so far, and {@code onCut} is told, so the search says its results are
 * partial. Lucene's {@code ExitableDirectoryReader}, which Solr and Elasticsearch wrap their
 * readers in, checks the same way, but throws, losing the pass's results; and it wraps every
 * query's reads, where this wraps only the queries that expand.
 *
 * <p>Equal only to itself: a query cache never answers another search with the terms this one had
 * time for.
 */
final class TimeBoundedTerms extends MultiTermQuery {

  /** Terms read between two checks of the limit: a check costs as much as reading a few terms. */
  static final int TERMS_PER_CHECK = 16;

  private final MultiTermQuery query;
  private final QueryTimeout limit;
  private final Runnable onCut;

  TimeBoundedTerms(MultiTermQuery query, QueryTimeout limit, Runnable onCut) {
    super(query.getField(), query.getRewriteMethod());
    this.query = query;
    this.limit = limit;
    this.onCut = onCut;
  }

  @Override
  protected TermsEnum getTermsEnum(Terms terms, AttributeSource atts) throws IOException {
    // the attributes serve the scoring rewrites of fuzzy queries only, which are expanded up front
    return new FilterLeafReader.FilterTermsEnum(query.getTermsEnum(terms)) {
      private int read;

      @Override
      public BytesRef next() throws IOException {
        if (read++ % TERMS_PER_CHECK == 0 && limit.shouldExit()) {
          onCut.run();
          return null;
        }
        return in.next();
      }
    };
  }

  @Override
  public String toString(String field) {
    return query.toString(field);
  }

  @Override
  public void visit(QueryVisitor visitor) {
    query.visit(visitor);
  }

  @Override
  public boolean equals(Object other) {
    return this == other;
  }

  @Override
  public int hashCode() {
    return System.identityHashCode(this);
  }
}
