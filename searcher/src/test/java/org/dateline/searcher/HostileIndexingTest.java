package org.dateline.searcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.indexer.ArticleIndexer;
import org.dateline.indexer.IndexerOptions;
import org.dateline.indexer.IndexingJob;
import org.dateline.indexer.cli.Extractors;
import org.dateline.searcher.highlight.ParagraphHighlighter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile articles through the whole path, reader to search, with the real entity recognizer: each
 * is indexed and found, or rejected with a reason, and the job goes on.
 */
class HostileIndexingTest {

  @TempDir Path tmp;

  private IndexingJob.Summary index(Path index, String jsonl) throws Exception {
    Path file = Files.writeString(tmp.resolve("input.jsonl"), jsonl);
    try (ArticleIndexer indexer =
        ArticleIndexer.open(index, IndexerOptions.defaults(Extractors.standard()))) {
      return new IndexingJob(indexer, 2, 0, null).run(List.of(file), null, false);
    }
  }

  private static long total(NewsSearcher s, String query) throws IOException {
    return s.search(SearchRequest.builder(query).build()).total();
  }

  @Test
  void aParagraphOfOne200000CharacterWordIsIndexedAndFound() throws Exception {
    String word = "w".repeat(200_000);
    String capital = "W" + "w".repeat(199_999);
    Path index = tmp.resolve("index");
    IndexingJob.Summary s =
        index(
            index,
            "{\"id\":\"word\",\"paragraphs\":[\"needle "
                + word
                + " haystack\"]}\n"
                + "{\"id\":\"capital\",\"paragraphs\":[\"Mr "
                + capital
                + " spoke.\"]}\n");
    assertEquals(List.of(), s.rejections());
    assertEquals(2, s.articlesInIndex());
    try (NewsSearcher searcher = NewsSearcher.open(index)) {
      SearchResults r = searcher.search(SearchRequest.builder("needle").build());
      assertEquals(1, r.total());
      assertTrue(r.hits().get(0).paragraphs().get(0).highlighted().contains("<em>needle</em>"));
      // the analyzer cuts runs of letters into terms of at most 255 characters
      assertEquals(2, total(searcher, "w".repeat(255)));
    }
  }

  @Test
  void aParagraphLongerThanTheHighlightLimitIsShownWholeAndItsStartHighlightedWithAMark()
      throws Exception {
    int limit = ParagraphHighlighter.MAX_HIGHLIGHT_CHARS;
    // an emoji (two chars) across the limit, and a second "needle" past it
    String head = "needle " + "word ".repeat((limit - 8) / 5);
    head += "x".repeat(limit - 1 - head.length());
    String paragraph = head + "\uD83D\uDE00 more words and a second needle";
    Path index = tmp.resolve("index");
    IndexingJob.Summary s =
        index(index, "{\"id\":\"long\",\"paragraphs\":[\"" + paragraph + "\"]}\n");
    assertEquals(List.of(), s.rejections());
    try (NewsSearcher searcher = NewsSearcher.open(index)) {
      ParagraphHit p =
          searcher
              .search(SearchRequest.builder("needle").build())
              .hits()
              .get(0)
              .paragraphs()
              .get(0);
      assertEquals(paragraph, p.text());
      String marked = "<em>needle</em>" + head.substring("needle".length());
      assertEquals(marked + ParagraphHighlighter.CUT_MARK, p.highlighted());
    }
  }

  @Test
  void aRunOfTwentyThousandCapitalizedWordsIsIndexedWithoutAnImmenseEntity() throws Exception {
    String names = "Alpha Beta ".repeat(20_000).strip();
    Path index = tmp.resolve("index");
    IndexingJob.Summary s =
        index(
            index,
            "{\"id\":\"names\",\"date\":\"2020-01-01\",\"paragraphs\":[\"" + names + "\"]}\n");
    assertEquals(List.of(), s.rejections());
    try (NewsSearcher searcher = NewsSearcher.open(index)) {
      assertEquals(1, total(searcher, "alpha"));
    }
  }

  @Test
  void anIdOfAHundredThousandCharactersIsRejectedAndTheNextArticleIndexed() throws Exception {
    Path index = tmp.resolve("index");
    IndexingJob.Summary s =
        index(
            index,
            "{\"id\":\""
                + "i".repeat(100_000)
                + "\",\"body\":\"Long id.\"}\n"
                + "{\"id\":\"ok\",\"body\":\"Short id.\"}\n");
    assertEquals(1, s.articlesInIndex());
    assertEquals(1, s.rejections().size());
    assertTrue(
        s.rejections().get(0).reason().contains("ids are at most 512"), s.rejections().toString());
  }
}
