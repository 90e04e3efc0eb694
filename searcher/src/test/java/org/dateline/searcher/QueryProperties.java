package org.dateline.searcher;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.apache.lucene.store.Directory;
import org.dateline.indexer.article.Article;
import org.dateline.indexer.testing.TestIndexes;

/**
 * Any query string gives results or an {@link IllegalArgumentException} saying what is wrong, never
 * another exception; in plain-words mode, any short string gives results. The strings mix query
 * syntax (fields, operators, brackets, wildcards, regexes, dates) with arbitrary text.
 */
class QueryProperties {

  private static Directory dir;
  private static NewsSearcher searcher;

  @BeforeContainer
  static void index() throws IOException {
    dir =
        TestIndexes.index(
            List.of(
                TestIndexes.article(
                    "iraq", "2020-06-12", "US troops will leave Iraq.", "Talks in Baghdad."),
                TestIndexes.article("berlin", "2021-02-01", "Angela Merkel met NATO in Berlin.")));
    searcher = NewsSearcher.open(dir);
  }

  @AfterContainer
  static void close() throws IOException {
    searcher.close();
    dir.close();
  }

  private static final List<String> TOKENS =
      List.of(
          "troops",
          "iraq",
          "Berlin",
          "AND",
          "OR",
          "NOT",
          "&&",
          "||",
          "!",
          "+",
          "-",
          "(",
          ")",
          "\"",
          "*",
          "?",
          "~",
          "~2",
          "~0.5",
          "^2",
          "^",
          "/",
          "/.*/",
          "/ab[",
          "[",
          "]",
          "{",
          "}",
          "TO",
          ":",
          "\\",
          "text:",
          "title:",
          "date:",
          "person:",
          "location:",
          "colour:",
          "*:*",
          "date:[2020-01-01 TO 2020-12-31]",
          "date:2020-13-45",
          "2020-06-12",
          "\u00e9t\u00e9",
          "\u0000",
          " ",
          " ",
          " ");

  @Provide
  Arbitrary<String> queries() {
    Arbitrary<String> syntax =
        Arbitraries.of(TOKENS).list().ofMinSize(1).ofMaxSize(12).map(t -> String.join("", t));
    Arbitrary<String> spaced =
        Arbitraries.of(TOKENS).list().ofMinSize(1).ofMaxSize(12).map(t -> String.join(" ", t));
    Arbitrary<String> text = Arbitraries.strings().ofMinLength(1).ofMaxLength(80);
    return Arbitraries.oneOf(syntax, spaced, text);
  }

  @Property(tries = 500)
  void anyQueryGivesResultsOrAnIllegalArgumentWithAMessage(@ForAll("queries") String query)
      throws IOException {
    try {
      SearchResults r = searcher.search(SearchRequest.builder(query).facets(true).build());
      assertTrue(r.total() >= 0 && r.total() <= 2, query + ": " + r.total());
    } catch (IllegalArgumentException e) {
      assertTrue(e.getMessage() != null && !e.getMessage().isBlank(), "a message for " + query);
    }
  }

  @Property(tries = 300)
  void anyNonBlankStringInPlainWordsModeGivesResults(@ForAll("queries") String query)
      throws IOException {
    if (Article.withoutControlCharacters(query).isBlank()) {
      return; // spaces and control characters only: refused as an empty query
    }
    SearchResults r =
        searcher.search(SearchRequest.builder(query).syntax(SearchRequest.Syntax.SIMPLE).build());
    assertTrue(r.total() <= 2);
  }
}
