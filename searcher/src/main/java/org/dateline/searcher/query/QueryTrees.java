package org.dateline.searcher.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;

/** Rewrites of query trees that keep their Boolean, boost and dis-max structure. */
public final class QueryTrees {

  private QueryTrees() {}

  /** A rewrite of one sub-query. */
  @FunctionalInterface
  public interface Rewrite<E extends Exception> {
    Query apply(Query q) throws E;
  }

  /**
   * The same Boolean query (clauses, occurs, minimum to match), boost or dis-max (tie-breaker) with
   * {@code rewrite} applied to each of its sub-queries; {@code null} when {@code q} is none of
   * these, so that the caller handles it as a leaf.
   */
  public static <E extends Exception> Query withChildren(Query q, Rewrite<E> rewrite) throws E {
    if (q instanceof BooleanQuery bq) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      b.setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
      for (BooleanClause c : bq.clauses()) {
        b.add(rewrite.apply(c.getQuery()), c.getOccur());
      }
      return b.build();
    }
    if (q instanceof BoostQuery boost) {
      return new BoostQuery(rewrite.apply(boost.getQuery()), boost.getBoost());
    }
    if (q instanceof ConstantScoreQuery constant) {
      return new ConstantScoreQuery(rewrite.apply(constant.getQuery()));
    }
    if (q instanceof DisjunctionMaxQuery dmq) {
      List<Query> disjuncts = new ArrayList<>();
      for (Query d : dmq.getDisjuncts()) {
        disjuncts.add(rewrite.apply(d));
      }
      return new DisjunctionMaxQuery(disjuncts, dmq.getTieBreakerMultiplier());
    }
    return null;
  }
}
