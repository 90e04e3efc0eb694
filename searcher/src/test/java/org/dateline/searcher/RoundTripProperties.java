package org.dateline.searcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.dateline.indexer.ArticleIndexer;
import org.dateline.indexer.IndexerOptions;
import org.dateline.indexer.article.Article;
import org.dateline.indexer.schema.NewsSchema;

/**
 * Index, then search: every article holding a word no other article holds (after analysis:
 * stemming, stop words) is found by a search for that word, and only that article.
 */
class RoundTripProperties {

  private static final Analyzer ANALYZER = NewsSchema.analyzer();

  @Provide
  Arbitrary<List<List<String>>> corpora() {
    Arbitrary<String> word =
        Arbitraries.strings().withCharRange('a', 'h').ofMinLength(2).ofMaxLength(7);
    Arbitrary<List<String>> article = word.list().ofMinSize(1).ofMaxSize(30);
    return article.list().ofMinSize(1).ofMaxSize(15);
  }

  @Property(tries = 40)
  void everyArticleIsFoundByAWordOnlyItHolds(@ForAll("corpora") List<List<String>> corpus)
      throws IOException {
    Map<String, List<String>> articles = new LinkedHashMap<>();
    for (int i = 0; i < corpus.size(); i++) {
      articles.put("a" + i, corpus.get(i));
    }
    Map<String, String> uniqueWord = uniqueWords(articles);
    try (Directory dir = new ByteBuffersDirectory()) {
      try (ArticleIndexer indexer = ArticleIndexer.open(dir, IndexerOptions.defaults(null))) {
        for (Map.Entry<String, List<String>> a : articles.entrySet()) {
          indexer.index(Article.of(a.getKey(), null, List.of(String.join(" ", a.getValue()))));
        }
      }
      try (NewsSearcher searcher = NewsSearcher.open(dir)) {
        for (Map.Entry<String, String> e : uniqueWord.entrySet()) {
          SearchResults r =
              searcher.search(
                  SearchRequest.builder(e.getValue()).syntax(SearchRequest.Syntax.SIMPLE).build());
          assertEquals(1, r.total(), e.getValue());
          assertEquals(e.getKey(), r.hits().get(0).id());
        }
      }
    }
  }

  /** For each article that has one, a word whose analyzed term no other article has. */
  private static Map<String, String> uniqueWords(Map<String, List<String>> articles) {
    Map<String, Set<String>> termArticles = new HashMap<>();
    Map<String, Map<String, String>> wordOfTerm = new HashMap<>();
    articles.forEach(
        (id, words) -> {
          for (String w : words) {
            for (String term : terms(w)) {
              termArticles.computeIfAbsent(term, t -> new HashSet<>()).add(id);
              wordOfTerm.computeIfAbsent(id, i -> new HashMap<>()).putIfAbsent(term, w);
            }
          }
        });
    Map<String, String> unique = new LinkedHashMap<>();
    wordOfTerm.forEach(
        (id, terms) ->
            terms.forEach(
                (term, word) -> {
                  if (termArticles.get(term).size() == 1 && terms(word).size() == 1) {
                    unique.putIfAbsent(id, word);
                  }
                }));
    return unique;
  }

  private static List<String> terms(String word) {
    List<String> terms = new ArrayList<>();
    try (TokenStream ts = ANALYZER.tokenStream(NewsSchema.TEXT, word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        terms.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
