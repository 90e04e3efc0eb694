package org.dateline.indexer.schema;

import java.io.IOException;

/**
 * The index was written with another layout than this version of Dateline reads and writes ({@link
 * NewsSchema#VERSION}): by an earlier version, before layouts were versioned, or by a later one.
 * The indexer refuses it before a writer opens it, the searcher before it reads an article; it has
 * to be rebuilt from its sources.
 */
public class IncompatibleIndexException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String found;
  private final int expected;

  /**
   * @param index names the index (its folder)
   * @param found what the index recorded as its layout version, or {@code null} when it recorded
   *     none
   * @param expected the layout version this Dateline reads and writes
   */
  public IncompatibleIndexException(String index, String found, int expected) {
    super(message(index, found, expected));
    this.found = found;
    this.expected = expected;
  }

  private static String message(String index, String found, int expected) {
    String which;
    if (found == null) {
      which = "was written by an earlier version of Dateline, before index layouts were numbered";
    } else if (isNewer(found, expected)) {
      which = "has index layout " + found + ", written by a later version of Dateline";
    } else {
      which = "has index layout " + found + ", written by an earlier version of Dateline";
    }
    return "the index in "
        + index
        + " "
        + which
        + "; this version reads and writes layout "
        + expected
        + " only: rebuild the index from its sources";
  }

  private static boolean isNewer(String found, int expected) {
    try {
      return Integer.parseInt(found.trim()) > expected;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** The layout version the index recorded, or {@code null} when it recorded none. */
  public String found() {
    return found;
  }

  /** The layout version this Dateline reads and writes. */
  public int expected() {
    return expected;
  }
}
