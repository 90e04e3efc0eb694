package org.dateline.searcher.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link BestChildQuery} finds the same top parents with the same scores as Lucene's {@code
 * ToParentBlockJoinQuery} with {@code ScoreMode.Max} scored exhaustively, while skipping.
 */
class BestChildQueryTest {

  private static final String[] WORDS = {
    "oil", "wheat", "bank", "rates", "talks", "dollar", "gold"
  };
  private static final BitSetProducer PARENTS =
      new QueryBitSetProducer(new TermQuery(new Term("type", "parent")));

  private static long seed;
  private static Directory dir;
  private static DirectoryReader reader;

  @BeforeAll
  static void index() throws IOException {
    seed = new Random().nextLong();
    Random random = new Random(seed);
    dir = new ByteBuffersDirectory();
    // small segments and many blocks, so that postings have several impact blocks per segment
    IndexWriterConfig config =
        new IndexWriterConfig(new StandardAnalyzer()).setMaxBufferedDocs(900);
    try (IndexWriter w = new IndexWriter(dir, config)) {
      for (int block = 0; block < 3000; block++) {
        List<Document> docs = new ArrayList<>();
        int children = 1 + random.nextInt(5);
        for (int c = 0; c < children; c++) {
          Document child = new Document();
          StringBuilder text = new StringBuilder();
          int words = 1 + random.nextInt(30);
          for (int i = 0; i < words; i++) {
            // skewed: early words are common, later ones rare
            text.append(WORDS[(int) Math.min(WORDS.length - 1, -Math.log(random.nextDouble()))]);
            text.append(' ');
          }
          child.add(new TextField("text", text.toString(), Field.Store.NO));
          docs.add(child);
        }
        Document parent = new Document();
        parent.add(new StringField("type", "parent", Field.Store.NO));
        parent.add(new StringField("id", Integer.toString(block), Field.Store.NO));
        docs.add(parent);
        w.addDocuments(docs);
      }
    }
    reader = DirectoryReader.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    dir.close();
  }

  @Test
  void ranksParentsExactlyAsLucenesMaxJoinWhileSkipping() throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    List<Query> children =
        List.of(
            term("oil"),
            term("gold"),
            or(term("oil"), term("gold")),
            or(term("wheat"), term("bank"), term("rates")),
            and(term("oil"), term("dollar")),
            new PhraseQuery("text", "oil", "wheat"));
    for (Query child : children) {
      assertSameTop(
          searcher,
          new ToParentBlockJoinQuery(child, PARENTS, ScoreMode.Max),
          new BestChildQuery(child, PARENTS),
          child.toString());
    }
  }

  @Test
  void sumsOfJoinsRankExactlyAsWithLucenesJoins() throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    Query oil = term("oil");
    Query gold = term("gold");
    Query reference =
        new BooleanQuery.Builder()
            .add(new ToParentBlockJoinQuery(oil, PARENTS, ScoreMode.Max), Occur.SHOULD)
            .add(new ToParentBlockJoinQuery(gold, PARENTS, ScoreMode.Max), Occur.SHOULD)
            .add(
                new BoostQuery(
                    new ToParentBlockJoinQuery(or(oil, gold), PARENTS, ScoreMode.Max), 0.5f),
                Occur.SHOULD)
            .build();
    Query candidate =
        new BooleanQuery.Builder()
            .add(new BestChildQuery(oil, PARENTS), Occur.SHOULD)
            .add(new BestChildQuery(gold, PARENTS), Occur.SHOULD)
            .add(new BoostQuery(new BestChildQuery(or(oil, gold), PARENTS), 0.5f), Occur.SHOULD)
            .build();
    assertSameTop(searcher, reference, candidate, "oil gold");
    Query required =
        new BooleanQuery.Builder()
            .add(new BestChildQuery(oil, PARENTS), Occur.MUST)
            .add(new BestChildQuery(or(oil, gold), PARENTS), Occur.SHOULD)
            .build();
    Query requiredReference =
        new BooleanQuery.Builder()
            .add(new ToParentBlockJoinQuery(oil, PARENTS, ScoreMode.Max), Occur.MUST)
            .add(new ToParentBlockJoinQuery(or(oil, gold), PARENTS, ScoreMode.Max), Occur.SHOULD)
            .build();
    assertSameTop(searcher, requiredReference, required, "+oil (oil gold)");
  }

  @Test
  void explainsAsLucenesJoin() throws IOException {
    IndexSearcher searcher = new IndexSearcher(reader);
    Query q = new BestChildQuery(term("wheat"), PARENTS);
    TopDocs top = searcher.search(q, 3);
    for (ScoreDoc sd : top.scoreDocs) {
      assertEquals(sd.score, searcher.explain(q, sd.doc).getValue().floatValue(), 1e-6f);
    }
  }

  @Test
  void refusesAChildQueryThatMatchesParents() {
    IndexSearcher searcher = new IndexSearcher(reader);
    Query q = new BestChildQuery(new TermQuery(new Term("type", "parent")), PARENTS);
    assertThrows(IllegalStateException.class, () -> searcher.search(q, 10));
  }

  private static void assertSameTop(
      IndexSearcher searcher, Query reference, Query candidate, String what) throws IOException {
    // exhaustive: a hit threshold no search reaches disables skipping
    TopDocs expected =
        searcher.search(reference, new TopScoreDocCollectorManager(10, null, Integer.MAX_VALUE));
    // skipping from the first hit on
    TopDocs actual = searcher.search(candidate, new TopScoreDocCollectorManager(10, null, 1));
    assertEquals(describe(expected), describe(actual), what + ", seed " + seed);
  }

  private static String describe(TopDocs top) {
    StringBuilder sb = new StringBuilder();
    for (ScoreDoc sd : top.scoreDocs) {
      sb.append(sd.doc).append(':').append(sd.score).append(' ');
    }
    return sb.toString();
  }

  private static Query term(String word) {
    return new TermQuery(new Term("text", word));
  }

  private static Query or(Query... qs) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query q : qs) {
      b.add(q, Occur.SHOULD);
    }
    return b.build();
  }

  private static Query and(Query... qs) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (Query q : qs) {
      b.add(q, Occur.MUST);
    }
    return b.build();
  }
}
