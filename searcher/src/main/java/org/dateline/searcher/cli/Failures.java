package org.dateline.searcher.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.dateline.indexer.article.Utf8Reader;
import org.dateline.searcher.NoSuchIndexException;
import org.dateline.searcher.eval.EvalFormatException;
import picocli.CommandLine;

/**
 * Turns the errors of reading inputs into one line on stderr and an exit code: 2 for a bad or
 * missing input file (the user can fix it), 1 for other I/O failures.
 */
final class Failures {

  /** Exit code for a bad input file, the same as picocli's for bad usage. */
  static final int BAD_INPUT = CommandLine.ExitCode.USAGE;

  /** Exit code for a failure that is not the input's fault. */
  static final int FAILED = CommandLine.ExitCode.SOFTWARE;

  private Failures() {}

  /** Whether {@code --verbose} (an option of the root command, inherited) was given. */
  static boolean verbose(CommandLine.Model.CommandSpec spec) {
    CommandLine.ParseResult r = spec.root().commandLine().getParseResult();
    for (; r != null; r = r.subcommand()) {
      if (r.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  static int badInput(PrintWriter err, String command, EvalFormatException e) {
    err.println("dateline " + command + ": " + e.getMessage());
    err.flush();
    return BAD_INPUT;
  }

  /** The library's message for a missing index, with what to do about it on the command line. */
  static String describe(NoSuchIndexException missing) {
    if (missing.isFile()) {
      return missing.getMessage() + "; give --index the folder of an index";
    }
    if (isBeingWritten(missing.where())) {
      return missing.getMessage()
          + " yet: an index run is writing its first commit there; search again when it has";
    }
    String aside = setAside(missing.where());
    if (aside != null) {
      return missing.getMessage()
          + " now: a run of 'dateline index --create' stopped before its first commit and left the"
          + " old index, which could not be read, in "
          + aside
          + "; run 'dateline index --create' on "
          + missing.where()
          + " again to build the new one (the next 'dateline index' puts the old one back)";
    }
    if (holdsFiles(missing.where())) {
      // most likely the folder of the articles: the hint must not write an index among them
      return missing.getMessage()
          + ", only other files; --index takes an index's folder (is "
          + missing.where()
          + " the articles?); create one with: dateline index --index NEW_FOLDER "
          + missing.where();
    }
    return missing.getMessage()
        + "; create one with: dateline index --index "
        + missing.where()
        + " FILES";
  }

  /** The sub-folder an interrupted {@code index --create} set the old index aside in, or null. */
  private static String setAside(String folder) {
    try {
      Path aside = org.dateline.indexer.ArticleIndexer.setAsideIndex(Path.of(folder));
      return aside == null ? null : aside.toString();
    } catch (IOException | InvalidPathException e) {
      return null; // the message without the hint
    }
  }

  private static boolean holdsFiles(String folder) {
    try (Stream<Path> files = Files.list(Path.of(folder))) {
      return files.findAny().isPresent();
    } catch (IOException | InvalidPathException e) {
      return false; // missing or unreadable: the plain hint
    }
  }

  private static boolean isBeingWritten(String folder) {
    try {
      return org.dateline.indexer.cli.IndexLocation.isBeingWritten(Path.of(folder));
    } catch (IOException | InvalidPathException e) {
      return false; // the message without the hint
    }
  }

  static int io(PrintWriter err, String command, IOException e, boolean verbose) {
    int code = BAD_INPUT;
    if (e instanceof NoSuchFileException) {
      err.println("dateline " + command + ": no such file: " + e.getMessage());
    } else if (e instanceof AccessDeniedException) {
      err.println("dateline " + command + ": cannot read (permission denied): " + e.getMessage());
    } else if (e instanceof FileSystemException fs
        && fs.getFile() != null
        && Utf8Reader.A_FOLDER.equals(fs.getReason())) {
      err.println("dateline " + command + ": " + fs.getFile() + ": " + fs.getReason());
    } else if (e instanceof NoSuchIndexException
        || e instanceof org.dateline.indexer.schema.IncompatibleIndexException) {
      code = FAILED; // the README's exit 1: index missing or not of this version
      err.println("dateline " + command + ": " + ErrorHandler.describe(e));
    } else {
      code = FAILED;
      err.println(
          "dateline "
              + command
              + ": "
              + e.getClass().getSimpleName()
              + ": "
              + e.getMessage()
              + (verbose ? "" : " (use --verbose for details)"));
      if (verbose) {
        e.printStackTrace(err);
      }
    }
    err.flush();
    return code;
  }
}
