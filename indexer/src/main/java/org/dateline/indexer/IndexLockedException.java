package org.dateline.indexer;

import java.io.IOException;
import org.apache.lucene.store.LockObtainFailedException;

/** Another process (or another indexer in this one) holds the index's write lock. */
public class IndexLockedException extends IOException {

  private static final long serialVersionUID = 1L;

  public IndexLockedException(String index) {
    this(index, "another process");
  }

  private IndexLockedException(String index, String writer) {
    super(
        "index is being written by "
            + writer
            + " ("
            + index
            + "); wait for it to finish, then try again");
  }

  /**
   * The index's lock is held: by another process, or by another indexer in this one (Lucene says
   * which in {@code e}).
   */
  public static IndexLockedException of(String index, LockObtainFailedException e) {
    boolean here = e.getMessage() != null && e.getMessage().contains("this virtual machine");
    IndexLockedException locked =
        new IndexLockedException(
            index, here ? "another ArticleIndexer in this process" : "another process");
    locked.initCause(e);
    return locked;
  }
}
