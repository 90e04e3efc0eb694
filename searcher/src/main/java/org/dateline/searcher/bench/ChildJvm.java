package org.dateline.searcher.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.searcher.cli.Dateline;

/**
 * Runs a {@code dateline} command in a fresh JVM with this JVM's options (the launcher's, when run
 * through {@code ./dateline}) but its own heap limit, and returns the last line it prints.
 */
final class ChildJvm {

  private ChildJvm() {}

  /** Options of this JVM that a child should not inherit: heap size and the class-data archive. */
  private static boolean inherited(String option) {
    return !(option.startsWith("-Xmx")
        || option.startsWith("-Xms")
        || option.startsWith("-XX:SharedArchiveFile")
        || option.startsWith("-XX:ArchiveClassesAtExit")
        || option.startsWith("-agentlib")
        || option.startsWith("-javaagent"));
  }

  static List<String> command(String heap, List<String> args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (inherited(option)) {
        cmd.add(option);
      }
    }
    cmd.add("-Xmx" + heap);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Dateline.class.getName());
    cmd.addAll(args);
    return cmd;
  }

  /**
   * Runs the child with stderr passed through and returns its last line of stdout.
   *
   * @throws IOException if it fails or prints nothing
   */
  static String run(String heap, List<String> args) throws IOException, InterruptedException {
    List<String> cmd = command(heap, args);
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String last = null;
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        last = line;
      }
    }
    int exit = p.waitFor();
    if (exit != 0 || last == null) {
      throw new IOException("benchmark run failed (exit " + exit + "): " + String.join(" ", args));
    }
    return last;
  }
}
