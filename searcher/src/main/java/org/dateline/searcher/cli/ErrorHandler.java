package org.dateline.searcher.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.dateline.indexer.cli.ExitCodes;
import org.dateline.indexer.schema.IncompatibleIndexException;
import org.dateline.searcher.NoSuchIndexException;
import org.dateline.searcher.eval.IncompleteRankingException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception from a command into one line on stderr and an exit code: bad arguments,
 * queries and input files (an {@link IllegalArgumentException}) exit 2, everything else 1 (a
 * ranking that ran out of time, an {@link IncompleteRankingException}, with its message). The stack
 * trace is printed only with {@code --verbose}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
    return report(e, cl, parsed);
  }

  /**
   * Reports an error (not an exception) that escaped {@code execute}: picocli hands exceptions to
   * this handler, but lets errors such as {@link OutOfMemoryError} through.
   */
  static int reportError(Error e, CommandLine root) {
    ParseResult parsed = root.getParseResult();
    ParseResult last = parsed;
    while (last != null && last.subcommand() != null) {
      last = last.subcommand();
    }
    CommandLine cl = last == null ? root : last.commandSpec().commandLine();
    return new ErrorHandler().report(e, cl, parsed);
  }

  private int report(Throwable e, CommandLine cl, ParseResult parsed) {
    PrintWriter err = cl.getErr();
    Throwable t = e;
    if (t instanceof ExceptionInInitializerError init && init.getCause() != null) {
      t = init.getCause(); // the model could not be loaded (out of memory, say)
    }
    if (t instanceof UncheckedIOException u) {
      t = u.getCause();
    }
    // "dateline search: ", "dateline bench index: " (not "dateline index: ")
    String prefix = cl.getCommandSpec().qualifiedName() + ": ";
    int code;
    if (t instanceof IllegalArgumentException) {
      err.println(prefix + t.getMessage());
      code = ExitCodes.USAGE;
    } else if (t instanceof IncompleteRankingException) {
      err.println(prefix + t.getMessage()); // a search out of time: nothing wrong with the usage
      code = ExitCodes.FAILED;
    } else if (t instanceof IOException) {
      err.println(prefix + describe((IOException) t));
      code = ExitCodes.FAILED;
    } else if (t instanceof OutOfMemoryError) {
      err.println(prefix + "out of memory; give the JVM more heap (-Xmx) or narrow the request");
      code = ExitCodes.FAILED;
    } else {
      err.println(prefix + "internal error: " + t + " (run with --verbose for details)");
      code = ExitCodes.FAILED;
    }
    if (verbose(parsed)) {
      t.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  /** An I/O failure in the command line's words: the index's ones with what to do about them. */
  static String describe(IOException e) {
    if (e instanceof NoSuchIndexException missing) {
      return Failures.describe(missing);
    }
    if (e instanceof IncompatibleIndexException other && other.isNotDateline()) {
      return e.getMessage();
    }
    if (e instanceof IncompatibleIndexException) {
      return e.getMessage() + " (dateline index --create [--index DIR] SOURCE...)";
    }
    if (e instanceof java.nio.file.AccessDeniedException a) {
      return "permission denied: "
          + a.getFile()
          + (a.getReason() == null ? "" : ": " + a.getReason());
    }
    if (e instanceof java.nio.file.NoSuchFileException n) {
      return "no such file or folder: " + n.getFile();
    }
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason() + ": " + f.getFile();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static boolean verbose(ParseResult parsed) {
    ParseResult root = parsed;
    while (root != null) {
      if (root.hasMatchedOption("--verbose")) {
        return true;
      }
      root = root.subcommand();
    }
    return false;
  }
}
