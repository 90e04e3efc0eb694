package org.dateline.searcher.highlight;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;

/**
 * Highlights a passage query made of words and exact phrases (the passage query of most searches)
 * as {@link ParagraphHighlighter}'s unified highlighter does, without its per-call machinery.
 *
 * <p>Both analyse each paragraph and mark the tokens that are words of the query, and the tokens of
 * each occurrence of a phrase of the query (its words at consecutive positions); a word that only
 * appears in a phrase is not marked elsewhere. For a query with phrases the unified highlighter
 * indexes each paragraph in a {@code MemoryIndex} and runs the phrases as span queries over it, and
 * for any query it prepares, on each call, span queries, automata and a passage of each paragraph
 * to rank. Highlighting the twenty paragraphs of a page took some 110 µs for one word, of which 40
 * µs analysis, and 300 µs for a phrase (Reuters benchmark queries); here it is the analysis, and no
 * MemoryIndex is allocated (a megabyte per phrase search).
 *
 * <p>Queries with other parts on the field (wildcards, fuzzy words, ranges, sloppy phrases, phrases
 * with a repeated word or a gap) are left to the unified highlighter ({@link #of} returns {@code
 * null}), and so are texts it reads differently: with the separator of multiple values or surrogate
 * characters ({@link #reads}).
 */
final class WordsAndPhrases {

  private final String field;

  /** The words of the query, each with its number. */
  private final CharArrayMap<Integer> numbers;

  /** By number: whether the word is highlighted wherever it occurs (not only in a phrase). */
  private final boolean[] anywhere;

  /** The phrases, each as the numbers of its words in order. */
  private final int[][] phrases;

  private WordsAndPhrases(String field, Set<String> words, List<String[]> phrases) {
    this.field = field;
    this.numbers = new CharArrayMap<>(words.size(), false);
    List<Boolean> anywhere = new ArrayList<>();
    for (String word : words) {
      numbers.put(word, anywhere.size());
      anywhere.add(true);
    }
    this.phrases = new int[phrases.size()][];
    for (int p = 0; p < phrases.size(); p++) {
      String[] phrase = phrases.get(p);
      this.phrases[p] = new int[phrase.length];
      for (int k = 0; k < phrase.length; k++) {
        Integer number = numbers.get(phrase[k]);
        if (number == null) {
          number = anywhere.size();
          numbers.put(phrase[k], number);
          anywhere.add(false);
        }
        this.phrases[p][k] = number;
      }
    }
    this.anywhere = new boolean[anywhere.size()];
    for (int i = 0; i < this.anywhere.length; i++) {
      this.anywhere[i] = anywhere.get(i);
    }
  }

  /**
   * The highlighter of the words and phrases {@code query} has on {@code field} (clauses on other
   * fields highlight nothing there), or {@code null} when it has anything else on that field.
   */
  static WordsAndPhrases of(Query query, String field) {
    Set<String> words = new HashSet<>();
    List<String[]> phrases = new ArrayList<>();
    return collect(query, field, words, phrases)
        ? new WordsAndPhrases(field, words, phrases)
        : null;
  }

  private static boolean collect(Query q, String field, Set<String> words, List<String[]> phrases) {
    if (q instanceof BooleanQuery bq) {
      for (BooleanClause c : bq.clauses()) {
        if (c.getOccur() != BooleanClause.Occur.MUST_NOT
            && !collect(c.getQuery(), field, words, phrases)) {
          return false;
        }
      }
      return true;
    }
    if (q instanceof BoostQuery boost) {
      return collect(boost.getQuery(), field, words, phrases);
    }
    if (q instanceof ConstantScoreQuery constant) {
      return collect(constant.getQuery(), field, words, phrases);
    }
    if (q instanceof MatchNoDocsQuery) {
      return true;
    }
    if (q instanceof TermQuery tq) {
      if (tq.getTerm().field().equals(field)) {
        words.add(tq.getTerm().text());
      }
      return true;
    }
    if (q instanceof SynonymQuery sq) {
      if (sq.getField().equals(field)) {
        sq.getTerms().forEach(t -> words.add(t.text()));
      }
      return true;
    }
    if (q instanceof PhraseQuery pq) {
      if (!field.equals(pq.getField())) {
        return true;
      }
      String[] phrase = exactPhrase(pq);
      if (phrase != null) {
        phrases.add(phrase);
      }
      return phrase != null;
    }
    return false;
  }

  /**
   * The words of a phrase of two or more different words at consecutive positions without slop, or
   * {@code null}: those are found by matching positions in order, as the unified highlighter's span
   * queries find them.
   */
  private static String[] exactPhrase(PhraseQuery pq) {
    Term[] terms = pq.getTerms();
    int[] positions = pq.getPositions();
    if (pq.getSlop() != 0 || terms.length < 2) {
      return null;
    }
    String[] phrase = new String[terms.length];
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < terms.length; i++) {
      phrase[i] = terms[i].text();
      if (positions[i] != positions[0] + i || !seen.add(phrase[i])) {
        return null;
      }
    }
    return phrase;
  }

  /**
   * Whether the texts are read here as the unified highlighter reads them: it splits a text at the
   * separator of multiple values ({@code UnifiedHighlighter.MULTIVAL_SEP_CHAR}), and compares the
   * words of phrase queries as UTF-8 bytes (where a lone surrogate character and its replacement
   * are the same).
   */
  static boolean reads(String[] texts, char valueSeparator) {
    for (String text : texts) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == valueSeparator || Character.isSurrogate(c)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * The text with the query's words and phrases in it between {@code <em>} and {@code </em>}, as
   * Lucene's {@code DefaultPassageFormatter} writes one passage of the whole text.
   */
  String highlight(Analyzer analyzer, String text) throws IOException {
    if (text.isEmpty()) {
      return text;
    }
    // the tokens that are words of the query: start and end offsets, position, which word
    int[] starts = new int[16];
    int[] ends = new int[16];
    int[] positions = new int[16];
    int[] tokenWords = new int[16];
    boolean[] marked = new boolean[16];
    int n = 0;
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int position = -1;
      while (ts.incrementToken()) {
        position += increment.getPositionIncrement();
        Integer number = numbers.get(term.buffer(), 0, term.length());
        if (number == null) {
          continue;
        }
        if (n == starts.length) {
          int size = n * 2;
          starts = Arrays.copyOf(starts, size);
          ends = Arrays.copyOf(ends, size);
          positions = Arrays.copyOf(positions, size);
          tokenWords = Arrays.copyOf(tokenWords, size);
          marked = Arrays.copyOf(marked, size);
        }
        starts[n] = offset.startOffset();
        ends[n] = offset.endOffset();
        positions[n] = position;
        tokenWords[n] = number;
        marked[n] = anywhere[number];
        n++;
      }
      ts.end();
    }
    if (phrases.length > 0) {
      markPhrases(positions, tokenWords, marked, n);
    }
    return format(text, starts, ends, marked, n);
  }

  /**
   * Marks the tokens of every occurrence of every phrase. Tokens come in position order, so the
   * token of a phrase's next word, if there is one, follows the token of the word before.
   */
  private void markPhrases(int[] positions, int[] tokenWords, boolean[] marked, int n) {
    for (int[] phrase : phrases) {
      int[] occurrence = new int[phrase.length];
      for (int first = 0; first < n; first++) {
        if (tokenWords[first] != phrase[0]) {
          continue;
        }
        occurrence[0] = first;
        int k = 1;
        while (k < phrase.length) {
          int next = tokenAt(positions, tokenWords, n, occurrence[k - 1] + 1, phrase[k]);
          if (next < 0 || positions[next] != positions[first] + k) {
            break;
          }
          occurrence[k++] = next;
        }
        if (k == phrase.length) {
          for (int i : occurrence) {
            marked[i] = true;
          }
        }
      }
    }
  }

  /**
   * The first token from {@code from} on at the position after {@code from - 1}'s that is word
   * {@code word}, or -1.
   */
  private static int tokenAt(int[] positions, int[] tokenWords, int n, int from, int word) {
    int position = positions[from - 1] + 1;
    for (int i = from; i < n && positions[i] <= position; i++) {
      if (positions[i] == position && tokenWords[i] == word) {
        return i;
      }
    }
    return -1;
  }

  /** {@code DefaultPassageFormatter.format} of one passage, the whole text, with these matches. */
  private static String format(String text, int[] starts, int[] ends, boolean[] marked, int n) {
    Integer[] order = new Integer[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (marked[i]) {
        order[m++] = i;
      }
    }
    if (m == 0) {
      return text;
    }
    Integer[] matches = Arrays.copyOf(order, m);
    // the highlighter merges the matches by start offset (stable: tokens come in offset order)
    Arrays.sort(matches, (a, b) -> Integer.compare(starts[a], starts[b]));
    StringBuilder sb =
        new StringBuilder(
            text.length()
                + (ParagraphHighlighter.PRE_TAG.length() + ParagraphHighlighter.POST_TAG.length())
                    * m);
    int pos = 0;
    for (int i = 0; i < m; i++) {
      int start = starts[matches[i]];
      int end = ends[matches[i]];
      sb.append(text, pos, start);
      while (i + 1 < m && starts[matches[i + 1]] < end) {
        end = Math.max(end, ends[matches[++i]]);
      }
      end = Math.min(end, text.length());
      sb.append(ParagraphHighlighter.PRE_TAG)
          .append(text, start, end)
          .append(ParagraphHighlighter.POST_TAG);
      pos = end;
    }
    sb.append(text, pos, Math.max(pos, text.length()));
    return sb.toString();
  }
}
