package org.dateline.indexer.article;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Walks files and folder trees and hands every file to its reader. Files under a folder are read in
 * path order, following symbolic links (loops are reported, not followed); hidden files are
 * skipped, and so are, when a format is given, files it does not count as articles ({@link
 * ArticleReader#isArticleFile}: TIME's query file, Reuters' DTD), and, when none is given, files of
 * no format beside articles of a detected one (a corpus' README; see {@link #leaveOutNonArticles}).
 * Files named directly are always read. Every problem becomes a {@link Rejection} naming the file;
 * nothing here stops the walk.
 */
public final class ArticleSources {

  private final ArticleReader format;

  /**
   * @param format the reader for every file, or {@code null} to detect each file's format
   */
  public ArticleSources(ArticleReader format) {
    this.format = format;
  }

  /** The reason given for a named pipe, a device or a socket given as an input. */
  static final String NOT_A_FILE = "not a regular file (a pipe, a device or a socket); not read";

  /**
   * Lists the files under the given paths, in walk order; unreadable paths are rejected. A file
   * reached twice (named twice, or under two of the paths) is listed once. Folders that hold a
   * search index (an index kept inside the folder it indexes, say) are skipped: their files are no
   * articles.
   */
  public List<Path> listFiles(List<Path> roots, ArticleHandler handler) throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path root : roots) {
      if (!Files.exists(root)) {
        handler.reject(new Rejection(root.toString(), 0, "no such file or folder"));
        continue;
      }
      if (!Files.isDirectory(root)) {
        if (Files.isRegularFile(root)) {
          files.add(root);
        } else {
          // a pipe or a device would block the run, or feed it without end
          handler.reject(new Rejection(root.toString(), 0, NOT_A_FILE));
        }
        continue;
      }
      if (isIndexFolder(root)) {
        handler.reject(new Rejection(root.toString(), 0, "a search index, not articles; not read"));
        continue;
      }
      int from = files.size();
      List<Path> skipped = new ArrayList<>();
      Files.walkFileTree(
          root,
          EnumSet.of(FileVisitOption.FOLLOW_LINKS),
          Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(root) && (isHidden(dir) || isIndexFolder(dir))
                  ? FileVisitResult.SKIP_SUBTREE
                  : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (isHidden(file) || WRITE_LOCK.equals(file.getFileName().toString())) {
                // Lucene's lock, left in a folder of articles, is passed over: no article, and
                // no file of another format
                return FileVisitResult.CONTINUE;
              }
              if (attrs.isSymbolicLink()) {
                // links are followed: these attributes are the link's own when its target is gone
                handler.reject(
                    new Rejection(
                        file.toString(), 0, "symbolic link to a file that does not exist"));
              } else if (attrs.isRegularFile() && isArticleFile(file)) {
                files.add(file);
              } else if (attrs.isRegularFile()) {
                skipped.add(file);
              }
              // a pipe, a device or a socket in a folder is no article file, and is not read (a
              // format's test of a file's content would block on a pipe); named, it is rejected
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              handler.reject(new Rejection(file.toString(), 0, describe(e)));
              return FileVisitResult.CONTINUE;
            }
          });
      Collections.sort(files.subList(from, files.size()));
      if (format == null) {
        leaveOutNonArticles(files.subList(from, files.size()), skipped);
      }
      if (files.size() == from && !skipped.isEmpty() && format != null) {
        handler.reject(
            new Rejection(
                root.toString(),
                0,
                String.format(
                    "no %s files in this folder (%,d other file%s not read)",
                    format.name(), skipped.size(), skipped.size() == 1 ? "" : "s")));
      } else {
        Collections.sort(skipped);
        skipped.forEach(handler::skipped);
      }
    }
    return once(files);
  }

  /**
   * Without a format given, a folder tree that holds articles of a format detected by name or
   * content (BBC's category folders, Reuters' {@code .sgm} files, {@code TIME.ALL}, {@code .jsonl}
   * files) is a collection of that format: its files that no format takes and that do not open as a
   * seed article either (the corpora's README and SOURCE files, Reuters' DTD and category lists,
   * TIME's queries and judgments) are left unread and listed in {@code skipped}, as a format given
   * leaves them. In a tree of such files only (seed articles), each is read, so that one lacking
   * its date is rejected with the reason.
   */
  private static void leaveOutNonArticles(List<Path> tree, List<Path> skipped) {
    List<Path> undetected = new ArrayList<>();
    for (Path file : tree) {
      if (ArticleFormats.detect(file) instanceof SeedFormatReader) {
        undetected.add(file);
      }
    }
    if (undetected.size() == tree.size()) {
      return;
    }
    Set<Path> left = new HashSet<>();
    for (Path file : undetected) {
      // an unreadable file is read, to be rejected with the reason
      if (!SeedFormatReader.opensAsArticle(file, true)) {
        left.add(file);
        skipped.add(file);
      }
    }
    tree.removeIf(left::contains);
  }

  /**
   * The files without the ones met before (the same file by another path, too). Of the paths to one
   * file, the file's own is kept when it is among them, since a reader may take the article's id
   * from the file's name: a symbolic link beside it gives no second id, nor replaces the first.
   */
  private static List<Path> once(List<Path> files) {
    Map<Path, Integer> at = new HashMap<>();
    List<Path> unique = new ArrayList<>(files.size());
    for (Path file : files) {
      Path key;
      try {
        key = file.toRealPath();
      } catch (IOException e) {
        key = file.toAbsolutePath().normalize(); // reported when it is read
      }
      Integer first = at.putIfAbsent(key, unique.size());
      if (first == null) {
        unique.add(file);
      } else if (Files.isSymbolicLink(unique.get(first)) && !Files.isSymbolicLink(file)) {
        unique.set(first, file);
      }
    }
    return unique;
  }

  /**
   * Whether a folder holds a search index: a Lucene commit point, a file named {@code segments_N}
   * with N in base 36 and no extension (an article file such as {@code segments_europe.jsonl} is
   * none) beside the lock or a segment's files (an article file {@code segments_2020} alone is
   * none), or Lucene's {@code write.lock}, there from the moment an index is opened for writing (a
   * new index has no commit until its first articles are committed), among Lucene's files only: a
   * folder of articles with a stray lock in it is read. By file names only, so that reading
   * articles needs no Lucene.
   */
  static boolean isIndexFolder(Path dir) {
    boolean lock = Files.isRegularFile(dir.resolve(WRITE_LOCK));
    boolean commit = false;
    boolean segment = false;
    boolean luceneOnly = lock; // looked at only beside a lock: a stat per file otherwise
    try (DirectoryStream<Path> all = Files.newDirectoryStream(dir)) {
      for (Path f : all) {
        String name = f.getFileName().toString();
        boolean lucene = LUCENE_FILE.matcher(name).matches();
        if (COMMIT.matcher(name).matches()) {
          commit = true;
        } else if (lucene && !name.equals(WRITE_LOCK)) {
          segment = true;
        }
        if (luceneOnly && (!lucene || Files.isDirectory(f))) {
          luceneOnly = false; // articles beside a lock left behind
        }
      }
    } catch (IOException e) {
      return false; // an unreadable folder is reported by the walk
    }
    // a commit beside the lock or a segment's files (an article file may be named like a commit,
    // "segments_2020", not like those); or, no commit yet, an index being made: the lock among
    // Lucene's files only, and no folders
    return commit && (lock || segment) || luceneOnly;
  }

  /** The lock file of a Lucene index (Lucene's {@code IndexWriter.WRITE_LOCK_NAME}). */
  private static final String WRITE_LOCK = "write.lock";

  /**
   * The names of the files Lucene writes in an index folder: segments' files by their extensions
   * ("_4_Lucene912_0.doc"), commits, the lock, temporary files.
   */
  private static final Pattern LUCENE_FILE =
      Pattern.compile(
          "_[0-9a-z]+(?:_[A-Za-z0-9]+)*\\.(?:si|cfs|cfe|fnm|fdt|fdx|fdm|tim|tip|tmd|doc|pos|pay"
              + "|nvd|nvm|dvd|dvm|liv|dii|dim|kdd|kdi|kdm|vec|vem|vex|veq|vemf|vemq|tvd|tvx|tvm"
              + "|psm)|(?:pending_)?segments_[0-9a-z]+|write\\.lock|_.*\\.tmp");

  /** The name of a Lucene commit point. */
  private static final Pattern COMMIT = Pattern.compile("segments_[0-9a-z]+");

  /** Reads every file under the given paths, in walk order. */
  public void read(List<Path> roots, ArticleHandler handler) throws IOException {
    List<Path> files = listFiles(roots, handler);
    for (Path file : files) {
      readFile(file, handler);
    }
  }

  /**
   * Reads one file; any failure to read it becomes a rejection of that file, and so does a file
   * that yields neither an article nor a rejection (an empty seed file, say), unless its format
   * allows that ({@link ArticleReader#mayHoldNoArticles}: an empty JSON Lines file is sound).
   */
  public void readFile(Path file, ArticleHandler handler) {
    readFile(file, readerFor(file), handler);
  }

  /** The reader of a file: the format given, or the one detected. */
  public ArticleReader readerFor(Path file) {
    return format != null ? format : ArticleFormats.detect(file);
  }

  /** {@link #readFile(Path, ArticleHandler)} with the reader {@link #readerFor} chose. */
  public void readFile(Path file, ArticleReader reader, ArticleHandler handler) {
    try {
      Counting counting = new Counting(handler);
      reader.read(file, counting);
      if (counting.told == 0 && !reader.mayHoldNoArticles()) {
        handler.reject(
            new Rejection(
                file.toString(), 0, "no articles found in the file (" + reader.name() + ")"));
      }
    } catch (InvalidInputException e) {
      handler.reject(new Rejection(file.toString(), e.line(), e.getMessage()));
    } catch (IOException e) {
      handler.reject(new Rejection(file.toString(), 0, describe(e)));
    } catch (IllegalArgumentException e) {
      handler.reject(new Rejection(file.toString(), 0, e.getMessage()));
    }
  }

  /** With a format given, files in folders that the format says are not articles are skipped. */
  private boolean isArticleFile(Path file) {
    return format == null || format.isArticleFile(file);
  }

  private static boolean isHidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /** An I/O failure in words, without a stack trace. */
  public static String describe(IOException e) {
    if (e instanceof FileSystemLoopException) {
      return "symbolic link loop, not followed";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  /** Passes everything on, counting what the reader said. */
  private static final class Counting implements ArticleHandler {
    private final ArticleHandler in;
    int told;

    Counting(ArticleHandler in) {
      this.in = in;
    }

    @Override
    public void accept(Article article) throws IOException {
      told++;
      in.accept(article);
    }

    @Override
    public void accept(Article article, int line) throws IOException {
      told++;
      in.accept(article, line);
    }

    @Override
    public void reject(Rejection rejection) {
      told++;
      in.reject(rejection);
    }

    @Override
    public void passedOver(String source, int line) {
      told++;
      in.passedOver(source, line);
    }
  }
}
