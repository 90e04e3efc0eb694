package org.dateline.searcher;

import java.io.IOException;

/** There is no Dateline index where one was expected. */
public class NoSuchIndexException extends IOException {

  private static final long serialVersionUID = 1L;

  public NoSuchIndexException(String where) {
    super("no index in " + where + "; create one with: dateline index --index " + where + " FILES");
  }
}
