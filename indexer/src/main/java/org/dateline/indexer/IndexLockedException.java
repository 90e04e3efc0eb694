package org.dateline.indexer;

import java.io.IOException;

/** Another process (or another indexer in this one) holds the index's write lock. */
public class IndexLockedException extends IOException {

  private static final long serialVersionUID = 1L;

  public IndexLockedException(String index) {
    super(
        "index is being written by another process ("
            + index
            + "); wait for it to finish, then try again");
  }
}
