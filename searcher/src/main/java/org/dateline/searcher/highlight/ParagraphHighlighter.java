package org.dateline.searcher.highlight;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BitSet;
import org.dateline.indexer.schema.NewsSchema;
import org.dateline.searcher.ParagraphHit;

/**
 * Picks an article's best paragraphs for a query and highlights the matched words in them with
 * Lucene's {@link UnifiedHighlighter}, which finds the words' offsets by analysing the shown
 * paragraphs again (the index keeps positions, not offsets: see {@code NewsSchema.textFieldType}).
 *
 * <p>Cost matters here: a page of ten hits asks for up to thirty paragraphs. So the passage query
 * is prepared ({@link Weight}) once per search, not once per hit, and scored only on the paragraphs
 * of each hit's own block; the unified highlighter is made once per index snapshot ({@link
 * #unifiedHighlighter}), because making one reads the field infos of every segment; and all the
 * paragraphs of a page are highlighted in one call.
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
   * The unified highlighter for one searcher; thread-safe, so make it once per index snapshot and
   * share it.
   */
  public UnifiedHighlighter unifiedHighlighter(IndexSearcher searcher) {
    return UnifiedHighlighter.builder(searcher, analyzer)
        .withBreakIterator(WholeBreakIterator::new)
        .withFormatter(new DefaultPassageFormatter("<em>", "</em>", "... ", false))
        .withMaxLength(MAX_HIGHLIGHT_CHARS)
        .withHighlightPhrasesStrictly(true)
        .build();
  }

  /**
   * The best {@code n} paragraphs of the article at {@code articleDoc} for {@code passageQuery},
   * best first; the first {@code n} paragraphs, unhighlighted, when none matches.
   */
  public List<ParagraphHit> best(
      IndexSearcher searcher,
      UnifiedHighlighter highlighter,
      int articleDoc,
      Query passageQuery,
      int n)
      throws IOException {
    return best(searcher, highlighter, new int[] {articleDoc}, passageQuery, n).get(0);
  }

  /** {@link #best(IndexSearcher, UnifiedHighlighter, int, Query, int)} for several articles. */
  public List<List<ParagraphHit>> best(
      IndexSearcher searcher,
      UnifiedHighlighter highlighter,
      int[] articleDocs,
      Query passageQuery,
      int n)
      throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(passageQuery), ScoreMode.COMPLETE, 1f);
    int[][] chosen = new int[articleDocs.length][];
    boolean[] matched = new boolean[articleDocs.length];
    int[] toHighlight = new int[0];
    for (int i = 0; i < articleDocs.length; i++) {
      chosen[i] = bestChildren(searcher, weight, articleDocs[i], n);
      matched[i] = chosen[i].length > 0;
      if (!matched[i]) {
        chosen[i] = firstChildren(searcher, articleDocs[i], n);
      } else {
        int from = toHighlight.length;
        toHighlight = Arrays.copyOf(toHighlight, from + chosen[i].length);
        System.arraycopy(chosen[i], 0, toHighlight, from, chosen[i].length);
      }
    }
    String[] highlighted =
        toHighlight.length == 0
            ? new String[0]
            : highlighter
                .highlightFields(
                    new String[] {NewsSchema.TEXT}, passageQuery, toHighlight, new int[] {1})
                .get(NewsSchema.TEXT);
    StoredFields stored = searcher.storedFields();
    List<List<ParagraphHit>> result = new ArrayList<>(articleDocs.length);
    int next = 0;
    for (int i = 0; i < articleDocs.length; i++) {
      List<ParagraphHit> hits = new ArrayList<>(chosen[i].length);
      for (int doc : chosen[i]) {
        Document d = stored.document(doc);
        String text = cut(d.get(NewsSchema.TEXT));
        int number = d.getField(NewsSchema.PARAGRAPH_NUMBER).numericValue().intValue();
        String h = matched[i] ? highlighted[next++] : null;
        hits.add(new ParagraphHit(number, text, h == null ? text : h));
      }
      result.add(hits);
    }
    return result;
  }

  /**
   * The top {@code n} paragraphs of the article by the passage query's score (ties in paragraph
   * order), as {@code ParentChildrenBlockJoinQuery} would find them, without preparing the query
   * for the whole index again for each article.
   */
  private int[] bestChildren(IndexSearcher searcher, Weight weight, int articleDoc, int n)
      throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(articleDoc, leaves));
    int local = articleDoc - leaf.docBase;
    int first = firstChild(leaf, local);
    Scorer scorer = first < local ? weight.scorer(leaf) : null;
    if (scorer == null) {
      return new int[0];
    }
    TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
    DocIdSetIterator it = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
    int[] docs = new int[n];
    float[] scores = new float[n];
    int size = 0;
    for (int doc = it.advance(first); doc < local; doc = it.nextDoc()) {
      if (twoPhase != null && !twoPhase.matches()) {
        continue;
      }
      float score = scorer.score();
      int at = size;
      while (at > 0 && scores[at - 1] < score) {
        at--;
      }
      if (at >= n) {
        continue;
      }
      int last = Math.min(size, n - 1);
      System.arraycopy(docs, at, docs, at + 1, last - at);
      System.arraycopy(scores, at, scores, at + 1, last - at);
      docs[at] = leaf.docBase + doc;
      scores[at] = score;
      size = Math.min(size + 1, n);
    }
    return Arrays.copyOf(docs, size);
  }

  private int firstChild(LeafReaderContext leaf, int localArticle) throws IOException {
    BitSet parents = articles.getBitSet(leaf);
    return localArticle == 0 ? 0 : parents.prevSetBit(localArticle - 1) + 1;
  }

  private int[] firstChildren(IndexSearcher searcher, int articleDoc, int n) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(articleDoc, leaves));
    int local = articleDoc - leaf.docBase;
    int first = firstChild(leaf, local);
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
