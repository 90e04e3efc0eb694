package org.dateline.searcher.highlight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.dateline.indexer.schema.NewsSchema;
import org.junit.jupiter.api.Test;

class NamesOnTextTest {

  private static final Analyzer ANALYZER = NewsSchema.analyzer();

  private static Query onText(String field, String name) {
    return NamesOnText.of(new TermQuery(new Term(field, name)), ANALYZER);
  }

  @Test
  void marksAFullNameAsAPhraseOfItsWordsAndAWordNameAsItself() {
    assertEquals(new PhraseQuery(NewsSchema.TEXT, "david", "hale"), onText("person", "david hale"));
    assertEquals(new TermQuery(new Term(NewsSchema.TEXT, "reagan")), onText("person", "reagan"));
  }

  @Test
  void marksNoNameItsTextWordsWouldMarkOtherWordsBy() {
    // "us" would mark the pronoun and, stemmed, "used"; a stop word's gap, "bank in england"
    assertInstanceOf(MatchNoDocsQuery.class, onText("location", "us"));
    assertInstanceOf(MatchNoDocsQuery.class, onText("organization", "bank of england"));
    // a word the stemmer changes marks its other forms
    assertInstanceOf(MatchNoDocsQuery.class, onText("person", "moses"));
  }

  @Test
  void leavesTextClausesAndOtherFieldsAsTheyAre() {
    Query text = new TermQuery(new Term(NewsSchema.TEXT, "troops"));
    Query title = new TermQuery(new Term(NewsSchema.TITLE, "troops"));
    Query q =
        new BooleanQuery.Builder()
            .add(text, Occur.SHOULD)
            .add(title, Occur.SHOULD)
            .add(new TermQuery(new Term("person", "reagan")), Occur.SHOULD)
            .build();
    Query expected =
        new BooleanQuery.Builder()
            .add(text, Occur.SHOULD)
            .add(title, Occur.SHOULD)
            .add(new TermQuery(new Term(NewsSchema.TEXT, "reagan")), Occur.SHOULD)
            .build();
    assertEquals(expected, NamesOnText.of(q, ANALYZER));
  }
}
