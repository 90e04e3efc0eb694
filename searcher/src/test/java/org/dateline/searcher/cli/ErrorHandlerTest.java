package org.dateline.searcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.dateline.indexer.cli.ExitCodes;
import org.dateline.searcher.eval.IncompleteRankingException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ErrorHandlerTest {

  private final StringWriter err = new StringWriter();

  private int report(Error e, String... args) {
    CommandLine cl =
        Dateline.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err));
    cl.parseArgs(args);
    return ErrorHandler.reportError(e, cl);
  }

  @Test
  void anErrorThatPicocliLetsThroughIsOneLineNamingTheCommand() {
    int code = report(new OutOfMemoryError("Java heap space"), "search", "troops");
    assertEquals(ExitCodes.FAILED, code);
    assertEquals(
        "dateline search: out of memory; give the JVM more heap (-Xmx) or narrow the request\n",
        err.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void aModelThatCouldNotLoadInAClassInitializerIsReportedByItsCause() {
    Error e =
        new ExceptionInInitializerError(
            new UncheckedIOException(new IOException("cannot read the NER model: truncated")));
    int code = report(e, "entities");
    assertEquals(ExitCodes.FAILED, code);
    assertEquals(
        "dateline entities: cannot read the NER model: truncated\n",
        err.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void aRankingOutOfTimeIsOneLineWithItsMessageNotAnInternalError() {
    CommandLine cl =
        Dateline.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err));
    cl.parseArgs("eval", "--qrels", "q", "--topics", "t");
    CommandLine eval = cl.getSubcommands().get("eval");
    int code =
        new ErrorHandler()
            .handleExecutionException(
                new IncompleteRankingException("oil", "the search for 'oil' ran out of time"),
                eval,
                cl.getParseResult());
    assertEquals(ExitCodes.FAILED, code);
    assertEquals(
        "dateline eval: the search for 'oil' ran out of time\n",
        err.toString().replace(System.lineSeparator(), "\n"));
  }

  @Test
  void withVerboseTheStackTraceFollows() {
    report(new StackOverflowError(), "search", "--verbose", "troops");
    String[] lines = err.toString().split("\\R");
    assertEquals(
        "dateline search: internal error: java.lang.StackOverflowError (run with --verbose for"
            + " details)",
        lines[0]);
    assertEquals("java.lang.StackOverflowError", lines[1]);
  }
}
