package org.dateline.searcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.store.Directory;
import org.dateline.indexer.testing.TestIndexes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** News spells names with and without their accents; a search finds both. */
class AccentFoldingTest {

  static Directory dir;
  static NewsSearcher searcher;

  @BeforeAll
  static void index() throws IOException {
    dir =
        TestIndexes.index(
            List.of(
                TestIndexes.article("m1", "2020-01-01", "Banks in Zürich opened a café."),
                TestIndexes.article("m2", "2020-01-02", "Banks in Zurich opened a cafe."),
                TestIndexes.article("m3", "2020-01-03", "José Müller met Pelé.")));
    searcher = NewsSearcher.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    searcher.close();
    dir.close();
  }

  private static Set<String> ids(String query) throws IOException {
    return searcher.search(SearchRequest.builder(query).build()).hits().stream()
        .map(ArticleHit::id)
        .collect(Collectors.toSet());
  }

  @Test
  void findsAWordWithAndWithoutItsAccents() throws IOException {
    assertEquals(Set.of("m1", "m2"), ids("zurich"));
    assertEquals(Set.of("m1", "m2"), ids("Zürich"));
    assertEquals(Set.of("m1", "m2"), ids("\"opened a cafe\""));
    assertEquals(Set.of("m3"), ids("\"jose muller\""));
    assertEquals(Set.of("m3"), ids("pele"));
  }

  @Test
  void marksTheAccentedWordsAQueryWithoutAccentsFinds() throws IOException {
    ArticleHit hit =
        searcher.search(SearchRequest.builder("zurich cafe").build()).hits().stream()
            .filter(h -> h.id().equals("m1"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "Banks in <em>Zürich</em> opened a <em>café</em>.", hit.paragraphs().get(0).highlighted());
  }
}
