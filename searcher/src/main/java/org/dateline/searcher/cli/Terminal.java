package org.dateline.searcher.cli;

/** Whether output goes to a person at a terminal (then highlights are drawn in bold). */
final class Terminal {

  private Terminal() {}

  static boolean isInteractive() {
    return System.console() != null && System.getenv("NO_COLOR") == null;
  }
}
