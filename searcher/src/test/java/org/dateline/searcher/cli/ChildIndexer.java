package org.dateline.searcher.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs {@code dateline} in a child JVM with the test classpath, so a test can kill it. */
final class ChildIndexer {

  private ChildIndexer() {}

  /** Starts {@code dateline ARGS...}; its output goes to files in {@code logs}. */
  static Process start(Path logs, String... args) throws IOException {
    Files.createDirectories(logs);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.add("-Xmx256m");
    command.add("-XX:+UseSerialGC");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Dateline.class.getName());
    command.addAll(List.of(args));
    return new ProcessBuilder(command)
        .redirectOutput(logs.resolve("out.txt").toFile())
        .redirectError(logs.resolve("err.txt").toFile())
        .start();
  }

  /** What the child printed on stdout and stderr. */
  static String output(Path logs) throws IOException {
    return Files.readString(logs.resolve("out.txt")) + Files.readString(logs.resolve("err.txt"));
  }
}
