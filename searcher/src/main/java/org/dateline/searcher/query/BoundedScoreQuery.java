package org.dateline.searcher.query;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * A query that matches and scores exactly as another one does, but whose scorers report an upper
 * bound of their scores taken from a third query. Lucene skips documents that cannot make the top
 * hits only when every scorer of a sum can bound its scores; {@code ToParentBlockJoinQuery} with
 * {@code ScoreMode.Max} cannot (it reports infinity), although the best child's score is bounded by
 * the child query's own bound. Wrapping the join with its child query as {@code bound} gives Lucene
 * that bound, so ranked article search skips instead of scoring every matching article. The hits
 * and their scores are unchanged; only non-competitive documents are skipped.
 */
public final class BoundedScoreQuery extends Query {

  private final Query in;
  private final Query bound;

  /**
   * @param in the query that matches and scores
   * @param bound a query whose scores, in the same segment, are never below those of {@code in}
   */
  public BoundedScoreQuery(Query in, Query bound) {
    this.in = Objects.requireNonNull(in);
    this.bound = Objects.requireNonNull(bound);
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query r = in.rewrite(searcher);
    Query b = bound.rewrite(searcher);
    return r == in && b == bound ? this : new BoundedScoreQuery(r, b);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    Weight inner = in.createWeight(searcher, scoreMode, boost);
    if (!scoreMode.needsScores()) {
      return inner;
    }
    Weight bounds = bound.createWeight(searcher, ScoreMode.TOP_SCORES, boost);
    return new Weight(this) {
      @Override
      public Scorer scorer(LeafReaderContext context) throws IOException {
        Scorer s = inner.scorer(context);
        if (s == null) {
          return null;
        }
        Scorer b = bounds.scorer(context);
        float max = b == null ? 0f : b.getMaxScore(DocIdSetIterator.NO_MORE_DOCS);
        return new Bounded(inner, s, max);
      }

      @Override
      public Explanation explain(LeafReaderContext context, int doc) throws IOException {
        return inner.explain(context, doc);
      }

      @Override
      public Matches matches(LeafReaderContext context, int doc) throws IOException {
        return inner.matches(context, doc);
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return inner.isCacheable(ctx);
      }
    };
  }

  private static final class Bounded extends Scorer {
    private final Scorer in;
    private final float max;

    Bounded(Weight weight, Scorer in, float max) {
      super(weight);
      this.in = in;
      this.max = max;
    }

    @Override
    public float score() throws IOException {
      return in.score();
    }

    @Override
    public int docID() {
      return in.docID();
    }

    @Override
    public DocIdSetIterator iterator() {
      return in.iterator();
    }

    @Override
    public TwoPhaseIterator twoPhaseIterator() {
      return in.twoPhaseIterator();
    }

    @Override
    public float getMaxScore(int upTo) {
      return max;
    }

    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
      in.setMinCompetitiveScore(minScore);
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    in.visit(visitor);
  }

  @Override
  public String toString(String field) {
    return in.toString(field);
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o)
        && in.equals(((BoundedScoreQuery) o).in)
        && bound.equals(((BoundedScoreQuery) o).bound);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), in, bound);
  }
}
