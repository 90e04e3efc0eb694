package org.dateline.searcher.query;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.QueryTimeout;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

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
 * fuzzy queries not yet expanded match nothing and {@link #cut} says so. Wildcard, prefix and
 * regular-expression queries are rewritten once too, but Lucene's rewrite of them is a
 * constant-score wrapper that looks their terms up per segment as each pass matches: they look them
 * up under the time limit ({@link TimeBoundedTerms}), and out of time they match the terms found by
 * then, and {@link #cut} says so. Those that would scan the whole dictionary are refused ({@link
 * UserQueryParser}).
 *
 * <p>Not thread-safe; one instance per search, on one searcher.
 */
public final class SharedTermStates {

  private final IndexSearcher searcher;
  private final Map<Term, TermStates> states = new HashMap<>();
  private final Map<Query, Query> expanded = new HashMap<>();
  private volatile boolean cut;

  public SharedTermStates(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /**
   * The query with its term queries (in Boolean, boost, dis-max, constant-score, function-score and
   * best-child queries) carrying shared term states; other queries are left as they are.
   */
  public Query share(Query q) throws IOException {
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
        if (limit != null && limit.shouldExit()) {
          cut = true;
          return new MatchNoDocsQuery("not expanded: out of time");
        }
        terms =
            share(
                searcher.rewrite(
                    limit == null || mtq instanceof FuzzyQuery
                        ? mtq
                        : new TimeBoundedTerms(mtq, limit, () -> cut = true)));
        expanded.put(mtq, terms);
      }
      return terms;
    }
    Query compound = QueryTrees.withChildren(q, this::share);
    if (compound != null) {
      return compound;
    }
    if (q instanceof BestChildQuery join) {
      return new BestChildQuery(share(join.childQuery()), join.parents());
    }
    if (q instanceof ConstantScoreQuery csq) {
      return new ConstantScoreQuery(share(csq.getQuery()));
    }
    if (q instanceof FunctionScoreQuery fsq) {
      return new FunctionScoreQuery(share(fsq.getWrappedQuery()), fsq.getSource());
    }
    return q;
  }

  /**
   * Whether the time limit left a wildcard, prefix, fuzzy or regular-expression query unexpanded,
   * or cut short the lookup of its terms.
   */
  public boolean cut() {
    return cut;
  }
}
