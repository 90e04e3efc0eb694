package org.dateline.indexer.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --index DIR} option of every command that works on one index (a picocli mixin). */
public final class IndexFolderOption {

  @Option(
      names = "--index",
      paramLabel = "DIR",
      description = "Index folder (default: ${DEFAULT-VALUE}).")
  private Path index = IndexLocation.defaultIndex();

  /** The index folder given, or the default one. */
  public Path path() {
    return index;
  }
}
