package org.dateline.searcher.highlight;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.ParentChildrenBlockJoinQuery;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BitSet;
import org.dateline.indexer.schema.NewsSchema;
import org.dateline.searcher.ParagraphHit;

/**
 * Picks an article's best paragraphs for a query and highlights the matched words in them with
 * Lucene's {@link UnifiedHighlighter}, reading offsets from the postings.
 */
public final class ParagraphHighlighter {

  /** Paragraphs longer than this are highlighted (and shown) up to this many characters. */
  public static final int MAX_HIGHLIGHT_CHARS = 20_000;

  private final BitSetProducer articles;
  private final Analyzer analyzer;

  public ParagraphHighlighter(BitSetProducer articles, Analyzer analyzer) {
    this.articles = articles;
    this.analyzer = analyzer;
  }

  /**
   * The best {@code n} paragraphs of the article at {@code articleDoc} for {@code passageQuery},
   * best first; the first {@code n} paragraphs, unhighlighted, when none matches.
   */
  public List<ParagraphHit> best(IndexSearcher searcher, int articleDoc, Query passageQuery, int n)
      throws IOException {
    TopDocs top =
        searcher.search(new ParentChildrenBlockJoinQuery(articles, passageQuery, articleDoc), n);
    int[] docs;
    if (top.scoreDocs.length > 0) {
      docs = new int[top.scoreDocs.length];
      for (int i = 0; i < docs.length; i++) {
        docs[i] = top.scoreDocs[i].doc;
      }
    } else {
      docs = firstChildren(searcher, articleDoc, n);
    }
    String[] highlighted =
        docs.length == 0 || top.scoreDocs.length == 0
            ? new String[docs.length]
            : highlighter(searcher)
                .highlightFields(new String[] {NewsSchema.TEXT}, passageQuery, docs, new int[] {1})
                .get(NewsSchema.TEXT);
    StoredFields stored = searcher.storedFields();
    List<ParagraphHit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      Document d = stored.document(docs[i]);
      String text = cut(d.get(NewsSchema.TEXT));
      int number = d.getField(NewsSchema.PARAGRAPH_NUMBER).numericValue().intValue();
      String h = highlighted[i] == null ? text : highlighted[i];
      hits.add(new ParagraphHit(number, text, h));
    }
    return hits;
  }

  private UnifiedHighlighter highlighter(IndexSearcher searcher) {
    return UnifiedHighlighter.builder(searcher, analyzer)
        .withBreakIterator(WholeBreakIterator::new)
        .withFormatter(new DefaultPassageFormatter("<em>", "</em>", "... ", false))
        .withMaxLength(MAX_HIGHLIGHT_CHARS)
        .withHighlightPhrasesStrictly(true)
        .build();
  }

  private int[] firstChildren(IndexSearcher searcher, int articleDoc, int n) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(articleDoc, leaves));
    int local = articleDoc - leaf.docBase;
    BitSet parents = articles.getBitSet(leaf);
    int first = local == 0 ? 0 : parents.prevSetBit(local - 1) + 1;
    int count = Math.min(n, local - first);
    int[] docs = new int[Math.max(count, 0)];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = leaf.docBase + first + i;
    }
    return docs;
  }

  private static String cut(String text) {
    return text.length() > MAX_HIGHLIGHT_CHARS ? text.substring(0, MAX_HIGHLIGHT_CHARS) : text;
  }
}
