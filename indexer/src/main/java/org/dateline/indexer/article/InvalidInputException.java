package org.dateline.indexer.article;

import java.io.IOException;

/**
 * An input that cannot be read as an article: the message says what is wrong. Thrown by readers for
 * a whole file; turned into a {@link Rejection} by the caller.
 */
public class InvalidInputException extends IOException {

  private static final long serialVersionUID = 1L;

  private final int line;

  /**
   * @param line the 1-based line of the problem, or 0 when it concerns the whole input
   * @param reason what is wrong
   */
  public InvalidInputException(int line, String reason) {
    super(reason);
    this.line = line;
  }

  /** The 1-based line of the problem, or 0 when it concerns the whole input. */
  public int line() {
    return line;
  }
}
