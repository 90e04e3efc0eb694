package org.dateline.searcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.store.Directory;
import org.dateline.indexer.schema.IncompatibleIndexException;
import org.dateline.indexer.testing.TestIndexes;
import org.junit.jupiter.api.Test;

/** The searcher reads only indexes of the layout this version writes. */
class IncompatibleIndexTest {

  @Test
  void anIndexOfAnotherLayoutIsRefusedOnOpen() throws IOException {
    try (Directory dir = indexOfOneArticle()) {
      TestIndexes.recordLayout(dir, "0");

      IncompatibleIndexException e =
          assertThrows(IncompatibleIndexException.class, () -> NewsSearcher.open(dir));

      assertEquals("0", e.found());
    }
  }

  @Test
  void aRefreshOntoAnotherLayoutFailsAndSearchesKeepThePreviousView() throws IOException {
    try (Directory dir = indexOfOneArticle();
        NewsSearcher searcher = NewsSearcher.open(dir)) {
      assertEquals(1, searcher.search(SearchRequest.builder("troops").build()).total());

      TestIndexes.recordLayout(dir, "2"); // as a later version would commit it

      IncompatibleIndexException e =
          assertThrows(IncompatibleIndexException.class, searcher::refresh);
      assertEquals("2", e.found());
      assertEquals(1, searcher.search(SearchRequest.builder("troops").build()).total());
    }
  }

  private static Directory indexOfOneArticle() throws IOException {
    return TestIndexes.index(
        List.of(TestIndexes.article("a", "2020-06-12", "US troops will leave Iraq.")));
  }
}
