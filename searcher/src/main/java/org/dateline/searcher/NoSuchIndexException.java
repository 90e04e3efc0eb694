package org.dateline.searcher;

import java.io.IOException;

/**
 * There is no Dateline index where one was expected. The message says what was found; what to do
 * about it (the command that creates an index) is the caller's to say.
 */
public class NoSuchIndexException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String where;
  private final boolean file;

  /** No index in the folder {@code where}. */
  public NoSuchIndexException(String where) {
    this(where, false);
  }

  private NoSuchIndexException(String where, boolean file) {
    super(file ? where + " is a file, not an index folder" : "no index in " + where);
    this.where = where;
    this.file = file;
  }

  /** No index where a file stands: {@code path} is no folder. */
  public static NoSuchIndexException aFile(java.nio.file.Path path) {
    return new NoSuchIndexException(path.toString(), true);
  }

  /**
   * Where an index was expected: the folder (or file) as given, or the description of a {@code
   * Directory} that is not a folder on disk.
   */
  public String where() {
    return where;
  }

  /** Whether a file stands where the index folder was expected. */
  public boolean isFile() {
    return file;
  }
}
