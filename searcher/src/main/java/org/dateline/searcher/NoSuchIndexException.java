package org.dateline.searcher;

import java.io.IOException;

/** There is no Dateline index where one was expected. */
public class NoSuchIndexException extends IOException {

  private static final long serialVersionUID = 1L;

  /** No index in the folder {@code where}: the message says how to create one. */
  public NoSuchIndexException(String where) {
    super("no index in " + where + "; create one with: dateline index --index " + where + " FILES");
  }

  /** No index, for the reason given ("X is a file, not an index folder"). */
  private NoSuchIndexException(String message, boolean asIs) {
    super(message);
  }

  /** No index where a file stands: {@code path} is no folder. */
  public static NoSuchIndexException aFile(java.nio.file.Path path) {
    return new NoSuchIndexException(
        path + " is a file, not an index folder; give --index the folder of an index", true);
  }
}
