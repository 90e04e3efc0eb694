package org.dateline.indexer;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * A text analyzed once and replayed: a paragraph's tokens are indexed twice, in the paragraph's own
 * {@code text} field and in its article's {@code body}, and running the English analyzer (the
 * costliest step of indexing without entities) twice for the same words is waste. The replay gives
 * the indexer exactly the terms, position increments and offsets the analyzer gave, including the
 * final position increment and offset that {@code end()} reports (trailing stop words), so the
 * postings are the same as if each field had been analyzed on its own.
 */
final class AnalyzedText {

  private char[][] terms = new char[16][];
  private int[] positionIncrements = new int[16];
  private int[] startOffsets = new int[16];
  private int[] endOffsets = new int[16];
  private int size;
  private int finalPositionIncrement;
  private int finalOffset;

  private AnalyzedText() {}

  /** Runs {@code analyzer} over {@code text} as it would for {@code field}, keeping every token. */
  static AnalyzedText analyze(Analyzer analyzer, String field, String text) throws IOException {
    AnalyzedText t = new AnalyzedText();
    try (TokenStream ts = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        t.add(
            Arrays.copyOf(term.buffer(), term.length()),
            inc.getPositionIncrement(),
            offset.startOffset(),
            offset.endOffset());
      }
      ts.end();
      t.finalPositionIncrement = inc.getPositionIncrement();
      t.finalOffset = offset.endOffset();
    }
    return t;
  }

  private void add(char[] term, int increment, int start, int end) {
    if (size == terms.length) {
      int n = size * 2;
      terms = Arrays.copyOf(terms, n);
      positionIncrements = Arrays.copyOf(positionIncrements, n);
      startOffsets = Arrays.copyOf(startOffsets, n);
      endOffsets = Arrays.copyOf(endOffsets, n);
    }
    terms[size] = term;
    positionIncrements[size] = increment;
    startOffsets[size] = start;
    endOffsets[size] = end;
    size++;
  }

  /** The tokens again, for one field of one document. */
  TokenStream tokens() {
    return new Replay(List.of(this), 0);
  }

  /**
   * The tokens of several texts one after the other, as the indexer sees the values of a
   * multi-valued field: positions run on with the given gap between values, and offsets with the
   * analyzer's default gap of one.
   */
  static TokenStream concatenated(List<AnalyzedText> texts, int positionGap) {
    return new Replay(texts, positionGap);
  }

  private static final class Replay extends TokenStream {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute inc = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final List<AnalyzedText> texts;
    private final int positionGap;
    private int text;
    private int token;
    private int offsetBase;
    private int carriedIncrement;

    Replay(List<AnalyzedText> texts, int positionGap) {
      if (texts.isEmpty()) {
        throw new IllegalArgumentException("no texts to replay");
      }
      this.texts = texts;
      this.positionGap = positionGap;
    }

    @Override
    public boolean incrementToken() {
      while (token == texts.get(text).size) {
        if (text == texts.size() - 1) {
          return false;
        }
        AnalyzedText done = texts.get(text);
        carriedIncrement += done.finalPositionIncrement + positionGap;
        offsetBase += done.finalOffset + 1;
        text++;
        token = 0;
      }
      clearAttributes();
      AnalyzedText t = texts.get(text);
      term.copyBuffer(t.terms[token], 0, t.terms[token].length);
      inc.setPositionIncrement(t.positionIncrements[token] + carriedIncrement);
      carriedIncrement = 0;
      offset.setOffset(offsetBase + t.startOffsets[token], offsetBase + t.endOffsets[token]);
      token++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      int carried = carriedIncrement;
      int base = offsetBase;
      for (int i = text; i < texts.size() - 1; i++) {
        carried += texts.get(i).finalPositionIncrement + positionGap;
        base += texts.get(i).finalOffset + 1;
      }
      AnalyzedText last = texts.get(texts.size() - 1);
      inc.setPositionIncrement(carried + last.finalPositionIncrement);
      offset.setOffset(base + last.finalOffset, base + last.finalOffset);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      text = 0;
      token = 0;
      offsetBase = 0;
      carriedIncrement = 0;
    }
  }
}
