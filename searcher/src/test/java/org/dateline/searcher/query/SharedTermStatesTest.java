package org.dateline.searcher.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

class SharedTermStatesTest {

  @Test
  void givesEveryQueryOfASearchOneLookupPerTermAndTheSameScores() throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
        String[] texts = {"oil prices rise", "oil", "prices fall", "wheat oil oil", "rates"};
        for (int copy = 0; copy < 3; copy++) {
          for (String t : texts) {
            Document d = new Document();
            d.add(new TextField("text", t, Field.Store.NO));
            w.addDocument(d);
          }
          w.commit(); // three segments
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        TermQuery oil = new TermQuery(new Term("text", "oil"));
        TermQuery prices = new TermQuery(new Term("text", "prices"));
        Query query =
            new BooleanQuery.Builder()
                .add(oil, Occur.SHOULD)
                .add(new BoostQuery(prices, 2f), Occur.SHOULD)
                .add(new DisjunctionMaxQuery(List.of(oil, prices), 0.1f), Occur.SHOULD)
                .build();
        SharedTermStates shared = new SharedTermStates(searcher);
        Query withStates = shared.share(query);
        Query another = shared.share(oil);

        BooleanQuery bq = (BooleanQuery) withStates;
        TermQuery first = (TermQuery) bq.clauses().get(0).getQuery();
        assertSame(first.getTermStates(), ((TermQuery) another).getTermStates());
        assertEquals(query, withStates); // term states are not part of a query's identity
        assertEquals(
            describe(searcher.search(query, 20)), describe(searcher.search(withStates, 20)));
      }
    }
  }

  @Test
  void expandsEachFuzzyQueryOnceWithinTheTimeLimitAndMatchesNothingPastIt() throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
        for (String t : new String[] {"oil prices", "oils", "soil", "coal"}) {
          Document d = new Document();
          d.add(new TextField("text", t, Field.Store.NO));
          w.addDocument(d);
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query fuzzy = new FuzzyQuery(new Term("text", "oil"), 1);
        Query query =
            new BooleanQuery.Builder()
                .add(fuzzy, Occur.SHOULD)
                .add(new FuzzyQuery(new Term("text", "oil"), 1), Occur.SHOULD)
                .add(new FuzzyQuery(new Term("text", "coal"), 1), Occur.SHOULD)
                .build();
        SharedTermStates shared = new SharedTermStates(searcher);
        BooleanQuery expanded = (BooleanQuery) shared.share(query);
        Query first = expanded.clauses().get(0).getQuery();
        assertFalse(first instanceof MultiTermQuery, first.toString());
        assertSame(first, expanded.clauses().get(1).getQuery(), "an equal query expanded once");
        assertSame(first, shared.share(fuzzy), "and once for the search's every query");
        assertEquals(describe(searcher.search(query, 10)), describe(searcher.search(expanded, 10)));
        assertFalse(shared.cut());

        searcher.setTimeout(() -> true);
        SharedTermStates late = new SharedTermStates(searcher);
        Query none = late.share(query);
        assertTrue(late.cut());
        assertEquals(0, searcher.count(none), none.toString());
      }
    }
  }

  private static String describe(TopDocs top) {
    StringBuilder sb = new StringBuilder(top.totalHits.toString());
    for (ScoreDoc sd : top.scoreDocs) {
      sb.append(' ').append(sd.doc).append(':').append(sd.score);
    }
    return sb.toString();
  }
}
