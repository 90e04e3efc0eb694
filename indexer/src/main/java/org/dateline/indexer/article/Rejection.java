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

  /**
   * {@code file: reason} or {@code file:line: reason}, the way compilers report, on one line: a
   * control character (a line break in a file's name) is written {@code ?}.
   */
  @Override
  public String toString() {
    String where = printable(source);
    return (line > 0 ? where + ":" + line + ": " : where + ": ") + printable(reason);
  }

  /** The text with each control character written {@code ?}, so that it prints on one line. */
  public static String printable(String text) {
    StringBuilder b = null;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isISOControl(text.charAt(i))) {
        if (b == null) {
          b = new StringBuilder(text);
        }
        b.setCharAt(i, '?');
      }
    }
    return b == null ? text : b.toString();
  }
}
