package org.dateline.searcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
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
import org.junit.jupiter.api.Test;

/**
 * Ranking with the best-paragraph score bounded (so Lucene may skip articles) gives exactly the
 * hits and scores of ranking without the bound, on a random corpus, with skipping forced on from
 * the first hit.
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
        Query passages = queries.passages(request, parsed);
        Query bounded = queries.scored(matching, passages, 1.0);
        Query unbounded =
            new BooleanQuery.Builder()
                .add(matching, Occur.MUST)
                .add(
                    new org.apache.lucene.search.BoostQuery(
                        new ToParentBlockJoinQuery(
                            ArticleQueries.paragraphsOnly(passages),
                            queries.articles(),
                            ScoreMode.Max),
                        1f),
                    Occur.SHOULD)
                .add(NewsSchema.articlesQuery(), Occur.FILTER)
                .build();
        assertEquals(
            describe(top(searcher, unbounded, sort)),
            describe(top(searcher, bounded, sort)),
            "query " + q + ", seed " + seed);
      }
    }
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
