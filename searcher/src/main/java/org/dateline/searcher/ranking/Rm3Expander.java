package org.dateline.searcher.ranking;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.util.BitSet;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.dateline.indexer.schema.NewsSchema;

/**
 * RM3 query expansion (Lavrenko and Croft's relevance model, interpolated with the query as in
 * Anserini). Each feedback article becomes a term distribution over its analyzed text: terms
 * shorter than 2 characters, non-alphanumeric terms and terms in more than 10% of the articles are
 * dropped, the article's most frequent terms kept and their frequencies normalized to sum to 1. The
 * share is of articles, the documents feedback reads, as Anserini's is of its documents: counted in
 * paragraphs, a word in a fifth of Reuters-21578's articles ("were", "new", "he") is in fewer than
 * a tenth of its paragraphs, and was taken for an expansion term. The distributions are summed
 * weighted by {@code exp(score)} of each article (see {@link #weight}), pruned to the top terms and
 * normalized ({@link #terms}). The expanded query ({@link #expand}) is {@code originalWeight / n}
 * times the original query (of {@code n} distinct text terms, so that each original term weighs as
 * in the interpolated query vector) plus {@code 1 - originalWeight} times the weighted expansion
 * terms, which are paragraph-text terms: the caller lifts them to articles, and chooses the
 * paragraphs shown with them too ({@link #passages}). A query that requires words ({@link
 * #requires}) keeps requiring them; one of optional words finds articles with none of them but the
 * expansion terms, as RM3 does.
 */
public final class Rm3Expander {

  private final Analyzer analyzer;
  private final BitSetProducer articles;

  /**
   * @param articles the article documents, each after its paragraphs (cache and share one per
   *     searcher)
   */
  public Rm3Expander(Analyzer analyzer, BitSetProducer articles) {
    this.analyzer = analyzer;
    this.articles = articles;
  }

  /**
   * The expansion terms of the relevance model of the feedback articles: the disjunction of its top
   * terms on the paragraph text, each boosted by its weight in the model (the weights sum to 1), or
   * {@code null} when the articles hold no term that may expand a query. The words the query
   * excludes ({@link #excludedWords}) are left out: a word typed with {@code -} or NOT, at any
   * depth, neither expands the query nor is marked in the paragraphs shown.
   *
   * @param articleTexts the text of each feedback article, best first
   * @param scores the first-pass score of each feedback article
   */
  public Query terms(
      IndexSearcher searcher,
      List<String> articleTexts,
      float[] scores,
      Feedback feedback,
      Predicate<String> excluded)
      throws IOException {
    Map<String, Double> model =
        relevanceModel(searcher.getIndexReader(), articleTexts, scores, feedback.terms());
    model.keySet().removeIf(excluded);
    List<Map.Entry<String, Double>> top = new ArrayList<>(model.entrySet());
    top.sort(Map.Entry.<String, Double>comparingByValue().reversed());
    if (top.size() > feedback.terms()) {
      top = top.subList(0, feedback.terms());
    }
    double norm = top.stream().mapToDouble(Map.Entry::getValue).sum();
    if (norm <= 0) {
      return null;
    }
    BooleanQuery.Builder expansion = new BooleanQuery.Builder();
    for (Map.Entry<String, Double> e : top) {
      expansion.add(
          new BoostQuery(
              new TermQuery(new Term(NewsSchema.TEXT, e.getKey())), (float) (e.getValue() / norm)),
          Occur.SHOULD);
    }
    return expansion.build();
  }

  /**
   * {@code original} expanded with the expansion {@code terms} ({@link #terms}): the two
   * interpolated, what the original requires still required and what it excludes still excluded.
   */
  public static Query expand(Query original, Query terms, Feedback feedback) {
    BooleanQuery.Builder expanded = interpolated(original, original, terms, feedback);
    if (requires(original)) {
      // what the query requires stays required ("+world +bank", AND, --and): feedback ranks
      // among its matches rather than finding articles without the words
      expanded.add(original, Occur.FILTER);
    }
    // what the query excludes stays excluded: the expansion terms must not bring it back
    if (original instanceof BooleanQuery bq) {
      for (BooleanClause c : bq.clauses()) {
        if (c.getOccur() == Occur.MUST_NOT) {
          expanded.add(c.getQuery(), Occur.MUST_NOT);
        }
      }
    }
    return expanded.build();
  }

  /**
   * The query that chooses the paragraphs shown of the articles an expanded query found: {@code
   * originalPassages}, the one that chooses them for {@code original}, and the expansion {@code
   * terms}, weighted against each other as {@link #expand} weighs the original query and the terms.
   * So an article found by expansion terms alone shows the paragraphs that hold them, and a typed
   * word weighs against them as it does in the ranking. What the original requires or excludes is
   * left out: the paragraphs are chosen among the articles it let through.
   */
  public static Query passages(
      Query original, Query originalPassages, Query terms, Feedback feedback) {
    return interpolated(original, originalPassages, terms, feedback).build();
  }

  /**
   * {@code originalWeight / n} times {@code query} (for the {@code n} distinct text terms of {@code
   * original}) plus {@code 1 - originalWeight} times the expansion terms.
   */
  private static BooleanQuery.Builder interpolated(
      Query original, Query query, Query terms, Feedback feedback) {
    return new BooleanQuery.Builder()
        .add(new BoostQuery(query, originalScale(original, feedback)), Occur.SHOULD)
        .add(new BoostQuery(terms, (float) (1 - feedback.originalWeight())), Occur.SHOULD);
  }

  /**
   * The words (indexed terms of the paragraph text) that {@code query} excludes, at any depth: a
   * word under an odd number of {@code MUST_NOT} clauses ("buffer" of {@code cocoa (delegates
   * -buffer)}), or matching a pattern there ({@code -buff*}). Not the words of an excluded phrase,
   * which an article may hold apart ({@code crude -"oil price"} leaves "oil" to feedback).
   */
  public static Predicate<String> excludedWords(Query query) {
    Set<String> words = new HashSet<>();
    List<Supplier<ByteRunAutomaton>> patterns = new ArrayList<>();
    query.visit(new ExcludedWords(words, patterns, false));
    if (patterns.isEmpty()) {
      return words::contains;
    }
    List<ByteRunAutomaton> automata = patterns.stream().map(Supplier::get).toList();
    return word -> {
      if (words.contains(word)) {
        return true;
      }
      BytesRef bytes = new BytesRef(word);
      for (ByteRunAutomaton a : automata) {
        if (a.run(bytes.bytes, bytes.offset, bytes.length)) {
          return true;
        }
      }
      return false;
    };
  }

  /** Collects the text terms and patterns under an odd number of exclusions. */
  private static final class ExcludedWords extends MatchingTerms {
    private final Set<String> words;
    private final List<Supplier<ByteRunAutomaton>> patterns;
    private final boolean excluded;

    ExcludedWords(Set<String> words, List<Supplier<ByteRunAutomaton>> patterns, boolean excluded) {
      this.words = words;
      this.patterns = patterns;
      this.excluded = excluded;
    }

    @Override
    public void consumeTerms(Query query, Term... terms) {
      if (excluded && terms.length == 1 && terms[0].field().equals(NewsSchema.TEXT)) {
        words.add(terms[0].text()); // one word, not a phrase's
      }
    }

    @Override
    public void consumeTermsMatching(
        Query query, String field, Supplier<ByteRunAutomaton> automaton) {
      if (excluded && field.equals(NewsSchema.TEXT)) {
        patterns.add(automaton);
      }
    }

    @Override
    public QueryVisitor getSubVisitor(Occur occur, Query parent) {
      return occur == Occur.MUST_NOT ? new ExcludedWords(words, patterns, !excluded) : this;
    }
  }

  /**
   * Whether a query requires a clause to match, not any one of its words: a required or filtering
   * clause, or a least number of optional ones. A query of optional words and exclusions does not.
   */
  static boolean requires(Query q) {
    if (q instanceof BoostQuery boost) {
      return requires(boost.getQuery());
    }
    return q instanceof BooleanQuery bq
        && (bq.getMinimumNumberShouldMatch() > 0
            || bq.clauses().stream()
                .anyMatch(c -> c.getOccur() == Occur.MUST || c.getOccur() == Occur.FILTER));
  }

  private Map<String, Double> relevanceModel(
      IndexReader reader, List<String> texts, float[] scores, int terms) throws IOException {
    int mostArticles = (int) (MAX_ARTICLE_SHARE * reader.docFreq(NewsSchema.articlesTerm()));
    Map<String, Double> model = new HashMap<>();
    Map<String, Boolean> keep = new HashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      List<Map.Entry<String, Integer>> vector = new ArrayList<>();
      for (Map.Entry<String, Integer> e : termFrequencies(texts.get(i)).entrySet()) {
        String term = e.getKey();
        Boolean useful = keep.get(term);
        if (useful == null) {
          useful = isUseful(reader, term, mostArticles);
          keep.put(term, useful);
        }
        if (useful) {
          vector.add(e);
        }
      }
      // each article contributes its own top terms only, as in Anserini's RM3
      vector.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
      if (vector.size() > terms) {
        vector = vector.subList(0, terms);
      }
      double norm = vector.stream().mapToInt(Map.Entry::getValue).sum();
      if (norm == 0) {
        continue;
      }
      for (Map.Entry<String, Integer> e : vector) {
        model.merge(e.getKey(), weight(scores, i) * e.getValue() / norm, Double::sum);
      }
    }
    return model;
  }

  /**
   * The weight of a feedback article: {@code P(D|Q)} taken as proportional to {@code exp(score)},
   * reading the BM25 score as a log-likelihood as the relevance model does with query-likelihood
   * scores. Compared with weighting by the raw score (Anserini), this trusts the top articles much
   * more than the tenth, which keeps topics with one or two relevant articles from drifting.
   */
  static double weight(float[] scores, int i) {
    return Math.exp(scores[i] - scores[0]);
  }

  /** The share of the articles a term may be in and still expand a query (Anserini's 0.1). */
  static final double MAX_ARTICLE_SHARE = 0.1;

  private boolean isUseful(IndexReader reader, String term, int mostArticles) throws IOException {
    if (term.length() < 2 || !term.chars().allMatch(Character::isLetterOrDigit)) {
      return false;
    }
    Term t = new Term(NewsSchema.TEXT, term);
    // a term's articles are at most its paragraphs: most terms need no counting
    return reader.docFreq(t) <= mostArticles || !inMoreArticles(reader, t, mostArticles);
  }

  /**
   * Whether the term is in more than {@code most} articles: the articles of its paragraphs, counted
   * until there are more.
   */
  private boolean inMoreArticles(IndexReader reader, Term term, int most) throws IOException {
    int count = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      PostingsEnum postings = leaf.reader().postings(term, PostingsEnum.NONE);
      BitSet parents = postings == null ? null : articles.getBitSet(leaf);
      if (parents == null) {
        continue;
      }
      Bits live = leaf.reader().getLiveDocs();
      int article = -1;
      for (int doc = postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        if (doc > article && (live == null || live.get(doc))) {
          // a block's article comes after its paragraphs
          article = parents.nextSetBit(doc);
          if (++count > most) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private Map<String, Integer> termFrequencies(String text) throws IOException {
    Map<String, Integer> tf = new HashMap<>();
    try (TokenStream ts = analyzer.tokenStream(NewsSchema.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        tf.merge(term.toString(), 1, Integer::sum);
      }
      ts.end();
    }
    return tf;
  }

  /**
   * The factor the original query gets in the expanded query: {@code originalWeight / n} for {@code
   * n} distinct terms, so that each original term weighs {@code originalWeight / n} as in the
   * interpolated query vector. Other evidence tied to the original query (such as the best
   * paragraph's score) should be scaled by it too, to keep the interpolation's balance.
   */
  public static float originalScale(Query original, Feedback feedback) {
    return (float) (feedback.originalWeight() / Math.max(1, distinctTerms(original)));
  }

  /**
   * Whether the query matches words of the article text or title, by term or by pattern, outside
   * its exclusions. A query without (a date range, names, {@code *:*}) has nothing for feedback to
   * expand from: its first pass would rank every match alike and take any ten as feedback.
   */
  public static boolean hasWords(Query q) {
    boolean[] found = {false};
    q.visit(
        new MatchingTerms() {
          @Override
          public void consumeTerms(Query query, Term... ts) {
            for (Term t : ts) {
              found[0] |= isWordField(t.field());
            }
          }

          @Override
          public void consumeTermsMatching(
              Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            found[0] |= isWordField(field);
          }
        });
    return found[0];
  }

  private static boolean isWordField(String field) {
    return field.equals(NewsSchema.TEXT) || field.equals(NewsSchema.TITLE);
  }

  /** Distinct terms of the query on the article text (title terms mirror them). */
  private static int distinctTerms(Query q) {
    Set<Term> terms = new HashSet<>();
    QueryVisitor collector = QueryVisitor.termCollector(terms);
    q.visit(
        new MatchingTerms() {
          @Override
          public void consumeTerms(Query query, Term... ts) {
            collector.consumeTerms(query, ts);
          }
        });
    return (int) terms.stream().filter(t -> t.field().equals(NewsSchema.TEXT)).count();
  }

  /**
   * Visits the terms a query matches by: not those under an exclusion, and those of a block join's
   * child query, which a block join does not show its visitors.
   */
  private abstract static class MatchingTerms extends QueryVisitor {
    @Override
    public void visitLeaf(Query query) {
      if (query instanceof ToParentBlockJoinQuery join) {
        join.getChildQuery().visit(this);
      }
    }

    @Override
    public QueryVisitor getSubVisitor(Occur occur, Query parent) {
      return occur == Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
    }
  }
}
