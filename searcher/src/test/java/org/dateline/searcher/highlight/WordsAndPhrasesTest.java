package org.dateline.searcher.highlight;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.dateline.indexer.schema.NewsSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link WordsAndPhrases} highlights queries of words and exact phrases as Lucene's unified
 * highlighter, configured as {@link ParagraphHighlighter} configures it, does, and declines other
 * queries and texts.
 */
class WordsAndPhrasesTest {

  /** Words, stop words, possessives, inflections and punctuation, so that analysis matters. */
  private static final String[] WORDS = {
    "oil", "Oil", "prices", "price", "priced", "the", "of", "and", "company's", "companies", "cut",
    "back", "backs", "U.S.", "new", "York", "stock", "exchange", "rose", "3.5", "pct", "oil,",
    "prices.", "(oil)", "New-York", "a", "an", "OPEC", "opec's"
  };

  /** The analysed forms of the words above, the terms queries hold. */
  private static final String[] TERMS = {
    "oil", "price", "compani", "cut", "back", "u.", "new", "york", "stock", "exchang", "rose",
    "3.5", "pct", "opec", "the", "nowhere"
  };

  private static final Analyzer ANALYZER = NewsSchema.analyzer();

  private static long seed;
  private static Directory dir;
  private static DirectoryReader reader;
  private static List<String> texts;

  @BeforeAll
  static void index() throws IOException {
    seed = new Random().nextLong();
    Random random = new Random(seed);
    dir = new ByteBuffersDirectory();
    texts = new ArrayList<>();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(ANALYZER))) {
      for (int i = 0; i < 300; i++) {
        StringBuilder text = new StringBuilder();
        int words = random.nextInt(40);
        for (int j = 0; j < words; j++) {
          text.append(j == 0 ? "" : random.nextInt(8) == 0 ? "  " : " ");
          text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        texts.add(text.toString());
        Document d = new Document();
        d.add(new Field(NewsSchema.TEXT, text.toString(), NewsSchema.textFieldType()));
        w.addDocument(d);
      }
    }
    reader = DirectoryReader.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    dir.close();
  }

  @Test
  void highlightsWordsAndExactPhrasesAsTheUnifiedHighlighterDoes() throws IOException {
    Random random = new Random(seed);
    ParagraphHighlighter.TextHighlighter unified =
        new ParagraphHighlighter(null, ANALYZER).unifiedHighlighter(new IndexSearcher(reader));
    int[] docs = new int[texts.size()];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = i;
    }
    String[] all = texts.toArray(new String[0]);
    for (int q = 0; q < 200; q++) {
      Query query = randomQuery(random);
      WordsAndPhrases simple = WordsAndPhrases.of(query, NewsSchema.TEXT);
      if (simple == null) {
        continue; // a phrase with a repeated word: the unified highlighter's
      }
      String[] expected = unified.highlightUnified(query, docs, all);
      for (int i = 0; i < all.length; i++) {
        String want = expected[i] == null ? all[i] : expected[i];
        assertEquals(
            want,
            simple.highlight(ANALYZER, all[i]),
            "query " + query + ", text '" + all[i] + "', seed " + seed);
      }
      // highlight() also marks the names of name-field clauses, as their words on the text
      String[] withNames = unified.highlightUnified(NamesOnText.of(query, ANALYZER), docs, all);
      assertArrayEquals(expected(withNames, all), unified.highlight(query, docs, all));
    }
  }

  private static String[] expected(String[] highlighted, String[] texts) {
    String[] out = new String[texts.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = highlighted[i] == null ? texts[i] : highlighted[i];
    }
    return out;
  }

  /** Words, phrases (some with a repeated word) and a clause on another field, OR-ed or AND-ed. */
  private static Query randomQuery(Random random) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int clauses = 1 + random.nextInt(3);
    for (int i = 0; i < clauses; i++) {
      Query clause;
      int kind = random.nextInt(5);
      if (kind < 2) {
        clause = new TermQuery(new Term(NewsSchema.TEXT, term(random)));
      } else if (kind < 4) {
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        int length = 2 + random.nextInt(2);
        for (int j = 0; j < length; j++) {
          phrase.add(new Term(NewsSchema.TEXT, term(random)), j);
        }
        clause = phrase.build();
      } else {
        clause = new TermQuery(new Term("person", term(random)));
      }
      if (random.nextBoolean()) {
        clause = new BoostQuery(clause, 2f);
      }
      b.add(clause, random.nextBoolean() ? Occur.SHOULD : Occur.MUST);
    }
    return b.build();
  }

  private static String term(Random random) {
    // few terms, so that phrases occur in the texts
    return TERMS[random.nextInt(random.nextBoolean() ? 4 : TERMS.length)];
  }

  @Test
  void declinesWildcardsFuzzyWordsSloppyPhrasesAndPhrasesWithGaps() {
    String text = NewsSchema.TEXT;
    assertNull(WordsAndPhrases.of(new PrefixQuery(new Term(text, "oi")), text));
    assertNull(WordsAndPhrases.of(new FuzzyQuery(new Term(text, "oil")), text));
    assertNull(WordsAndPhrases.of(new PhraseQuery(1, text, "oil", "price"), text));
    assertNull(
        WordsAndPhrases.of(
            new PhraseQuery.Builder()
                .add(new Term(text, "oil"), 0)
                .add(new Term(text, "price"), 2)
                .build(),
            text));
    assertNull(WordsAndPhrases.of(new PhraseQuery(text, "oil", "oil"), text));
  }

  @Test
  void declinesTextsWithValueSeparatorsOrSurrogates() {
    char separator = '\u2029';
    assertEquals(true, WordsAndPhrases.reads(new String[] {"oil prices", ""}, separator));
    assertEquals(false, WordsAndPhrases.reads(new String[] {"oil\u2029prices"}, separator));
    assertEquals(false, WordsAndPhrases.reads(new String[] {"oil \uD83D\uDE00"}, separator));
  }
}
