package org.dateline.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.indexer.testing.RequiresShared;
import org.dateline.indexer.testing.SharedCorpora;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Re-indexing two Reuters-21578 files from {@code ../shared}; skipped visibly without it. */
@RequiresShared("corpora/reuters21578")
@Tag("shared-corpora")
class SharedReutersReindexTest {

  @TempDir Path tmp;

  private IndexingJob.Summary run(Path index, Path src, boolean prune)
      throws IOException, InterruptedException {
    try (ArticleIndexer indexer = ArticleIndexer.open(index, IndexerOptions.defaults(null))) {
      return new IndexingJob(indexer, 2, 0, null).run(List.of(src), null, prune);
    }
  }

  @Test
  void theRunAfterAPruneFindsNothingToCommit() throws Exception {
    Path reuters = SharedCorpora.require("corpora/reuters21578");
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.copy(reuters.resolve("reut2-000.sgm"), src.resolve("reut2-000.sgm"));
    Files.copy(reuters.resolve("reut2-001.sgm"), src.resolve("reut2-001.sgm"));
    Path index = tmp.resolve("index");
    assertEquals(1_875, run(index, src, false).articlesInIndex());
    Files.delete(src.resolve("reut2-001.sgm"));
    IndexingJob.Summary pruned = run(index, src, true);
    assertEquals(935, pruned.pruned());

    try (ArticleIndexer indexer = ArticleIndexer.open(index, IndexerOptions.defaults(null))) {
      // opening left the segments, each about half deleted, as they were
      assertFalse(indexer.hasUncommittedChanges());
      IndexingJob.Summary again =
          new IndexingJob(indexer, 2, 0, null).run(List.of(src), null, false);
      assertEquals(940, again.unchanged());
      assertEquals(0, again.commits());
    }
  }
}
