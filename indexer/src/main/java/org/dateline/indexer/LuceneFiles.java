package org.dateline.indexer;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.store.Directory;
import org.dateline.indexer.schema.NewsSchema;

/** Which files of a folder Lucene's index names as its own, by their names. */
public final class LuceneFiles {

  private LuceneFiles() {}

  /** A commit point ({@code segments_N}) or one being written ({@code pending_segments_N}). */
  static boolean isCommit(String name) {
    return name.startsWith(IndexFileNames.SEGMENTS)
        || name.startsWith(IndexFileNames.PENDING_SEGMENTS);
  }

  /** A commit point or a segment's file ({@code _0.cfs}, {@code _3_Lucene90_0.dvd}, ...). */
  static boolean isIndexFile(String name) {
    return isCommit(name) || IndexFileNames.CODEC_FILE_PATTERN.matcher(name).matches();
  }

  /**
   * Deletes an index's files, as {@link #isIndexFile} names them, leaving the folder's other files:
   * the commit points first, so that a deletion cut short leaves no index rather than part of one.
   * The caller holds the index's write lock.
   */
  static void deleteIndexFiles(Directory dir) throws IOException {
    String[] files = dir.listAll();
    for (String file : files) {
      if (isCommit(file)) {
        dir.deleteFile(file);
      }
    }
    for (String file : files) {
      if (isIndexFile(file) && !isCommit(file)) {
        dir.deleteFile(file);
      }
    }
  }

  /** The name of a commit point as Lucene writes it: its generation in base 36. */
  private static final Pattern COMMIT = Pattern.compile("(pending_)?segments_[0-9a-z]+");

  /**
   * The extensions of the files Lucene 9's codecs write (compound files, temporary files of a
   * flush, and each format's data and metadata).
   */
  private static final Set<String> EXTENSIONS =
      Set.of(
          "si", "cfs", "cfe", "fnm", "liv", "tmp", "fdt", "fdx", "fdm", "tvd", "tvx", "tvm", "doc",
          "pos", "pay", "psm", "tim", "tip", "tmd", "nvd", "nvm", "dvd", "dvm", "kdd", "kdi", "kdm",
          "dii", "dim", "vec", "vex", "vem", "vemf", "veq", "vemq");

  /**
   * Refuses a folder holding {@linkplain #foreign foreign} files before a Lucene writer opens it.
   *
   * @throws FileSystemException naming the folder and (some of) those files
   */
  public static void requireNoForeignFiles(Directory dir) throws IOException {
    refuse(dir, foreign(dir.listAll(), true));
  }

  /**
   * Refuses a folder holding files named like commits that are none ({@code segments_x.jsonl}), on
   * which a Lucene reader fails with a number it cannot parse; a reader deletes nothing, so other
   * foreign files do not matter to it.
   */
  public static void requireNoForeignCommits(Directory dir) throws IOException {
    refuse(dir, foreign(dir.listAll(), false));
  }

  private static void refuse(Directory dir, List<String> foreign) throws IOException {
    if (!foreign.isEmpty()) {
      throw new FileSystemException(
          NewsSchema.describe(dir),
          null,
          "the index folder holds files that are no part of an index but named as Lucene names"
              + " its own, which it would delete or fail on ("
              + String.join(", ", foreign.subList(0, Math.min(3, foreign.size())))
              + (foreign.size() > 3 ? ", ..." : "")
              + "); move them out, or index into another folder");
    }
  }

  /**
   * The foreign files of a folder, named as Lucene names its own but written by no index writer: a
   * writer opening the folder deletes a file it takes for a segment's that no commit refers to
   * ({@code _notes.txt}), and writer and reader fail on a commit-like name that is no commit
   * ({@code segments_europe.jsonl}). So: commit-like names that are no commit; and, for a writer,
   * files named like a segment's whose extension no Lucene 9 codec writes. (A user's file named
   * like a segment's with an extension Lucene writes, {@code _notes.doc}, cannot be told from the
   * files a killed run left before its commit, which a writer rightly deletes.)
   */
  static List<String> foreign(String[] names, boolean writing) {
    List<String> foreign = new ArrayList<>();
    for (String name : names) {
      if (isCommit(name)) {
        if (!COMMIT.matcher(name).matches() && !name.equals("segments.gen")) {
          foreign.add(name);
        }
      } else if (writing
          && IndexFileNames.CODEC_FILE_PATTERN.matcher(name).matches()
          && !EXTENSIONS.contains(name.substring(name.lastIndexOf('.') + 1))) {
        foreign.add(name);
      }
    }
    return foreign;
  }
}
