package org.dateline.searcher.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * The lazy string tie-break ranks exactly as Lucene's {@code SortField.Type.STRING}: ties of scores
 * within and across segments, documents without a value, descending sorts, and pages after a
 * cursor.
 */
class LazyStringComparatorSourceTest {

  @Test
  void ordersTiesAsLucenesStringSortDoesAcrossSegmentsAndPages() throws IOException {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    try (Directory dir = new ByteBuffersDirectory()) {
      IndexWriterConfig config = new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE);
      try (IndexWriter w = new IndexWriter(dir, config)) {
        for (int i = 0; i < 600; i++) {
          Document d = new Document();
          // few distinct texts: many equal scores
          d.add(new TextField("text", "w" + random.nextInt(3) + " x", Field.Store.NO));
          if (random.nextInt(10) != 0) {
            d.add(new SortedDocValuesField("id", new BytesRef("a" + random.nextInt(400))));
          }
          w.addDocument(d);
          if (random.nextInt(80) == 0) {
            w.commit(); // another segment
          }
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        Query q = new TermQuery(new Term("text", "w1"));
        for (boolean reverse : new boolean[] {false, true}) {
          Sort lucenes =
              new Sort(SortField.FIELD_SCORE, new SortField("id", SortField.Type.STRING, reverse));
          SortField lazy = LazyStringComparatorSource.sortField("id");
          Sort ours = new Sort(SortField.FIELD_SCORE, reverse ? reversed(lazy) : lazy);
          for (int n : new int[] {1, 10, 50}) {
            FieldDoc after = null;
            for (int page = 0; page < 4; page++) {
              TopFieldDocs expected = searcher.searchAfter(after, q, n, lucenes, false);
              TopFieldDocs actual = searcher.searchAfter(after, q, n, ours, false);
              String what = "n " + n + ", page " + page + ", reverse " + reverse + ", seed " + seed;
              assertEquals(describe(expected), describe(actual), what);
              if (expected.scoreDocs.length == 0) {
                break;
              }
              after = (FieldDoc) expected.scoreDocs[expected.scoreDocs.length - 1];
            }
          }
        }
      }
    }
  }

  private static SortField reversed(SortField f) {
    return new SortField(f.getField(), f.getComparatorSource(), true);
  }

  private static String describe(TopFieldDocs top) {
    StringBuilder sb = new StringBuilder();
    for (ScoreDoc sd : top.scoreDocs) {
      Object[] fields = ((FieldDoc) sd).fields;
      BytesRef id = (BytesRef) fields[1];
      sb.append(sd.doc).append(':').append(fields[0]).append(':');
      sb.append(id == null ? "-" : id.utf8ToString()).append(' ');
    }
    return sb.append(top.totalHits).toString();
  }
}
