package org.dateline.indexer;

import java.io.IOException;
import org.apache.lucene.store.LockObtainFailedException;

/** Another process (or another indexer in this one) holds the index's write lock. */
public class IndexLockedException extends IOException {

  private static final long serialVersionUID = 1L;

  public IndexLockedException(String index) {
    super(
        "index is being written by another process ("
            + index
            + "); wait for it to finish, then try again");
  }

  private IndexLockedException(String message, LockObtainFailedException cause) {
    super(message, cause);
  }

  /**
   * The index's lock is held: by another process, or by another indexer in this one (Lucene says
   * which in {@code e}).
   */
  public static IndexLockedException of(String index, LockObtainFailedException e) {
    String lucene = e.getMessage() == null ? "" : e.getMessage();
    // a lock on disk says when this JVM holds it; a single-instance lock (an in-memory
    // directory's) can only be held in this process
    boolean here =
        lucene.contains("this virtual machine")
            || lucene.startsWith("lock instance already obtained");
    if (!here) {
      IndexLockedException locked = new IndexLockedException(index);
      locked.initCause(e);
      return locked;
    }
    // waiting would not help: the other indexer is this program's own, open until it is closed
    return new IndexLockedException(
        "index is being written by another ArticleIndexer in this process ("
            + index
            + "); close that one before opening another",
        e);
  }
}
