package org.dateline.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dateline.indexer.cli.IndexLocation;
import org.dateline.indexer.entity.EntityExtractor;
import org.dateline.indexer.testing.TestIndexes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FreshIndexTest {

  @TempDir Path tmp;
  Path seeds;
  Path index;

  @BeforeEach
  void writeSeeds() throws IOException {
    seeds = Files.createDirectories(tmp.resolve("seeds"));
    for (int i = 0; i < 20; i++) {
      Files.writeString(seeds.resolve("a" + i + ".txt"), "date 2020-01-01 Article " + i + ".");
    }
    index = tmp.resolve("index-data");
  }

  private static final EntityExtractor NONE = paragraphs -> List.of(List.of());

  /** The folders beside the index: a staging folder must not outlive a build. */
  private List<String> folders() throws IOException {
    try (Stream<Path> all = Files.list(tmp)) {
      return all.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private long articlesIn(Path dir) throws IOException {
    try (ArticleIndexer indexer = ArticleIndexer.open(dir, IndexerOptions.defaults(NONE))) {
      return indexer.articleIds().size();
    }
  }

  @Test
  void buildsTheIndexAndLeavesNoStagingFolder() throws IOException {
    IndexingJob.Summary s =
        FreshIndex.build(List.of(seeds), index, IndexerOptions.defaults(NONE), 2);
    assertEquals(20, s.articlesInIndex());
    assertEquals(List.of("index-data", "seeds"), folders());
    assertEquals(20, articlesIn(index));
  }

  @Test
  void refusesAFolderHoldingFilesLuceneWouldDeleteBeforeBuilding() throws IOException {
    Files.createDirectories(index);
    Files.writeString(index.resolve("_notes.txt"), "mine");
    assertThrows(
        java.nio.file.FileSystemException.class,
        () -> FreshIndex.build(List.of(seeds), index, IndexerOptions.defaults(NONE), 1));
    assertEquals(
        List.of("_notes.txt"), Files.list(index).map(f -> f.getFileName().toString()).toList());
    assertEquals(List.of("index-data", "seeds"), folders());
  }

  @Test
  void aFailedBuildLeavesNoIndexSoTheNextOneStartsAgain() throws IOException {
    EntityExtractor failing =
        paragraphs -> {
          if (paragraphs.get(0).contains("Article 13.")) {
            throw new IllegalStateException("the model broke");
          }
          return List.of(List.of());
        };
    assertThrows(
        IllegalStateException.class,
        () -> FreshIndex.build(List.of(seeds), index, IndexerOptions.defaults(failing), 2));
    assertFalse(IndexLocation.hasIndex(index), "a failed build committed an index");
    assertEquals(List.of("index-data", "seeds"), folders());

    FreshIndex.build(List.of(seeds), index, IndexerOptions.defaults(NONE), 2);
    assertEquals(20, articlesIn(index));
  }

  @Test
  void replacesFilesLeftByABuildKilledBeforeItsCommitMovedIn() throws IOException {
    FreshIndex.build(List.of(seeds), index, IndexerOptions.defaults(NONE), 1);
    // as if killed after moving every file but the commit: files no commit refers to
    try (Stream<Path> files = Files.list(index)) {
      for (Path f : files.toList()) {
        if (f.getFileName().toString().startsWith("segments")) {
          Files.delete(f);
        } else if (!f.getFileName().toString().equals("write.lock")) {
          Files.writeString(f, "garbage");
        }
      }
    }
    assertFalse(IndexLocation.hasIndex(index));
    FreshIndex.build(List.of(seeds), index, IndexerOptions.defaults(NONE), 1);
    assertEquals(20, articlesIn(index));
  }

  @Test
  void keepsAnIndexAnotherProcessBuiltFirst() throws IOException {
    try (ArticleIndexer other = ArticleIndexer.open(index, IndexerOptions.defaults(NONE))) {
      other.index(TestIndexes.article("theirs", "2020-01-01", "Built elsewhere."));
    }
    assertNull(FreshIndex.build(List.of(seeds), index, IndexerOptions.defaults(NONE), 2));
    try (ArticleIndexer indexer = ArticleIndexer.open(index, IndexerOptions.defaults(NONE))) {
      assertEquals(java.util.Set.of("theirs"), indexer.articleIds());
    }
    assertTrue(Files.isDirectory(seeds));
    assertEquals(List.of("index-data", "seeds"), folders());
  }

  @Test
  void deletesTheStagingFolderOfAKilledBuildButNotOfOneInProgress() throws IOException {
    Path killed = Files.createDirectories(tmp.resolve("index-data.building-1"));
    Files.writeString(killed.resolve("_0.cfs"), "half written");
    Path running = Files.createDirectories(tmp.resolve("index-data.building-2"));
    try (org.apache.lucene.store.FSDirectory dir =
            org.apache.lucene.store.FSDirectory.open(running);
        org.apache.lucene.store.Lock held = dir.obtainLock("building.lock")) {
      FreshIndex.build(List.of(seeds), index, IndexerOptions.defaults(NONE), 1);
      assertEquals(List.of("index-data", "index-data.building-2", "seeds"), folders());
    }
    assertEquals(20, articlesIn(index));
  }

  @Test
  void stagesBesideTheFolderAPathWithDotsNames() throws IOException {
    Path odd = tmp.resolve("a").resolve("..").resolve("index-data").resolve(".");
    FreshIndex.build(List.of(seeds), odd, IndexerOptions.defaults(NONE), 1);
    assertEquals(List.of("index-data", "seeds"), folders()); // not inside it
    assertEquals(20, articlesIn(index));
  }
}
