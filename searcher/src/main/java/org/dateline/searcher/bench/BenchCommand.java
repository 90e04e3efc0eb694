package org.dateline.searcher.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code dateline bench}: the benchmarks behind {@code BENCHMARKS.md}. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmarks against plain Lucene on this machine, in one run (see BENCHMARKS.md).",
      "Exit codes: 0 ok, 1 failed, 2 bad usage."
    },
    subcommands = {
      IndexBenchCommand.class,
      IndexRunCommand.class,
      QueryBenchCommand.class,
      ColdStartCommand.class,
      QueryMixCommand.class
    })
public final class BenchCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a benchmark is required");
  }
}
