package org.dateline.indexer.cli;

import java.io.PrintWriter;
import org.dateline.indexer.IndexingJob;

/**
 * A one-line progress bar on stderr (files, articles/s, ETA), redrawn at most five times a second.
 * Silent when stderr is not a terminal, so logs and pipes get only the summary.
 */
final class Progress implements IndexingJob.Listener, AutoCloseable {

  private final PrintWriter err;
  private final boolean enabled;
  private final long start = System.nanoTime();
  private long lastDraw;
  private boolean drawn;

  private Progress(PrintWriter err, boolean enabled) {
    this.err = err;
    this.enabled = enabled;
  }

  /** A progress bar that draws only when stderr is a terminal. */
  static Progress onTerminal(PrintWriter err) {
    return new Progress(err, stderrIsTerminal());
  }

  /**
   * Whether stderr is a terminal. Java cannot tell ({@link System#console()} is about stdin and
   * stdout: with {@code 2>log} it is still there, with {@code >out} it is gone), so the launcher
   * tests it ({@code [ -t 2 ]}) and says so in {@code -Ddateline.stderr.tty}; without the launcher,
   * the console is the best guess.
   */
  static boolean stderrIsTerminal() {
    String told = System.getProperty("dateline.stderr.tty");
    return told != null ? Boolean.parseBoolean(told) : System.console() != null;
  }

  @Override
  public synchronized void articleDone(long articles, long files, long totalFiles) {
    if (!enabled) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastDraw < 200_000_000L) {
      return;
    }
    lastDraw = now;
    double seconds = (now - start) / 1e9;
    double rate = articles / Math.max(seconds, 1e-3);
    String eta = "";
    if (totalFiles > 0 && files > 0) {
      double left = seconds * (totalFiles - files) / files;
      eta = String.format(" ETA %dm%02ds", (long) left / 60, (long) left % 60);
    }
    int width = 30;
    int filled = totalFiles == 0 ? 0 : (int) (width * files / totalFiles);
    err.printf(
        "\r[%s%s] %,d/%,d files  %,d articles  %,.0f articles/s%s   ",
        "#".repeat(filled), " ".repeat(width - filled), files, totalFiles, articles, rate, eta);
    err.flush();
    drawn = true;
  }

  @Override
  public synchronized void close() {
    if (drawn) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
