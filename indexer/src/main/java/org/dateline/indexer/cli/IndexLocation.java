package org.dateline.indexer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Where the commands find the default index and the seed articles: under the folder named by the
 * {@code dateline.home} system property (set by the {@code ./dateline} launcher), else the current
 * folder.
 */
public final class IndexLocation {

  private IndexLocation() {}

  /** The project folder: {@code dateline.home}, or the current folder. */
  public static Path home() {
    String home = System.getProperty("dateline.home");
    return home == null ? Paths.get("") : Paths.get(home);
  }

  /** {@code index-data} under {@link #home()}. */
  public static Path defaultIndex() {
    return home().resolve("index-data");
  }

  /** {@code seeds} under {@link #home()}. */
  public static Path seeds() {
    return home().resolve("seeds");
  }

  /**
   * Whether another process holds the index writer's lock on a folder: an {@code index} run is
   * writing there, and a new index has no commit until its first.
   */
  public static boolean isBeingWritten(Path dir) throws IOException {
    if (!Files.exists(dir.resolve(IndexWriter.WRITE_LOCK_NAME))) {
      return false;
    }
    try (FSDirectory d = FSDirectory.open(dir);
        Lock lock = d.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      return false; // a lock left by a run that died: nobody writes
    } catch (LockObtainFailedException e) {
      return true;
    }
  }

  /** Whether {@code dir} is a folder holding a Lucene index (a commit to open). */
  public static boolean hasIndex(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (FSDirectory d = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(d);
    }
  }
}
