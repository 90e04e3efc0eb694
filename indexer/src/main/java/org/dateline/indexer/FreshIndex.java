package org.dateline.indexer;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;

/**
 * Builds an index in a folder that holds none, all or nothing: the articles are indexed into a new
 * folder beside it, whose files are moved in once committed, the commit ({@code segments_N}) last.
 * A failure, or the process killed midway, leaves no index in the folder; so does indexing in
 * place, but searches would then see the index as it grows, and two builds would race for it.
 *
 * <p>The moves happen under the folder's write lock, so that no indexer writes there meanwhile; if
 * another process built an index there first, that one is kept and this one discarded. The files
 * are synced before the commit moves in (a move to another file system is a copy). A staging folder
 * that a killed build left behind is deleted by the next build.
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
    Path target = index.toAbsolutePath().normalize();
    Files.createDirectories(target);
    try (FSDirectory targetDir = FSDirectory.open(target)) {
      // refused now rather than after the build, when moving in would leave it among them
      LuceneFiles.requireNoForeignFiles(targetDir);
    }
    deleteAbandonedStaging(target);
    Path staging = Files.createTempDirectory(target.getParent(), stagingPrefix(target));
    try {
      // held until the files have moved in, so that no other build takes the folder for abandoned
      try (FSDirectory stagingDir = FSDirectory.open(staging);
          Lock building = stagingDir.obtainLock(BUILDING_LOCK)) {
        IndexingJob.Summary s;
        try (ArticleIndexer indexer = ArticleIndexer.open(staging, options)) {
          s = new IndexingJob(indexer, threads, 0, null).run(sources, null, false);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while indexing " + sources);
        }
        return moveIn(staging, target) ? s : null;
      }
    } finally {
      deleteFolder(staging);
    }
  }

  /** The lock a build holds on its staging folder. */
  private static final String BUILDING_LOCK = "building.lock";

  /** Moves a closed index's files into a folder holding no index; false if it holds one now. */
  private static boolean moveIn(Path from, Path to) throws IOException {
    try (FSDirectory dir = FSDirectory.open(to);
        Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      if (DirectoryReader.indexExists(dir)) {
        return false;
      }
      List<Path> files;
      try (Stream<Path> listed = Files.list(from)) {
        files = listed.filter(f -> !isLock(f)).toList();
      }
      List<Path> segments = files.stream().filter(f -> !isCommit(f)).toList();
      for (Path f : segments) {
        Path moved = to.resolve(f.getFileName());
        // a file left by an index that never committed (no commit names it) is no index's
        Files.deleteIfExists(moved);
        Files.move(f, moved);
      }
      // the files a commit names are durable before it is there to name them (a move to another
      // file system is a copy)
      for (Path f : segments) {
        IOUtils.fsync(to.resolve(f.getFileName()), false);
      }
      IOUtils.fsync(to, true);
      for (Path f : files) {
        if (isCommit(f)) {
          Files.move(f, to.resolve(f.getFileName())); // never over an existing file
        }
      }
      IOUtils.fsync(to, true);
      lock.ensureValid();
      return true;
    } catch (LockObtainFailedException e) {
      throw IndexLockedException.of(to.toString(), e);
    }
  }

  private static String stagingPrefix(Path target) {
    return target.getFileName() + ".building-";
  }

  /**
   * Deletes the staging folders of builds that were killed: those whose {@link #BUILDING_LOCK}
   * nobody holds.
   */
  private static void deleteAbandonedStaging(Path target) throws IOException {
    List<Path> staging;
    try (Stream<Path> siblings = Files.list(target.getParent())) {
      staging =
          siblings
              .filter(p -> p.getFileName().toString().startsWith(stagingPrefix(target)))
              .filter(Files::isDirectory)
              .toList();
    }
    for (Path folder : staging) {
      boolean abandoned;
      try (FSDirectory dir = FSDirectory.open(folder);
          Lock lock = dir.obtainLock(BUILDING_LOCK)) {
        abandoned = true;
      } catch (LockObtainFailedException e) {
        abandoned = false; // another process is building there
      }
      if (abandoned) {
        deleteFolder(folder);
      }
    }
  }

  private static boolean isLock(Path file) {
    String name = file.getFileName().toString();
    return name.equals(IndexWriter.WRITE_LOCK_NAME) || name.equals(BUILDING_LOCK);
  }

  private static boolean isCommit(Path file) {
    return LuceneFiles.isCommit(file.getFileName().toString());
  }

  /** Deletes a folder and what it holds; what another process deleted first is no error. */
  private static void deleteFolder(Path folder) throws IOException {
    List<Path> all;
    try (Stream<Path> walked = Files.walk(folder)) {
      all = walked.sorted(Comparator.reverseOrder()).toList();
    } catch (NoSuchFileException e) {
      return;
    }
    for (Path p : all) {
      Files.deleteIfExists(p);
    }
  }
}
