package org.dateline.searcher.query;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.util.BitSet;

/**
 * Matches the parents of the documents a child query matches (index-time blocks, as {@link
 * ToParentBlockJoinQuery}) and scores each parent as its best child: the same hits and scores as
 * {@code new ToParentBlockJoinQuery(child, parents, ScoreMode.Max)}, with block-max scoring.
 *
 * <p>Lucene ranks the top hits fast by skipping whole blocks of documents whose best possible score
 * cannot make the top: each scorer tells, for a range of documents, the most it can score there
 * ({@link Scorer#advanceShallow}, {@link Scorer#getMaxScore}). Lucene's block join passes the
 * collector's minimum score down to its children but reports no bound of its own, so a sum that
 * contains a join (an article matched clause by clause, plus its best paragraph) cannot skip. Here
 * the best child's score in a range of parents is bounded by the child query's own bound over the
 * children of those parents, which precede them in the same range of document ids, so the join's
 * bounds are as fine-grained as the child query's (the postings' impact blocks for terms).
 *
 * <p>The child query must not match parent documents.
 */
public final class BestChildQuery extends Query {

  private final Query childQuery;
  private final BitSetProducer parents;

  /**
   * @param childQuery matches children, never parents
   * @param parents identifies the parent documents (the last document of each block)
   */
  public BestChildQuery(Query childQuery, BitSetProducer parents) {
    this.childQuery = Objects.requireNonNull(childQuery);
    this.parents = Objects.requireNonNull(parents);
  }

  /** The query on the children. */
  public Query childQuery() {
    return childQuery;
  }

  /** Identifies the parent documents. */
  public BitSetProducer parents() {
    return parents;
  }

  /** The same join as Lucene's, for what this class adds nothing to (explanations, matches). */
  private ToParentBlockJoinQuery lucenesJoin() {
    return new ToParentBlockJoinQuery(
        childQuery, parents, org.apache.lucene.search.join.ScoreMode.Max);
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = childQuery.rewrite(searcher);
    return rewritten == childQuery ? this : new BestChildQuery(rewritten, parents);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    if (!scoreMode.needsScores()) {
      return lucenesJoin().createWeight(searcher, scoreMode, boost);
    }
    Weight child = childQuery.createWeight(searcher, scoreMode, boost);
    return new Weight(this) {
      /**
       * Lucene's join, made on first use only: making it makes the child query's weight a second
       * time, looking every term up again in every segment, which searches never need.
       */
      private Weight join;

      private Weight join() throws IOException {
        if (join == null) {
          join = lucenesJoin().createWeight(searcher, scoreMode, boost);
        }
        return join;
      }

      @Override
      public Scorer scorer(LeafReaderContext context) throws IOException {
        BitSet parentBits = parents.getBitSet(context);
        if (parentBits == null) {
          return null;
        }
        Scorer childScorer = child.scorer(context);
        return childScorer == null ? null : new BestChildScorer(this, childScorer, parentBits);
      }

      @Override
      public Explanation explain(LeafReaderContext context, int doc) throws IOException {
        return join().explain(context, doc);
      }

      @Override
      public Matches matches(LeafReaderContext context, int doc) throws IOException {
        return join().matches(context, doc);
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false;
      }
    };
  }

  /**
   * Iterates parents by advancing the children (verified matches only: a child query with a
   * two-phase iterator, such as a phrase, is checked before its parent is reported) and scores a
   * parent, on demand, as the best of its matching children.
   */
  private static final class BestChildScorer extends Scorer {
    private final Scorer child;
    private final DocIdSetIterator children;
    private final BitSet parentBits;
    private final DocIdSetIterator parentIterator;
    private int parent = -1;
    private boolean scored;
    private float score;

    BestChildScorer(Weight weight, Scorer child, BitSet parentBits) {
      super(weight);
      this.child = child;
      this.children = child.iterator();
      this.parentBits = parentBits;
      this.parentIterator =
          new DocIdSetIterator() {
            @Override
            public int docID() {
              return parent;
            }

            @Override
            public int nextDoc() throws IOException {
              return advance(parent + 1);
            }

            @Override
            public int advance(int target) throws IOException {
              scored = false;
              if (target >= parentBits.length()) {
                return parent = NO_MORE_DOCS;
              }
              int c = children.docID();
              int firstChild = firstChildOfParentsFrom(target);
              if (c < firstChild) {
                c = children.advance(firstChild);
              }
              if (c == NO_MORE_DOCS) {
                return parent = NO_MORE_DOCS;
              }
              if (parentBits.get(c)) {
                throw new IllegalStateException(
                    "the child query matched a parent document (doc " + c + "): " + child);
              }
              return parent = parentBits.nextSetBit(c);
            }

            @Override
            public long cost() {
              return children.cost();
            }
          };
    }

    /** The first document that may be a child of a parent at or after {@code target}. */
    private int firstChildOfParentsFrom(int target) {
      return target == 0 ? 0 : parentBits.prevSetBit(target - 1) + 1;
    }

    @Override
    public DocIdSetIterator iterator() {
      return parentIterator;
    }

    @Override
    public int docID() {
      return parent;
    }

    @Override
    public float score() throws IOException {
      if (!scored) {
        float best = Float.NEGATIVE_INFINITY;
        for (int c = children.docID(); c < parent; c = children.nextDoc()) {
          best = Math.max(best, child.score());
        }
        score = best;
        scored = true;
      }
      return score;
    }

    @Override
    public int advanceShallow(int target) throws IOException {
      // children of parents >= target come after the last parent before target; those of the
      // current parent may have been consumed by score(), whose result getMaxScore then adds
      if (target >= parentBits.length()) {
        return DocIdSetIterator.NO_MORE_DOCS;
      }
      int from = Math.max(children.docID(), firstChildOfParentsFrom(target));
      if (from == DocIdSetIterator.NO_MORE_DOCS) {
        return DocIdSetIterator.NO_MORE_DOCS;
      }
      return Math.max(child.advanceShallow(from), target);
    }

    @Override
    public float getMaxScore(int upTo) throws IOException {
      float max = children.docID() == DocIdSetIterator.NO_MORE_DOCS ? 0f : child.getMaxScore(upTo);
      if (scored && parent <= upTo) {
        max = Math.max(max, score);
      }
      return max;
    }

    @Override
    public void setMinCompetitiveScore(float minScore) throws IOException {
      // a parent scores as its best child: children below the minimum cannot lift it above
      child.setMinCompetitiveScore(minScore);
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    childQuery.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
  }

  @Override
  public String toString(String field) {
    return "best(" + childQuery.toString(field) + ")";
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o)
        && childQuery.equals(((BestChildQuery) o).childQuery)
        && parents.equals(((BestChildQuery) o).parents);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), childQuery, parents);
  }
}
