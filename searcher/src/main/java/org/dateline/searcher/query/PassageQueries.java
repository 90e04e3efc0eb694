package org.dateline.searcher.query;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * Derives, from a paragraph-level query, the query that ranks an article's paragraphs against each
 * other: the OR of every positive leaf (term, phrase, wildcard, ...) on the chosen fields. Boolean
 * structure is dropped on purpose: {@code troops AND Mosul} matches an article whose paragraphs
 * hold the two words separately, and each of those paragraphs should still be found and
 * highlighted.
 */
public final class PassageQueries {

  private PassageQueries() {}

  /**
   * The disjunction of the positive leaves of {@code query} on {@code fields}, or a query matching
   * nothing when there are none.
   */
  public static Query anyLeaf(Query query, List<String> fields) {
    List<Query> leaves = new ArrayList<>();
    collect(query, fields, leaves);
    if (leaves.isEmpty()) {
      return new MatchNoDocsQuery("no text terms in the query");
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query leaf : leaves) {
      b.add(leaf, BooleanClause.Occur.SHOULD);
    }
    return b.build();
  }

  private static void collect(Query q, List<String> fields, List<Query> out) {
    if (q instanceof BooleanQuery bq) {
      for (BooleanClause c : bq.clauses()) {
        if (c.getOccur() != BooleanClause.Occur.MUST_NOT) {
          collect(c.getQuery(), fields, out);
        }
      }
    } else if (q instanceof BoostQuery boost) {
      collect(boost.getQuery(), fields, out);
    } else if (q instanceof ConstantScoreQuery constant) {
      collect(constant.getQuery(), fields, out);
    } else if (q instanceof DisjunctionMaxQuery dmq) {
      for (Query d : dmq.getDisjuncts()) {
        collect(d, fields, out);
      }
    } else if (isOnlyOn(q, fields)) {
      out.add(q);
    }
  }

  /**
   * Whether every field the query reads is one of {@code fields} (and it reads at least one); a
   * match-all clause reads none and matches everything, so a query holding one is not.
   */
  public static boolean isOnlyOn(Query q, List<String> fields) {
    boolean[] ok = {true};
    boolean[] any = {false};
    q.visit(
        new QueryVisitor() {
          @Override
          public boolean acceptField(String field) {
            any[0] = true;
            if (!fields.contains(field)) {
              ok[0] = false;
            }
            return true;
          }

          @Override
          public void visitLeaf(Query leaf) {
            if (leaf instanceof MatchAllDocsQuery) {
              ok[0] = false; // reads no field, and matches every document, paragraphs too
            }
          }
        });
    return any[0] && ok[0];
  }
}
