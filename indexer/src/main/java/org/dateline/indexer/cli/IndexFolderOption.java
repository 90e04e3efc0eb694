package org.dateline.indexer.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --index DIR} option of every command that works on one index (a picocli mixin). */
public final class IndexFolderOption {

  @Option(
      names = "--index",
      paramLabel = "DIR",
      converter = Folder.class,
      description = "Index folder (default: ${DEFAULT-VALUE}).")
  private Path index = IndexLocation.defaultIndex();

  /** The index folder given, or the default one. */
  public Path path() {
    return index;
  }

  /**
   * A folder path; an empty one is refused, since it would be the working folder, where an index
   * does not belong (its writer deletes files named as Lucene names its own), and so is a file,
   * which can never be an index folder: a bad value, not a failure.
   */
  public static final class Folder implements ITypeConverter<Path> {
    @Override
    public Path convert(String value) {
      if (value.isBlank()) {
        throw new TypeConversionException("give a folder, not an empty path");
      }
      Path path = Path.of(value);
      if (Files.isRegularFile(path)) {
        throw new TypeConversionException(value + " is a file; give the index's folder");
      }
      return path;
    }
  }
}
