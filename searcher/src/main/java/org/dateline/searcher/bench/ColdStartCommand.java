package org.dateline.searcher.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dateline bench coldstart}: the wall time of {@code ./dateline search} on an index of the
 * seed articles, from starting the launcher to the process's exit, so JVM start-up, class loading
 * and the launcher's own checks are all counted. The first run is not counted (it may build the
 * class-data archive); the disk is warm after it.
 */
@Command(
    name = "coldstart",
    mixinStandardHelpOptions = true,
    description = "Wall time of './dateline search' on the seeds, JVM start to exit.")
public final class ColdStartCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--launcher",
      paramLabel = "FILE",
      description = "The dateline launcher (default: the one that started this command).")
  Path launcher;

  @Option(
      names = "--seeds",
      paramLabel = "DIR",
      description = "Articles to index first (default: the project's seeds folder).")
  Path seeds;

  @Option(names = "--runs", paramLabel = "N", description = "Timed runs (default: 10).")
  int runs = 10;

  @Option(names = "--query", paramLabel = "QUERY", description = "Default: ${DEFAULT-VALUE}.")
  String query = "troops Iraq";

  @Override
  public Integer call() throws IOException, InterruptedException {
    Path home = home();
    Path dateline = launcher != null ? launcher : home.resolve("dateline");
    Path articles = seeds != null ? seeds : home.resolve("seeds");
    if (!Files.isExecutable(dateline)) {
      throw new IllegalArgumentException(
          "no launcher at " + dateline + "; give it with --launcher");
    }
    PrintWriter out = spec.commandLine().getOut();
    Path index = Files.createTempDirectory("dateline-coldstart");
    try {
      run(List.of(dateline.toString(), "index", "--index", index.toString(), articles.toString()));
      List<String> search =
          List.of(dateline.toString(), "search", "--index", index.toString(), query);
      run(search);
      List<Double> seconds = new ArrayList<>();
      for (int i = 0; i < runs; i++) {
        long start = System.nanoTime();
        run(search);
        seconds.add((System.nanoTime() - start) / 1e9);
      }
      List<Double> sorted = seconds.stream().sorted().toList();
      out.printf(
          "'dateline search %s' on %s, %d runs: min %.3f s, median %.3f s, max %.3f s%n",
          query,
          articles,
          runs,
          sorted.get(0),
          sorted.get(sorted.size() / 2),
          sorted.get(sorted.size() - 1));
      out.println("Target: under 1.5 s.");
      out.flush();
    } finally {
      delete(index);
    }
    return 0;
  }

  private static Path home() {
    String home = System.getProperty("dateline.home");
    return home == null ? Path.of("").toAbsolutePath() : Path.of(home);
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(command)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    int exit = p.waitFor();
    if (exit != 0) {
      throw new IOException("'" + String.join(" ", command) + "' failed with exit code " + exit);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
