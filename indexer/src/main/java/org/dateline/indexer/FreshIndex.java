package org.dateline.indexer;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Builds an index in a folder that holds none, all or nothing: the articles are indexed into a new
 * folder beside it, whose files are moved in once committed, the commit ({@code segments_N}) last.
 * A failure, or the process killed midway, leaves no index in the folder. Indexed in place, the
 * first commit (made as the index is created) would stay: an index that is there, and empty.
 *
 * <p>The moves happen under the folder's write lock, so that no indexer writes there meanwhile; if
 * another process built an index there first, that one is kept and this one discarded.
 */
public final class FreshIndex {

  private FreshIndex() {}

  /**
   * Indexes every article under {@code sources} into {@code index} unless it holds an index by the
   * time they are indexed.
   *
   * @param threads indexing threads
   * @return what was indexed, or {@code null} when another process built the index first
   * @throws IndexLockedException if an indexer is writing in {@code index}
   */
  public static IndexingJob.Summary build(
      List<Path> sources, Path index, IndexerOptions options, int threads) throws IOException {
    Path target = index.toAbsolutePath();
    Files.createDirectories(target);
    Path staging =
        Files.createTempDirectory(target.getParent(), target.getFileName() + ".building-");
    try {
      IndexingJob.Summary s;
      try (ArticleIndexer indexer = ArticleIndexer.open(staging, options)) {
        s = new IndexingJob(indexer, threads, 0, null).run(sources, null, false);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while indexing " + sources);
      }
      return moveIn(staging, target) ? s : null;
    } finally {
      deleteFolder(staging);
    }
  }

  /** Moves a closed index's files into a folder holding no index; false if it holds one now. */
  private static boolean moveIn(Path from, Path to) throws IOException {
    try (FSDirectory dir = FSDirectory.open(to);
        Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      if (DirectoryReader.indexExists(dir)) {
        return false;
      }
      List<Path> files;
      try (Stream<Path> listed = Files.list(from)) {
        files =
            listed
                .filter(f -> !f.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME))
                .sorted(Comparator.comparing(FreshIndex::isCommit))
                .toList();
      }
      for (Path f : files) {
        Path moved = to.resolve(f.getFileName());
        // a file left by an index that never committed (no commit names it) is no index's
        if (!isCommit(f) && Files.exists(moved)) {
          Files.delete(moved);
        }
        Files.move(f, moved); // never over an existing file
      }
      lock.ensureValid();
      return true;
    } catch (LockObtainFailedException e) {
      throw new IndexLockedException(to.toString());
    }
  }

  private static boolean isCommit(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith(IndexFileNames.SEGMENTS)
        || name.startsWith(IndexFileNames.PENDING_SEGMENTS);
  }

  private static void deleteFolder(Path folder) throws IOException {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
