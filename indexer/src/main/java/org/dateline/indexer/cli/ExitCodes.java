package org.dateline.indexer.cli;

/** Exit codes of every {@code dateline} command. */
public final class ExitCodes {

  /** Done. */
  public static final int OK = 0;

  /** Failed: an I/O error, a locked or damaged index; the message says which. */
  public static final int FAILED = 1;

  /** Bad usage: unknown option, bad value, bad query or input file for eval. */
  public static final int USAGE = 2;

  /** Done, but some inputs were rejected (listed on stderr with reasons). */
  public static final int REJECTED = 3;

  private ExitCodes() {}
}
