package org.dateline.searcher.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the dateline command line in-process and captures what it prints. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    // the path main takes, checks before picocli's included
    int code =
        Dateline.run(args, new PrintWriter(out, true), new PrintWriter(err, true), () -> false);
    return new CliRun(code, out.toString(), err.toString());
  }
}
