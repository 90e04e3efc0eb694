package org.dateline.searcher.query;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopTermsRewrite;
import org.apache.lucene.util.automaton.ByteRunAutomaton;

/**
 * Looks each term of one search up once in the term dictionaries of the index, however many of the
 * search's queries contain it.
 *
 * <p>A term query looks its term up in every segment when Lucene makes its weight. One search makes
 * several weights with the same text terms: an article query of two words holds each word twice
 * (once as a clause, once in the best paragraph of the whole query), and counting and picking the
 * paragraphs to show make their own. {@link #share} gives every {@link TermQuery} of a query the
 * {@link TermStates} looked up for its term the first time, which Lucene then uses instead of
 * looking the term up again (the same statistics, so the same scores).
 *
 * <p>A fuzzy query is expanded to its terms (its 50 closest words) once in the same way, however
 * many times the search holds it ({@code oil~2 oil~2}, and in each of its passes), and under the
 * searcher's time limit: expanding one walks the term dictionaries with a Levenshtein automaton,
 * which Lucene does before matching starts, where its time limit does not reach. Out of time, the
 * fuzzy queries not yet expanded match nothing and {@link #cut} says so, unless the query could
 * expand to more clauses than a search may have: its fuzzy queries are then all expanded, so that
 * it is refused as too many clauses ({@link IndexSearcher.TooManyClauses}) whatever the limit.
 * Wildcard, prefix and regular-expression queries are rewritten once too, but Lucene's rewrite of
 * them is a constant-score wrapper that looks their terms up per segment as each pass matches: they
 * look them up under the time limit ({@link TimeBoundedTerms}), and out of time they match the
 * terms found by then, and {@link #cut} says so. Those that would scan the whole dictionary are
 * refused ({@link UserQueryParser}).
 *
 * <p>Not thread-safe; one instance per search, on one searcher.
 */
public final class SharedTermStates {

  private final IndexSearcher searcher;
  private final Map<Term, TermStates> states = new HashMap<>();
  private final Map<Query, Query> expanded = new HashMap<>();
  private volatile boolean cut;

  /** The query {@link #share} was called with, while it is shared; {@code null} between calls. */
  private Query top;

  /** See {@link #mayExceedClauseLimit}: {@code null} until counted for {@link #top}. */
  private Boolean mayExceedClauses;

  public SharedTermStates(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /**
   * The query with its term queries (in Boolean, boost, dis-max, constant-score, function-score and
   * best-child queries) carrying shared term states; other queries are left as they are.
   */
  public Query share(Query q) throws IOException {
    if (top != null) {
      return shareTree(q);
    }
    top = q;
    mayExceedClauses = null;
    try {
      return shareTree(q);
    } finally {
      top = null;
    }
  }

  private Query shareTree(Query q) throws IOException {
    if (q instanceof TermQuery tq) {
      if (tq.getTermStates() != null) {
        return tq;
      }
      TermStates s = states.get(tq.getTerm());
      if (s == null) {
        s = TermStates.build(searcher, tq.getTerm(), true);
        states.put(tq.getTerm(), s);
      }
      return new TermQuery(tq.getTerm(), s);
    }
    if (q instanceof MultiTermQuery mtq) {
      Query terms = expanded.get(mtq);
      if (terms == null) {
        QueryTimeout limit = searcher.getTimeout();
        if (limit != null && limit.shouldExit() && !mayExceedClauseLimit()) {
          cut = true;
          return new MatchNoDocsQuery("not expanded: out of time");
        }
        terms =
            shareTree(
                searcher.rewrite(
                    limit == null || mtq instanceof FuzzyQuery
                        ? mtq
                        : new TimeBoundedTerms(mtq, limit, () -> cut = true)));
        expanded.put(mtq, terms);
      }
      return terms;
    }
    Query compound = QueryTrees.withChildren(q, this::shareTree);
    if (compound != null) {
      return compound;
    }
    if (q instanceof BestChildQuery join) {
      return new BestChildQuery(shareTree(join.childQuery()), join.parents());
    }
    if (q instanceof ConstantScoreQuery csq) {
      return new ConstantScoreQuery(shareTree(csq.getQuery()));
    }
    if (q instanceof FunctionScoreQuery fsq) {
      return new FunctionScoreQuery(shareTree(fsq.getWrappedQuery()), fsq.getSource());
    }
    return q;
  }

  /**
   * Whether the query being shared could expand to more clauses than a search may have ({@link
   * IndexSearcher#getMaxClauseCount}), counting each fuzzy term as the most words it expands to:
   * its fuzzy terms are then expanded whatever the time limit, so that whether it is refused as too
   * many clauses does not depend on the limit. Counted once per query, when first asked.
   */
  private boolean mayExceedClauseLimit() {
    if (mayExceedClauses == null) {
      mayExceedClauses = clausesAtMost(top) > IndexSearcher.getMaxClauseCount();
    }
    return mayExceedClauses;
  }

  /** The leaf clauses of a query once expanded, at most: as Lucene counts them for its limit. */
  private static long clausesAtMost(Query q) {
    long[] clauses = {0};
    q.visit(
        new QueryVisitor() {
          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }

          @Override
          public void consumeTerms(Query query, Term... terms) {
            clauses[0] += terms.length;
          }

          @Override
          public void consumeTermsMatching(
              Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            // a fuzzy term expands to a Boolean query of its closest words; others stay one query
            clauses[0] +=
                query instanceof MultiTermQuery mtq
                        && mtq.getRewriteMethod() instanceof TopTermsRewrite<?> expanding
                    ? expanding.getSize()
                    : 1;
          }

          @Override
          public void visitLeaf(Query query) {
            clauses[0]++;
          }
        });
    return clauses[0];
  }

  /**
   * Whether the time limit left a wildcard, prefix, fuzzy or regular-expression query unexpanded,
   * or cut short the lookup of its terms.
   */
  public boolean cut() {
    return cut;
  }
}
