package org.dateline.searcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.dateline.indexer.ArticleIndexer;
import org.dateline.indexer.IndexerOptions;
import org.dateline.indexer.testing.TestIndexes;
import org.junit.jupiter.api.Test;

/**
 * Cursors while the index changes: relevance scores move with the index's word statistics, so a
 * ranking by relevance pages on in the view of the index its first page was ranked in; a ranking by
 * date pages on in the current view.
 */
class PagingAcrossChangesTest {

  private static void write(ArticleIndexer indexer, int from, int to, String text)
      throws IOException {
    for (int i = from; i < to; i++) {
      // lengths differ, so that the scores differ and the added articles move every score
      indexer.index(
          TestIndexes.article(
              "a" + i, "2020-01-" + (10 + i % 20), text + " filler".repeat(i % 13) + "."));
    }
  }

  private static List<String> ids(SearchResults r) {
    return r.hits().stream().map(ArticleHit::id).toList();
  }

  @Test
  void aRelevanceCursorWhoseViewIsGoneIsToldApartFromAMalformedOne() throws IOException {
    try (Directory dir = new ByteBuffersDirectory();
        ArticleIndexer indexer = ArticleIndexer.open(dir, IndexerOptions.defaults(null))) {
      write(indexer, 0, 30, "Market news");
      indexer.commit();
      String cursor;
      try (NewsSearcher first = NewsSearcher.open(dir)) {
        cursor = first.search(SearchRequest.builder("market").limit(5).build()).nextCursor();
      }
      write(indexer, 30, 40, "Other news");
      indexer.commit();
      try (NewsSearcher later = NewsSearcher.open(dir)) {
        ExpiredCursorException expired =
            assertThrows(
                ExpiredCursorException.class,
                () ->
                    later.search(SearchRequest.builder("market").limit(5).cursor(cursor).build()));
        assertTrue(expired.getMessage().contains("search again without the cursor"));
        IllegalArgumentException malformed =
            assertThrows(
                IllegalArgumentException.class,
                () ->
                    later.search(
                        SearchRequest.builder("market").limit(5).cursor("garbage!!").build()));
        assertFalse(malformed instanceof ExpiredCursorException, malformed.getMessage());
      }
    }
  }

  @Test
  void aRelevanceCursorPagesOnInTheViewItsFirstPageWasRankedIn() throws IOException {
    try (Directory dir = new ByteBuffersDirectory();
        ArticleIndexer indexer = ArticleIndexer.open(dir, IndexerOptions.defaults(null))) {
      write(indexer, 0, 300, "Market news");
      indexer.commit();
      try (NewsSearcher searcher = NewsSearcher.open(dir)) {
        List<String> whole =
            ids(searcher.search(SearchRequest.builder("market").limit(300).build()));
        assertEquals(300, whole.size());

        List<String> paged = new ArrayList<>();
        SearchResults page = searcher.search(SearchRequest.builder("market").limit(20).build());
        paged.addAll(ids(page));
        // 50 articles without the word change every score of the ranking
        write(indexer, 300, 350, "Other news");
        indexer.commit();
        assertTrue(searcher.refresh());
        while (page.nextCursor() != null) {
          page =
              searcher.search(
                  SearchRequest.builder("market").limit(40).cursor(page.nextCursor()).build());
          paged.addAll(ids(page));
        }
        assertEquals(whole, paged);
      }
    }
  }

  @Test
  void aRelevanceCursorOfAViewNoLongerKeptIsRefusedButADateCursorGoesOn() throws IOException {
    try (Directory dir = new ByteBuffersDirectory();
        ArticleIndexer indexer = ArticleIndexer.open(dir, IndexerOptions.defaults(null))) {
      write(indexer, 0, 30, "Market news");
      indexer.commit();
      String byRelevance;
      String byDate;
      // another process, as the command line pages: the view is not kept
      try (NewsSearcher first = NewsSearcher.open(dir)) {
        byRelevance = first.search(SearchRequest.builder("market").limit(5).build()).nextCursor();
        byDate =
            first
                .search(
                    SearchRequest.builder("market").sort(SearchRequest.Sort.DATE).limit(5).build())
                .nextCursor();
      }
      assertNotNull(byRelevance);
      try (NewsSearcher unchanged = NewsSearcher.open(dir)) {
        assertEquals(
            5,
            unchanged
                .search(SearchRequest.builder("market").limit(5).cursor(byRelevance).build())
                .start());
      }
      write(indexer, 30, 40, "Other news");
      indexer.commit();
      try (NewsSearcher later = NewsSearcher.open(dir)) {
        IllegalArgumentException e =
            assertThrows(
                IllegalArgumentException.class,
                () ->
                    later.search(
                        SearchRequest.builder("market").limit(5).cursor(byRelevance).build()));
        assertTrue(e.getMessage().contains("search again without the cursor"), e.getMessage());
        SearchResults next =
            later.search(
                SearchRequest.builder("market")
                    .sort(SearchRequest.Sort.DATE)
                    .limit(5)
                    .cursor(byDate)
                    .build());
        assertEquals(5, next.hits().size());
      }
    }
  }

  @Test
  void onlyTheViewsLastPagedAreKept() throws IOException {
    try (Directory dir = new ByteBuffersDirectory();
        ArticleIndexer indexer = ArticleIndexer.open(dir, IndexerOptions.defaults(null))) {
      write(indexer, 0, 30, "Market news");
      indexer.commit();
      try (NewsSearcher searcher = NewsSearcher.open(dir)) {
        List<String> cursors = new ArrayList<>();
        for (int view = 0; view < 10; view++) {
          cursors.add(
              searcher.search(SearchRequest.builder("market").limit(5).build()).nextCursor());
          write(indexer, 30 + view, 31 + view, "Other news");
          indexer.commit();
          searcher.refresh();
        }
        // the eight last views page on; the two first were let go
        for (int view = 2; view < 10; view++) {
          SearchRequest next =
              SearchRequest.builder("market").limit(5).cursor(cursors.get(view)).build();
          assertEquals(5, searcher.search(next).start(), "view " + view);
        }
        assertThrows(
            IllegalArgumentException.class,
            () ->
                searcher.search(
                    SearchRequest.builder("market").limit(5).cursor(cursors.get(0)).build()));
      }
    }
  }
}
