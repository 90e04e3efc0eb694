package org.dateline.indexer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Checks an option naming a file to write, before the work that makes its content. */
public final class OutputFiles {

  private OutputFiles() {}

  /**
   * Refuses a file to write that is a folder, or whose folder does not exist, so that the command
   * fails before its work (a training, a run of every topic) rather than after it.
   *
   * @param option the option's name, for the message ({@code --out})
   * @throws ParameterException naming the option and what is wrong
   */
  public static void requireWritable(CommandLine command, String option, Path file) {
    if (Files.isDirectory(file)) {
      throw new ParameterException(command, option + ": " + file + " is a folder; give a file");
    }
    Path folder = file.toAbsolutePath().getParent();
    if (folder != null && !Files.isDirectory(folder)) {
      throw new ParameterException(command, option + ": the folder " + folder + " does not exist");
    }
  }
}
