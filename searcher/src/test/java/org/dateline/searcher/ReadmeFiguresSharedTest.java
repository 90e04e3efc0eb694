package org.dateline.searcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dateline.indexer.ArticleIndexer;
import org.dateline.indexer.IndexerOptions;
import org.dateline.indexer.IndexingJob;
import org.dateline.indexer.article.ArticleFormats;
import org.dateline.indexer.testing.RequiresShared;
import org.dateline.indexer.testing.SharedCorpora;
import org.dateline.searcher.ranking.Feedback;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's figures on Reuters-21578 (shared/corpora/reuters21578) are what the searcher
 * answers. Skipped when ../shared is absent.
 */
@RequiresShared("corpora/reuters21578")
@Tag("shared-corpora")
class ReadmeFiguresSharedTest {

  @TempDir Path tmp;

  @Test
  void cocoaFindsTheArticlesTheReadmeSaysWithAndWithoutFeedback() throws Exception {
    String readme = Files.readString(Paths.get("..", "README.md"), StandardCharsets.UTF_8);
    Matcher figures =
        Pattern.compile(
                "`cocoa` finds ([\\d,]+) articles of Reuters-21578; with `--feedback`, some ([\\d,]+)")
            .matcher(readme.replaceAll("\\s+", " "));
    assertTrue(figures.find(), "the README gives cocoa's figures");
    Path index = tmp.resolve("reuters");
    // the counts do not depend on entities: the query and feedback terms are the text's
    try (ArticleIndexer indexer = ArticleIndexer.open(index, IndexerOptions.defaults(null))) {
      new IndexingJob(indexer, 2, 0, null)
          .run(
              List.of(SharedCorpora.require("corpora/reuters21578")),
              ArticleFormats.forName("reuters"),
              false);
    }
    try (NewsSearcher searcher = NewsSearcher.open(index)) {
      assertEquals(
          figures.group(1),
          String.format(
              Locale.ROOT,
              "%,d",
              searcher.search(SearchRequest.builder("cocoa").limit(0).build()).total()));
      long expanded =
          searcher
              .search(SearchRequest.builder("cocoa").limit(0).feedback(Feedback.RM3).build())
              .total();
      // "some 9,000": the figure the README rounds
      long said = Long.parseLong(figures.group(2).replace(",", ""));
      assertTrue(Math.abs(expanded - said) < said / 10, expanded + " articles with feedback");
    }
  }
}
