package org.dateline.indexer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.util.IOUtils;

/**
 * An index that Lucene cannot read, kept while {@link IndexerOptions#create} builds the new one in
 * its folder: its files are moved into a sub-folder named {@code unreadable-index-*} until the new
 * index's first commit, which deletes them, and moved back if the rebuild is rolled back. A
 * sub-folder, rather than a folder beside the index, needs no more than the index's own folder to
 * be writable, and is never read as input: it holds a commit. The caller holds the index's write
 * lock throughout.
 *
 * <p>The sub-folder's list of the files set aside ({@value #MANIFEST}), written before any of them
 * moves, says which files are the old index's wherever a kill left them: in the sub-folder, still
 * in the folder (a move aside cut short), or back in it (a move back cut short). It also marks the
 * sub-folders this class made: no other folder is touched, whatever its name.
 */
final class SetAsideIndex {

  private static final String PREFIX = "unreadable-index-";

  /** The list of the old index's files, one name a line, in the sub-folder. */
  static final String MANIFEST = "set-aside-files.txt";

  private SetAsideIndex() {}

  /**
   * Moves an index's files (as {@link LuceneFiles#isIndexFile} names them) into a new sub-folder of
   * its folder, the commits first, after writing their list there: a move cut short leaves no
   * commit in the folder, and the list says which files are the old index's.
   *
   * @return the sub-folder
   */
  static Path moveAside(Path folder) throws IOException {
    Path aside = Files.createTempDirectory(folder, PREFIX);
    List<String> files = indexFiles(folder);
    files.sort(Comparator.comparing((String f) -> !LuceneFiles.isCommit(f)));
    Files.write(aside.resolve(MANIFEST), files, StandardCharsets.UTF_8);
    IOUtils.fsync(aside.resolve(MANIFEST), false);
    IOUtils.fsync(aside, true);
    for (String f : files) {
      Files.move(folder.resolve(f), aside.resolve(f), StandardCopyOption.ATOMIC_MOVE);
    }
    IOUtils.fsync(aside, true);
    IOUtils.fsync(folder, true);
    return aside;
  }

  /**
   * Moves a set-aside index back into its folder, which holds no commit: of the index files in the
   * folder, those the list does not name, and those it names that are also in the sub-folder, are
   * the uncommitted new index's and are deleted; those it names and the sub-folder lacks are the
   * old index's (never moved, or moved back already) and stay. The commits move last, so that the
   * folder holds an index only once all of it is back. Then deletes the sub-folder.
   *
   * @throws IOException saying where the set-aside files are, if they could not all be moved back
   */
  static void moveBack(Path aside, Path folder) throws IOException {
    try {
      Set<String> old = manifest(aside);
      for (String f : indexFiles(folder)) {
        if (!old.contains(f) || Files.exists(aside.resolve(f))) {
          Files.delete(folder.resolve(f));
        }
      }
      List<String> files = new ArrayList<>();
      for (String f : old) {
        if (Files.exists(aside.resolve(f))) {
          files.add(f);
        }
      }
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

  /**
   * The sub-folders of {@code folder} that hold an index set aside by a run that did not end: those
   * named so that hold the list this class writes.
   */
  static List<Path> leftIn(Path folder) throws IOException {
    List<Path> found = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, PREFIX + "*")) {
      for (Path p : entries) {
        if (Files.isDirectory(p) && Files.isRegularFile(p.resolve(MANIFEST))) {
          found.add(p);
        }
      }
    }
    return found;
  }

  /**
   * Deletes a set-aside index: the files its list names, the list, and the sub-folder if nothing
   * else is in it (what a user put there stays).
   */
  static void delete(Path aside) throws IOException {
    for (String f : manifest(aside)) {
      Files.deleteIfExists(aside.resolve(f));
    }
    Files.deleteIfExists(aside.resolve(MANIFEST));
    try {
      Files.deleteIfExists(aside);
    } catch (DirectoryNotEmptyException e) {
      // files that are not the index's: left where they are
    }
  }

  private static Set<String> manifest(Path aside) throws IOException {
    Set<String> names = new LinkedHashSet<>();
    for (String line : Files.readAllLines(aside.resolve(MANIFEST), StandardCharsets.UTF_8)) {
      // only plain index file names: the list is no way to reach files elsewhere
      if (LuceneFiles.isIndexFile(line) && !line.contains("/") && !line.contains("\\")) {
        names.add(line);
      }
    }
    return names;
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
