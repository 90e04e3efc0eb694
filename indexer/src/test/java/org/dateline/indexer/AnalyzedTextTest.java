package org.dateline.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.dateline.indexer.schema.NewsSchema;
import org.junit.jupiter.api.Test;

class AnalyzedTextTest {

  /** Stop words at both ends, possessives, numbers, an empty-after-analysis paragraph. */
  private static final List<String> PARAGRAPHS =
      List.of(
          "The troops' withdrawal from Iraq was announced on Thursday, the officials said to the",
          "Of the",
          "“In the coming months,” the U.S. will reduce its 5,200 troops, Hale's statement read.",
          "An article about troops and the withdrawal of them");

  private static final FieldType WITH_OFFSETS = offsets();

  @Test
  void replayedTokensIndexExactlyAsAnalyzingEachValue() throws IOException {
    Analyzer analyzer = NewsSchema.analyzer();
    Document analyzedTwice = new Document();
    Document analyzedOnce = new Document();
    List<AnalyzedText> texts = new ArrayList<>();
    for (String p : PARAGRAPHS) {
      analyzedTwice.add(new Field("text", p, WITH_OFFSETS));
      analyzedTwice.add(new Field("body", p, WITH_OFFSETS));
      AnalyzedText t = AnalyzedText.analyze(analyzer, "text", p);
      texts.add(t);
      analyzedOnce.add(new Field("text", t.tokens(), WITH_OFFSETS));
    }
    analyzedOnce.add(
        new Field(
            "body",
            AnalyzedText.concatenated(texts, analyzer.getPositionIncrementGap("body")),
            WITH_OFFSETS));
    assertEquals(postings(analyzedTwice, analyzer), postings(analyzedOnce, analyzer));
  }

  /** Every term of every field with its documents, frequencies, positions and offsets. */
  private static String postings(Document doc, Analyzer analyzer) throws IOException {
    StringBuilder sb = new StringBuilder();
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
        w.addDocument(doc);
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        LeafReader leaf = reader.leaves().get(0).reader();
        for (String field : List.of("text", "body")) {
          Terms terms = leaf.terms(field);
          TermsEnum te = terms.iterator();
          for (var term = te.next(); term != null; term = te.next()) {
            sb.append(field).append(':').append(term.utf8ToString());
            PostingsEnum pe = te.postings(null, PostingsEnum.ALL);
            while (pe.nextDoc() != DocIdSetIterator.NO_MORE_DOCS) {
              sb.append(" doc=").append(pe.docID()).append(" freq=").append(pe.freq());
              for (int i = 0; i < pe.freq(); i++) {
                sb.append(' ')
                    .append(pe.nextPosition())
                    .append('[')
                    .append(pe.startOffset())
                    .append(',')
                    .append(pe.endOffset())
                    .append(']');
              }
            }
            sb.append('\n');
          }
        }
        sb.append("norms text=")
            .append(norm(leaf, "text"))
            .append(" body=")
            .append(norm(leaf, "body"));
      }
    }
    return sb.toString();
  }

  private static long norm(LeafReader leaf, String field) throws IOException {
    var norms = leaf.getNormValues(field);
    norms.advanceExact(0);
    return norms.longValue();
  }

  private static FieldType offsets() {
    FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }
}
