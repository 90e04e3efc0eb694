package org.dateline.searcher.query;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.BitSetIterator;

/**
 * Matches the parent documents of index-time blocks, or their children, from the cached bit set
 * that identifies the parents (the one block joins use), with a constant score.
 *
 * <p>As a filter this costs a bit test per candidate document, where a term query on a field that
 * marks the document type (every document of the index holds one of two values) decodes postings
 * blocks to advance: profiling ranked article search showed a third of its time spent advancing
 * such filters.
 */
public final class BlockDocsQuery extends Query {

  private final BitSetProducer parents;
  private final boolean matchParents;

  private BlockDocsQuery(BitSetProducer parents, boolean matchParents) {
    this.parents = Objects.requireNonNull(parents);
    this.matchParents = matchParents;
  }

  /** Matches the documents {@code parents} identifies. */
  public static Query parents(BitSetProducer parents) {
    return new BlockDocsQuery(parents, true);
  }

  /** Matches every other document: the children (every block ends with its parent). */
  public static Query children(BitSetProducer parents) {
    return new BlockDocsQuery(parents, false);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public Scorer scorer(LeafReaderContext context) throws IOException {
        BitSet bits = parents.getBitSet(context);
        if (bits == null) {
          return null; // no block ends in this segment, so it holds no documents
        }
        long cardinality = bits.approximateCardinality();
        DocIdSetIterator it =
            matchParents
                ? new BitSetIterator(bits, cardinality)
                : new Children(bits, Math.max(0, context.reader().maxDoc() - cardinality));
        return new ConstantScoreScorer(this, score(), scoreMode, it);
      }

      @Override
      public boolean isCacheable(LeafReaderContext ctx) {
        return false; // the bit set is cached already
      }
    };
  }

  /** The documents whose bit is clear. */
  private static final class Children extends DocIdSetIterator {
    private final BitSet parents;
    private final long cost;
    private int doc = -1;

    Children(BitSet parents, long cost) {
      this.parents = parents;
      this.cost = cost;
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() {
      return advance(doc + 1);
    }

    @Override
    public int advance(int target) {
      int d = target;
      while (d < parents.length() && parents.get(d)) {
        d++;
      }
      return doc = d < parents.length() ? d : NO_MORE_DOCS;
    }

    @Override
    public long cost() {
      return cost;
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return matchParents ? "#parents" : "#children";
  }

  @Override
  public boolean equals(Object o) {
    return sameClassAs(o)
        && parents.equals(((BlockDocsQuery) o).parents)
        && matchParents == ((BlockDocsQuery) o).matchParents;
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), parents, matchParents);
  }
}
