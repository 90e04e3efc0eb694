package org.dateline.searcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.store.Directory;
import org.dateline.indexer.article.Article;
import org.dateline.indexer.schema.NewsSchema;
import org.dateline.indexer.testing.TestIndexes;
import org.dateline.searcher.facet.EntityAliases;
import org.dateline.searcher.query.BestChildQuery;
import org.dateline.searcher.query.QueryTrees;
import org.junit.jupiter.api.Test;

/**
 * Ranking with block-max joins (so Lucene may skip articles) gives exactly the hits and scores of
 * the same query with Lucene's own block joins scored exhaustively, with skipping forced on from
 * the first hit; and the query ArticleQueries makes (one join where matching and the best paragraph
 * are the same clause, one flat disjunction for words OR-ed) ranks as the documented sum, on a
 * random corpus.
 */
class BoundedRankingTest {

  private static final String[] WORDS = {
    "troops",
    "oil",
    "prices",
    "talks",
    "bank",
    "rates",
    "minister",
    "election",
    "wheat",
    "shares",
    "dollar",
    "deficit",
    "strike",
    "court",
    "harbour",
    "budget",
    "council",
    "growth",
    "exports"
  };

  private static final List<String> QUERIES =
      List.of(
          "troops",
          "\"interest rates\"",
          "oil prices",
          "\"interest rates\" bank",
          "+wheat +exports",
          "dollar AND (deficit OR budget)",
          "+shares -strike",
          "harbour council growth court");

  @Test
  void skippingArticlesNeverChangesTheTopHits() throws IOException {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      List<String> paragraphs = new ArrayList<>();
      int n = 1 + random.nextInt(6);
      for (int p = 0; p < n; p++) {
        StringBuilder sb = new StringBuilder();
        int words = 3 + random.nextInt(40);
        for (int w = 0; w < words; w++) {
          sb.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
          if (random.nextInt(20) == 0) {
            sb.append("interest rates ");
          }
        }
        paragraphs.add(sb.toString().trim() + ".");
      }
      articles.add(
          TestIndexes.article(
              String.format("a%03d", i), "2020-01-01", paragraphs.toArray(String[]::new)));
    }
    ArticleQueries queries = new ArticleQueries(NewsSchema.analyzer());
    Sort sort =
        new Sort(SortField.FIELD_SCORE, new SortField(NewsSchema.SORT_ID, SortField.Type.STRING));
    try (Directory dir = TestIndexes.index(articles);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (String q : QUERIES) {
        SearchRequest request = SearchRequest.builder(q).build();
        Query parsed = queries.parse(request);
        Query matching = queries.lift(parsed);
        Query passages = queries.passages(request, parsed, EntityAliases.NONE);
        Query product = queries.scored(matching, passages, 1.0);
        // the sum as ArticleQueries documents it, never merged or flattened, with Lucene's joins
        Query documented =
            new BooleanQuery.Builder()
                .add(withLucenesJoins(matching), Occur.MUST)
                .add(NewsSchema.articlesQuery(), Occur.FILTER)
                .add(
                    new BoostQuery(
                        new ToParentBlockJoinQuery(
                            queries.paragraphsOnly(passages), queries.articles(), ScoreMode.Max),
                        1f),
                    Occur.SHOULD)
                .build();
        TopFieldDocs skipping = top(searcher, product, sort);
        // skipping changes nothing: the same query, Lucene's joins, scored exhaustively
        assertEquals(
            describe(exhaustive(searcher, withLucenesJoins(product), sort, 10)),
            describe(skipping),
            "query " + q + ", seed " + seed);
        // and the product's query is the documented sum (added up in another order when
        // flattened, so equal to the last bits of the float)
        assertSameRanking(
            exhaustive(searcher, documented, sort, 20), skipping, q + ", seed " + seed);
      }
    }
  }

  private static TopFieldDocs exhaustive(IndexSearcher searcher, Query q, Sort sort, int n)
      throws IOException {
    return searcher.search(q, new TopFieldCollectorManager(sort, n, null, Integer.MAX_VALUE));
  }

  /**
   * Same scores to a relative 1e-6, position by position, and the same article at each position, or
   * else one that the expected ranking (given deeper than the actual one) scores that close to the
   * expected score at this position: articles whose scores differ in the last bits of a float may
   * swap places, also across the last place, but no other article can come in.
   */
  private static void assertSameRanking(TopFieldDocs expected, TopFieldDocs actual, String what) {
    int n = actual.scoreDocs.length;
    assertEquals(Math.min(expected.scoreDocs.length, 10), n, what);
    for (int i = 0; i < n; i++) {
      float e = score(expected.scoreDocs[i]);
      float a = score(actual.scoreDocs[i]);
      assertEquals(e, a, 1e-6f * Math.max(1f, Math.abs(e)), what + ", position " + i);
      int doc = actual.scoreDocs[i].doc;
      if (expected.scoreDocs[i].doc != doc) {
        float near = 2e-6f * Math.max(1f, Math.abs(e));
        boolean tied = false;
        for (ScoreDoc other : expected.scoreDocs) {
          tied |= other.doc == doc && Math.abs(score(other) - e) <= near;
        }
        assertTrue(tied, what + ": different article at position " + i);
      }
    }
  }

  private static float score(ScoreDoc sd) {
    return (Float) ((FieldDoc) sd).fields[0];
  }

  /** The query with each {@link BestChildQuery} replaced by Lucene's own block join. */
  private static Query withLucenesJoins(Query q) {
    Query compound = QueryTrees.withChildren(q, BoundedRankingTest::withLucenesJoins);
    if (compound != null) {
      return compound;
    }
    if (q instanceof BestChildQuery join) {
      return new ToParentBlockJoinQuery(join.childQuery(), join.parents(), ScoreMode.Max);
    }
    return q;
  }

  /** The top 10 with a hit threshold of 1, so minimum competitive scores are set at once. */
  private static TopFieldDocs top(IndexSearcher searcher, Query q, Sort sort) throws IOException {
    return searcher.search(q, new TopFieldCollectorManager(sort, 10, null, 1));
  }

  private static String describe(TopFieldDocs top) {
    StringBuilder sb = new StringBuilder();
    for (ScoreDoc sd : top.scoreDocs) {
      sb.append(sd.doc).append(':').append(((FieldDoc) sd).fields[0]).append(' ');
    }
    return sb.toString();
  }
}
