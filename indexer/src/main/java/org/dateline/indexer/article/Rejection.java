package org.dateline.indexer.article;

import java.util.Objects;

/**
 * Why one input (a file, or one record inside a file) was not indexed.
 *
 * @param source the file, as given or found
 * @param line the 1-based line the problem starts on, or 0 when it concerns the whole file
 * @param reason what is wrong, in words a user can act on
 */
public record Rejection(String source, int line, String reason) {

  public Rejection {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
  }

  /** {@code file: reason} or {@code file:line: reason}, the way compilers report. */
  @Override
  public String toString() {
    return line > 0 ? source + ":" + line + ": " + reason : source + ": " + reason;
  }
}
