package org.dateline.indexer.entity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.dateline.indexer.entity.FeatureSums.Word;

/**
 * Tags sentences greedily with the features of {@link NerFeatures}, without building their names.
 * Most features of a token depend on one word form only (its lower-cased form, shape, affixes and
 * cluster) and on where that word stands: at the token itself, one or two before it, one or two
 * after it. Their weights are summed once per word form ({@link FeatureSums.Word}) and kept in a
 * bounded cache. Features over small vocabularies (gazetteer tags, labels, shapes) are summed into
 * tables when the model is loaded. What is left per token is a few look-ups of word and shape
 * pairs.
 *
 * <p>Thread-safe: the caches are concurrent maps of immutable entries; tagging state is local.
 */
final class CompiledTagger {

  /**
   * Word forms kept per cache; a full cache is emptied and filled again. Large enough for the
   * vocabulary of a news archive (Reuters-21578 has some 76,000 forms), which a smaller cache
   * emptied on every pass (docs/ner.md).
   */
  static final int CACHE_LIMIT = 1 << 17;

  private final int cacheLimit;
  private final FeatureTable table;
  private final FeatureSums sums;
  private final int n;
  private final TrueCaser trueCaser;
  private final Gazetteer gazetteer;
  private final NameLists lists;
  private final boolean useLists;
  private final ConcurrentMap<String, Word> words = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, Word> capsWords = new ConcurrentHashMap<>();
  private final Word boundary;

  /** Where the codes of the sentence boundary are in {@link FeatureSums#codesBefore}. */
  private final int boundaryCodes;

  /** Per previous label, the labels allowed after it, in outcome order. */
  private final int[][] allowed;

  private final int outside;

  /** Per outcome: whether it continues a name ({@code I-}), and the type it is part of. */
  private final boolean[] inside;

  private final EntityType[] types;
  private final int[] listAtoms = new int[Gazetteer.CODES];
  private final int ss;
  private final int sps;
  private final int ssn;
  private final int ew;
  private final PairIndex wordBefore;
  private final PairIndex wordAfter;
  private final PairIndex shapeAfter;
  private final PairIndex shapeBefore;

  CompiledTagger(
      FeatureTable table,
      String[] outcomes,
      TrueCaser trueCaser,
      Gazetteer gazetteer,
      WordClusters clusters,
      NameLists lists,
      int cacheLimit) {
    this.cacheLimit = cacheLimit;
    this.table = table;
    this.n = table.outcomes();
    this.trueCaser = trueCaser;
    this.gazetteer = gazetteer;
    this.lists = lists;
    this.useLists = !lists.isEmpty();
    this.sums = new FeatureSums(table, outcomes, clusters, useLists);
    this.boundary = sums.boundary();
    this.boundaryCodes = (Gazetteer.CODES * (Gazetteer.CODES + 1) + Gazetteer.CODES) * n;
    this.allowed = new int[n][];
    int o = -1;
    for (int p = 0; p < n; p++) {
      int[] after = new int[n];
      int count = 0;
      for (int k = 0; k < n; k++) {
        if (Labels.allowed(outcomes[p], outcomes[k])) {
          after[count++] = k;
        }
      }
      allowed[p] = Arrays.copyOf(after, count);
      if (outcomes[p].equals(Labels.OUTSIDE)) {
        o = p;
      }
    }
    if (o < 0) {
      throw new IllegalArgumentException("the classifier has no outcome " + Labels.OUTSIDE);
    }
    this.outside = o;
    inside = new boolean[n];
    types = new EntityType[n];
    for (int k = 0; k < n; k++) {
      if (k != o) {
        inside[k] = outcomes[k].startsWith("I-");
        types[k] = Labels.type(outcomes[k].substring(2));
      }
    }
    for (int c = 0; c < Gazetteer.CODES; c++) {
      listAtoms[c] = table.atom(String.valueOf(Gazetteer.tag(c)));
    }
    ss = table.template("ss=");
    sps = table.template("sps=");
    ssn = table.template("ssn=");
    ew = table.template("ew+1=");
    // ww=before|word, wn=word|after, wsn=word|shape after, spw=shape before|word
    wordBefore = new PairIndex(table, table.template("ww="), 1);
    wordAfter = new PairIndex(table, table.template("wn="), 0);
    shapeAfter = new PairIndex(table, table.template("wsn="), 0);
    shapeBefore = new PairIndex(table, table.template("spw="), 1);
  }

  /** See {@link FeatureTable#scale}. */
  float scale() {
    return table.scale();
  }

  /**
   * Tags one sentence (not empty).
   *
   * @param margins if not null, receives per token how far the chosen label's score is ahead of the
   *     next allowed label's
   * @return per token the index of its label among the classifier's outcomes
   */
  int[] tag(String[] tokens, float[] margins) {
    int len = tokens.length;
    boolean caps = TokenShapes.isCapsLine(tokens);
    Word[] w = new Word[len];
    String[] view = new String[len];
    int[] gazetteerWords = new int[len];
    int[] listWords = new int[len];
    for (int i = 0; i < len; i++) {
      w[i] = word(tokens[i], caps);
      view[i] = w[i].view;
      gazetteerWords[i] = w[i].gazetteerWord;
      listWords[i] = w[i].listWord;
    }
    int[] gaz = gazetteer.codes(view, gazetteerWords);
    int[] listed = useLists ? lists.names.codes(view, listWords) : null;
    float[] staticSums = new float[len * n];
    for (int i = 0; i < len; i++) {
      staticSums(w, i, gaz, listed, staticSums, i * n);
    }
    int[] labels = new int[len];
    float[] weights = table.summable();
    int prev = outside;
    int prev2 = outside;
    for (int i = 0; i < len; i++) {
      // the label features: the label pair and the shape with the previous label, the word with it
      int at = i * n;
      float[] shapeLabels = w[i].shape.labels;
      int pairs = (prev2 * n + prev) * n;
      int[] labelRows = w[i].labelRows;
      int word = table.offset(labelRows == null ? -1 : labelRows[prev]);
      for (int k = 0; k < n; k++) {
        staticSums[at + k] = staticSums[at + k] + shapeLabels[pairs + k] + weights[word + k];
      }
      int best = -1;
      int second = -1;
      for (int k : allowed[prev]) {
        if (best < 0 || staticSums[at + k] > staticSums[at + best]) {
          second = best;
          best = k;
        } else if (second < 0 || staticSums[at + k] > staticSums[at + second]) {
          second = k;
        }
      }
      if (margins != null) {
        margins[i] =
            second < 0
                ? Float.MAX_VALUE
                : (staticSums[at + best] - staticSums[at + second]) / table.scale();
      }
      labels[i] = best;
      prev2 = prev;
      prev = best;
    }
    return labels;
  }

  /** The names of a label sequence ({@link Labels#decode}, on outcome indices). */
  List<TokenSpan> decode(int[] labels) {
    List<TokenSpan> spans = new ArrayList<>();
    int start = -1;
    EntityType type = null;
    for (int i = 0; i <= labels.length; i++) {
      int l = i < labels.length ? labels[i] : outside;
      boolean continues = type != null && inside[l] && types[l] == type;
      if (!continues && type != null) {
        spans.add(new TokenSpan(start, i, type));
        type = null;
      }
      if (!continues && l != outside) {
        start = i;
        type = types[l];
      }
    }
    return spans;
  }

  /** The summed weights of the features of token {@code i} that do not depend on labels. */
  private void staticSums(Word[] w, int i, int[] gaz, int[] listed, float[] p, int at) {
    int len = w.length;
    Word self = w[i];
    Word before = i > 0 ? w[i - 1] : boundary;
    Word after = i + 1 < len ? w[i + 1] : boundary;
    int e = useLists ? listed[i] : 0;
    float[] s0 = self.sums;
    float[] s1 = before.sums;
    float[] s2 = after.sums;
    float[] s3 = (i > 1 ? w[i - 2] : boundary).sums;
    float[] s4 = (i + 2 < len ? w[i + 2] : boundary).sums;
    // the word after a token no list matches has ew+1=null|word in its block
    int afterBlock = (useLists && e == 0 ? Word.AFTER_UNLISTED : Word.AFTER) * n;
    float[] c0 = self.shape.codes;
    float[] c1 = sums.codesBefore;
    float[] c2 = sums.codesAfter;
    int codes = Gazetteer.CODES;
    int o0 = (e * codes + gaz[i]) * n;
    int o1 =
        i > 0 ? (gaz[i - 1] * (codes + 1) + (useLists ? listed[i - 1] : 0)) * n : boundaryCodes;
    int o2 =
        i + 1 < len
            ? (gaz[i + 1] * (codes + 1) + (useLists ? listed[i + 1] : 0)) * n
            : boundaryCodes;
    float[] weights = table.summable();
    // the features of word and shape pairs, found by their rows (or a row of zeros)
    int ww = table.offset(wordBefore.row(self.lowerAtom, before.lowerAtom));
    int wn = table.offset(wordAfter.row(self.lowerAtom, after.lowerAtom));
    int ss3 = table.offset(table.row(ss, before.shape.atom, self.shape.atom, after.shape.atom));
    int sps2 = table.offset(table.row(sps, before.shape.atom, self.shape.atom));
    int ssn2 = table.offset(table.row(ssn, self.shape.atom, after.shape.atom));
    int wsn = table.offset(shapeAfter.row(self.lowerAtom, after.shape.atom));
    int spw = table.offset(shapeBefore.row(self.lowerAtom, before.shape.atom));
    // one pass over the outcomes for the terms every token has
    for (int k = 0; k < n; k++) {
      p[at + k] =
          s0[Word.SELF * n + k]
              + s1[Word.BEFORE * n + k]
              + s2[afterBlock + k]
              + s3[Word.BEFORE2 * n + k]
              + s4[Word.AFTER2 * n + k]
              + c0[o0 + k]
              + c1[o1 + k]
              + c2[o2 + k]
              + weights[ww + k]
              + weights[wn + k]
              + weights[ss3 + k]
              + weights[sps2 + k]
              + weights[ssn2 + k]
              + weights[wsn + k]
              + weights[spw + k];
    }
    // and the terms few tokens have
    if (i == 0) {
      add(self.shape.first, e * n, p, at);
    }
    if (useLists) {
      if (e != 0) {
        table.add(table.row(ew, listAtoms[e], after.lowerAtom), p, at);
      }
      boolean firstName = self.firstName;
      boolean afterFirstName = i > 0 && before.firstName;
      if (firstName || afterFirstName) {
        add(sums.firstNames, ((firstName ? 2 : 0) + (afterFirstName ? 1 : 0)) * n, p, at);
      }
    }
  }

  private void add(float[] from, int offset, float[] to, int at) {
    for (int k = 0; k < n; k++) {
      to[at + k] += from[offset + k];
    }
  }

  /** The entry of a token, from the cache of its kind of line, made on a miss. */
  private Word word(String token, boolean capsLine) {
    ConcurrentMap<String, Word> cache = capsLine ? capsWords : words;
    Word w = cache.get(token);
    if (w == null) {
      String view = capsLine ? trueCaser.apply(token) : token;
      String lower = TokenShapes.lower(token);
      int[] numbers = {gazetteer.word(lower), lists.names.word(lower)};
      w = sums.word(view, lower, capsLine, useLists && isFirstName(view, lower), numbers);
      if (cache.size() >= cacheLimit) {
        cache.clear();
      }
      cache.put(token, w);
    }
    return w;
  }

  /** Word forms in the caches now (both kinds of line), for tests. */
  int cachedWords() {
    return words.size() + capsWords.size();
  }

  private boolean isFirstName(String view, String lower) {
    return Character.isUpperCase(view.charAt(0)) && lists.isFirstName(lower);
  }
}
