package org.dateline.indexer;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.util.IOUtils;

/**
 * An index that Lucene cannot read, kept while {@link IndexerOptions#create} builds the new one in
 * its folder: its files are moved into a sub-folder named {@code unreadable-index-*} until the new
 * index's first commit, which deletes them, and moved back if the rebuild is rolled back. A
 * sub-folder, rather than a folder beside the index, needs no more than the index's own folder to
 * be writable, and is never read as input: it holds a commit. The caller holds the index's write
 * lock throughout.
 */
final class SetAsideIndex {

  private static final String PREFIX = "unreadable-index-";

  private SetAsideIndex() {}

  /**
   * Moves an index's files (as {@link LuceneFiles#isIndexFile} names them) into a new sub-folder of
   * its folder, the commits first: a move cut short leaves no index in the folder rather than part
   * of one, and the old one whole in the sub-folder once its commits are there.
   *
   * @return the sub-folder
   */
  static Path moveAside(Path folder) throws IOException {
    Path aside = Files.createTempDirectory(folder, PREFIX);
    List<String> files = indexFiles(folder);
    files.sort(Comparator.comparing((String f) -> !LuceneFiles.isCommit(f)));
    for (String f : files) {
      Files.move(folder.resolve(f), aside.resolve(f), StandardCopyOption.ATOMIC_MOVE);
    }
    IOUtils.fsync(aside, true);
    IOUtils.fsync(folder, true);
    return aside;
  }

  /**
   * Moves a set-aside index back into its folder, which holds no commit: the files an uncommitted
   * index left there are deleted first (they may bear the same names), and the commits move last,
   * so that the folder holds an index only once all of it is back. Then deletes the sub-folder.
   *
   * @throws IOException saying where the set-aside files are, if they could not all be moved back
   */
  static void moveBack(Path aside, Path folder) throws IOException {
    try {
      for (String f : indexFiles(folder)) {
        Files.delete(folder.resolve(f));
      }
      List<String> files = indexFiles(aside);
      files.sort(Comparator.comparing(LuceneFiles::isCommit));
      for (String f : files) {
        Files.move(aside.resolve(f), folder.resolve(f), StandardCopyOption.ATOMIC_MOVE);
      }
      IOUtils.fsync(folder, true);
      delete(aside);
    } catch (IOException e) {
      throw new IOException(
          "the index that could not be read, set aside in "
              + aside
              + " while the new one was built, could not be moved back: move its files back into "
              + folder
              + " by hand ("
              + e
              + ")",
          e);
    }
  }

  /** The sub-folders of {@code folder} that hold an index set aside by a run that did not end. */
  static List<Path> leftIn(Path folder) throws IOException {
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, PREFIX + "*")) {
      for (Path p : entries) {
        if (Files.isDirectory(p)) {
          found.add(p);
        }
      }
    }
    return found;
  }

  /** Deletes a set-aside index: its sub-folder and what it holds. */
  static void delete(Path aside) throws IOException {
    List<Path> all;
    try (Stream<Path> walked = Files.walk(aside)) {
      all = walked.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path p : all) {
      Files.deleteIfExists(p);
    }
  }

  private static List<String> indexFiles(Path folder) throws IOException {
    List<String> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        if (LuceneFiles.isIndexFile(name) && Files.isRegularFile(p)) {
          files.add(name);
        }
      }
    }
    return files;
  }
}
