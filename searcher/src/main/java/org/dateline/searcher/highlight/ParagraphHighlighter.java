package org.dateline.searcher.highlight;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BitSet;
import org.dateline.indexer.schema.NewsSchema;
import org.dateline.searcher.ParagraphHit;
import org.dateline.searcher.query.PassageQueries;

/**
 * Picks an article's best paragraphs for a query and highlights the matched words in them as
 * Lucene's {@link UnifiedHighlighter} does, which finds the words' offsets by analysing the shown
 * paragraphs again (the index keeps positions, not offsets: see {@code NewsSchema.textFieldType});
 * queries of words and exact phrases, most of them, are highlighted the same way by {@link
 * WordsAndPhrases} at a fraction of the cost.
 *
 * <p>Cost matters here: a page of ten hits asks for up to thirty paragraphs. So the passage query
 * is prepared ({@link Weight}) once per search, not once per hit, and scored only on the paragraphs
 * of each hit's own block; the unified highlighter is made once per index snapshot ({@link
 * #unifiedHighlighter}), because making one reads the field infos of every segment; choosing
 * ({@link #choose}) and showing ({@link #show}) are separate steps, so that the caller can read the
 * chosen paragraphs' stored fields together with the rest of the page; and all the paragraphs of a
 * page are highlighted in one call.
 */
public final class ParagraphHighlighter {

  /**
   * Paragraphs longer than this are highlighted up to this many characters, which bounds the cost
   * of showing a page: their {@link ParagraphHit#highlighted} is their start, marked, then {@link
   * #CUT_MARK}; their {@link ParagraphHit#text} is whole. (News paragraphs are a few hundred
   * characters; a longer one is most often a text whose paragraphs were not told apart.)
   */
  public static final int MAX_HIGHLIGHT_CHARS = 20_000;

  /** What ends the highlighted text of a paragraph longer than {@link #MAX_HIGHLIGHT_CHARS}. */
  public static final String CUT_MARK = " ...";

  private final BitSetProducer articles;
  private final Analyzer analyzer;

  public ParagraphHighlighter(BitSetProducer articles, Analyzer analyzer) {
    this.articles = articles;
    this.analyzer = analyzer;
  }

  /** What a highlighted word is wrapped in, by either highlighter. */
  public static final String PRE_TAG = "<em>";

  public static final String POST_TAG = "</em>";

  /**
   * The unified highlighter for one searcher; thread-safe, so make it once per index snapshot and
   * share it.
   */
  public TextHighlighter unifiedHighlighter(IndexSearcher searcher) {
    return new TextHighlighter(
        UnifiedHighlighter.builder(searcher, analyzer)
            .withBreakIterator(WholeBreakIterator::new)
            .withFormatter(new DefaultPassageFormatter(PRE_TAG, POST_TAG, "... ", false))
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
    private static final PassageScorer ONE_PASSAGE =
        new PassageScorer() {
          @Override
          public float score(Passage passage, int contentLength) {
            return 1f;
          }
        };

    /** The texts of one field the caller has read, by document. */
    private record Texts(String field, Map<Integer, String> byDoc) {}

    private final ThreadLocal<Texts> texts = new ThreadLocal<>();

    private TextHighlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    /**
     * The highlighted {@code texts} of paragraphs {@code docs}, in the same order: the words of the
     * query's text clauses and the names of its name-field clauses ({@link NamesOnText}), by {@link
     * WordsAndPhrases} when it highlights the query and texts as Lucene's unified highlighter does,
     * else by the latter.
     */
    String[] highlight(Query passageQuery, int[] docs, String[] docTexts) throws IOException {
      return highlight(
          NewsSchema.TEXT, NamesOnText.of(passageQuery, getIndexAnalyzer()), docs, docTexts);
    }

    /**
     * The titles {@code titles} of articles {@code docs} (none {@code null}), in the same order,
     * with the words and phrases of the query's clauses on {@link NewsSchema#TITLE} marked.
     */
    public String[] highlightTitles(Query query, int[] docs, String[] titles) throws IOException {
      Query onTitles = PassageQueries.anyLeaf(query, List.of(NewsSchema.TITLE));
      if (onTitles instanceof MatchNoDocsQuery) {
        return titles.clone();
      }
      return highlight(NewsSchema.TITLE, onTitles, docs, titles);
    }

    private String[] highlight(String field, Query query, int[] docs, String[] docTexts)
        throws IOException {
      if (docTexts.length == 0) {
        return docTexts;
      }
      WordsAndPhrases simple = WordsAndPhrases.of(query, field);
      if (simple == null || !WordsAndPhrases.reads(docTexts, MULTIVAL_SEP_CHAR)) {
        return highlightUnified(field, query, docs, docTexts);
      }
      String[] highlighted = new String[docTexts.length];
      for (int i = 0; i < docTexts.length; i++) {
        highlighted[i] = simple.highlight(getIndexAnalyzer(), docTexts[i]);
      }
      return highlighted;
    }

    /** {@link #highlight} by Lucene's unified highlighter, whatever the query. */
    String[] highlightUnified(Query query, int[] docs, String[] docTexts) throws IOException {
      return highlightUnified(NewsSchema.TEXT, query, docs, docTexts);
    }

    private String[] highlightUnified(String field, Query query, int[] docs, String[] docTexts)
        throws IOException {
      Map<Integer, String> byDoc = new HashMap<>();
      for (int i = 0; i < docs.length; i++) {
        byDoc.put(docs[i], docTexts[i]);
      }
      texts.set(new Texts(field, byDoc));
      try {
        String[] highlighted =
            highlightFields(new String[] {field}, query, docs, new int[] {1}).get(field);
        // a text without a match comes back as null (the paragraphs shown are matched ones)
        for (int i = 0; i < highlighted.length; i++) {
          if (highlighted[i] == null) {
            highlighted[i] = docTexts[i];
          }
        }
        return highlighted;
      } finally {
        texts.remove();
      }
    }

    /**
     * A paragraph is one passage ({@link WholeBreakIterator}), so there are no passages to rank:
     * Lucene's scorer would build a hash of the passage's terms for a score nothing reads (7 % of
     * ranked search time in a profile).
     */
    @Override
    protected PassageScorer getScorer(String field) {
      return ONE_PASSAGE;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(
        String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
      Texts given = texts.get();
      if (given == null || fields.length != 1 || !fields[0].equals(given.field())) {
        return super.loadFieldValues(fields, docIter, cacheCharsThreshold);
      }
      List<CharSequence[]> values = new ArrayList<>();
      for (int doc = docIter.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = docIter.nextDoc()) {
        values.add(new CharSequence[] {given.byDoc().get(doc)});
      }
      return values;
    }
  }

  /** The stored fields {@link #show} needs of each chosen paragraph. */
  public static final Set<String> STORED_FIELDS =
      Set.of(NewsSchema.TEXT, NewsSchema.PARAGRAPH_NUMBER);

  /**
   * The paragraphs chosen for the articles of a page.
   *
   * @param paragraphs per article, its paragraph documents, best first
   * @param matched per article, whether the passage query matched them (else they are its first
   *     paragraphs, shown unhighlighted)
   */
  public record Choice(int[][] paragraphs, boolean[] matched) {

    /** Every chosen paragraph document. */
    public int[] docs() {
      return Arrays.stream(paragraphs).flatMapToInt(Arrays::stream).toArray();
    }
  }

  /**
   * Chooses the best {@code n} paragraphs of each article in {@code articleDocs} for {@code
   * passageQuery}, best first; the first {@code n} paragraphs of an article none of whose
   * paragraphs matches.
   */
  public Choice choose(IndexSearcher searcher, int[] articleDocs, Query passageQuery, int n)
      throws IOException {
    int[][] chosen = new int[articleDocs.length][];
    boolean[] matched = new boolean[articleDocs.length];
    if (n == 0 || articleDocs.length == 0) {
      Arrays.fill(chosen, new int[0]);
      return new Choice(chosen, matched);
    }
    Weight weight = searcher.createWeight(searcher.rewrite(passageQuery), ScoreMode.COMPLETE, 1f);
    pickBest(searcher, weight, articleDocs, n, chosen);
    for (int i = 0; i < articleDocs.length; i++) {
      matched[i] = chosen[i].length > 0;
      if (!matched[i]) {
        chosen[i] = firstChildren(searcher, articleDocs[i], n);
      }
    }
    return new Choice(chosen, matched);
  }

  /**
   * The chosen paragraphs as hits, the matched ones highlighted together in one call.
   *
   * @param stored the paragraph documents of the choice, with at least {@link #STORED_FIELDS}
   */
  public static List<List<ParagraphHit>> show(
      TextHighlighter highlighter, Query passageQuery, Choice choice, IntFunction<Document> stored)
      throws IOException {
    int[][] chosen = choice.paragraphs();
    boolean[] matched = choice.matched();
    String[][] texts = new String[chosen.length][];
    String[][] shown = new String[chosen.length][];
    int[][] numbers = new int[chosen.length][];
    int[] toHighlight = new int[0];
    String[] toHighlightTexts = new String[0];
    for (int i = 0; i < chosen.length; i++) {
      texts[i] = new String[chosen[i].length];
      shown[i] = new String[chosen[i].length];
      numbers[i] = new int[chosen[i].length];
      for (int j = 0; j < chosen[i].length; j++) {
        Document d = stored.apply(chosen[i][j]);
        texts[i][j] = d.get(NewsSchema.TEXT);
        shown[i][j] = cut(texts[i][j]);
        numbers[i][j] = d.getField(NewsSchema.PARAGRAPH_NUMBER).numericValue().intValue();
      }
      if (matched[i]) {
        int from = toHighlight.length;
        toHighlight = Arrays.copyOf(toHighlight, from + chosen[i].length);
        System.arraycopy(chosen[i], 0, toHighlight, from, chosen[i].length);
        toHighlightTexts = Arrays.copyOf(toHighlightTexts, from + chosen[i].length);
        System.arraycopy(shown[i], 0, toHighlightTexts, from, chosen[i].length);
      }
    }
    String[] highlighted =
        toHighlight.length == 0
            ? new String[0]
            : highlighter.highlight(passageQuery, toHighlight, toHighlightTexts);
    List<List<ParagraphHit>> result = new ArrayList<>(chosen.length);
    int next = 0;
    for (int i = 0; i < chosen.length; i++) {
      List<ParagraphHit> hits = new ArrayList<>(chosen[i].length);
      for (int j = 0; j < chosen[i].length; j++) {
        String text = texts[i][j];
        String h = matched[i] ? highlighted[next++] : null;
        h = h == null ? shown[i][j] : h;
        if (shown[i][j].length() < text.length()) {
          h += CUT_MARK;
        }
        hits.add(new ParagraphHit(numbers[i][j], text, h));
      }
      result.add(hits);
    }
    return result;
  }

  /**
   * Sets {@code chosen[i]} to the top {@code n} paragraphs of article {@code articleDocs[i]} by the
   * passage query's score (ties in paragraph order), as {@code ParentChildrenBlockJoinQuery} would
   * find them, without preparing the query again for each article: the articles are visited in
   * document order, with one scorer per segment.
   */
  private void pickBest(
      IndexSearcher searcher, Weight weight, int[] articleDocs, int n, int[][] chosen)
      throws IOException {
    Integer[] order = new Integer[articleDocs.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(articleDocs[a], articleDocs[b]));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = null;
    Scorer scorer = null;
    for (int i : order) {
      LeafReaderContext l = leaves.get(ReaderUtil.subIndex(articleDocs[i], leaves));
      if (l != leaf) {
        leaf = l;
        scorer = weight.scorer(leaf);
      }
      chosen[i] = scorer == null ? new int[0] : bestChildren(scorer, leaf, articleDocs[i], n);
    }
  }

  /** The top {@code n} children of one article; the scorer is before them or among them. */
  private int[] bestChildren(Scorer scorer, LeafReaderContext leaf, int articleDoc, int n)
      throws IOException {
    int local = articleDoc - leaf.docBase;
    int first = firstChild(leaf, local);
    TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
    DocIdSetIterator it = twoPhase == null ? scorer.iterator() : twoPhase.approximation();
    int[] docs = new int[n];
    float[] scores = new float[n];
    int size = 0;
    // the scan of the article before may have stopped on a child of this one
    int start = it.docID() >= first ? it.docID() : it.advance(first);
    for (int doc = start; doc < local; doc = it.nextDoc()) {
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

  /** The text's first {@link #MAX_HIGHLIGHT_CHARS} characters, less half a surrogate pair. */
  private static String cut(String text) {
    if (text.length() <= MAX_HIGHLIGHT_CHARS) {
      return text;
    }
    int end = MAX_HIGHLIGHT_CHARS;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end);
  }
}
