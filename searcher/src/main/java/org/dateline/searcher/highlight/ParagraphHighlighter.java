package org.dateline.searcher.highlight;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  public TextHighlighter unifiedHighlighter(IndexSearcher searcher) {
    return new TextHighlighter(
        UnifiedHighlighter.builder(searcher, analyzer)
            .withBreakIterator(WholeBreakIterator::new)
            .withFormatter(new DefaultPassageFormatter("<em>", "</em>", "... ", false))
            .withMaxLength(MAX_HIGHLIGHT_CHARS)
            .withHighlightPhrasesStrictly(true)
            // a paragraph is one passage (WholeBreakIterator): there are no passages to rank, so
            // words-only queries are highlighted from the token stream, without a MemoryIndex
            .withPassageRelevancyOverSpeed(false));
  }

  /**
   * A unified highlighter that highlights paragraph texts the caller has read already, instead of
   * reading their stored fields a second time.
   */
  public static final class TextHighlighter extends UnifiedHighlighter {
    private final ThreadLocal<Map<Integer, String>> texts = new ThreadLocal<>();

    private TextHighlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    /** The highlighted {@code texts} of paragraphs {@code docs}, in the same order. */
    String[] highlight(Query query, int[] docs, String[] docTexts) throws IOException {
      Map<Integer, String> byDoc = new HashMap<>();
      for (int i = 0; i < docs.length; i++) {
        byDoc.put(docs[i], docTexts[i]);
      }
      texts.set(byDoc);
      try {
        return highlightFields(new String[] {NewsSchema.TEXT}, query, docs, new int[] {1})
            .get(NewsSchema.TEXT);
      } finally {
        texts.remove();
      }
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(
        String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
      Map<Integer, String> byDoc = texts.get();
      if (byDoc == null || fields.length != 1 || !fields[0].equals(NewsSchema.TEXT)) {
        return super.loadFieldValues(fields, docIter, cacheCharsThreshold);
      }
      List<CharSequence[]> values = new ArrayList<>();
      for (int doc = docIter.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = docIter.nextDoc()) {
        values.add(new CharSequence[] {byDoc.get(doc)});
      }
      return values;
    }
  }

  /**
   * The best {@code n} paragraphs of the article at {@code articleDoc} for {@code passageQuery},
   * best first; the first {@code n} paragraphs, unhighlighted, when none matches.
   */
  public List<ParagraphHit> best(
      IndexSearcher searcher,
      TextHighlighter highlighter,
      int articleDoc,
      Query passageQuery,
      int n)
      throws IOException {
    return best(searcher, highlighter, new int[] {articleDoc}, passageQuery, n).get(0);
  }

  /** {@link #best(IndexSearcher, TextHighlighter, int, Query, int)} for several articles. */
  public List<List<ParagraphHit>> best(
      IndexSearcher searcher,
      TextHighlighter highlighter,
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
    // each shown paragraph's stored fields are read once, for its text, number and highlighting
    StoredFields stored = searcher.storedFields();
    String[][] texts = new String[articleDocs.length][];
    int[][] numbers = new int[articleDocs.length][];
    String[] toHighlightTexts = new String[toHighlight.length];
    int next = 0;
    for (int i = 0; i < articleDocs.length; i++) {
      texts[i] = new String[chosen[i].length];
      numbers[i] = new int[chosen[i].length];
      for (int j = 0; j < chosen[i].length; j++) {
        Document d = stored.document(chosen[i][j]);
        texts[i][j] = cut(d.get(NewsSchema.TEXT));
        numbers[i][j] = d.getField(NewsSchema.PARAGRAPH_NUMBER).numericValue().intValue();
        if (matched[i]) {
          toHighlightTexts[next++] = texts[i][j];
        }
      }
    }
    String[] highlighted =
        toHighlight.length == 0
            ? new String[0]
            : highlighter.highlight(passageQuery, toHighlight, toHighlightTexts);
    List<List<ParagraphHit>> result = new ArrayList<>(articleDocs.length);
    next = 0;
    for (int i = 0; i < articleDocs.length; i++) {
      List<ParagraphHit> hits = new ArrayList<>(chosen[i].length);
      for (int j = 0; j < chosen[i].length; j++) {
        String text = texts[i][j];
        String h = matched[i] ? highlighted[next++] : null;
        hits.add(new ParagraphHit(numbers[i][j], text, h == null ? text : h));
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
