package org.dateline.indexer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.dateline.indexer.ArticleIndexer;
import org.dateline.indexer.CommitInfo;
import org.dateline.indexer.IndexerOptions;
import org.dateline.indexer.IndexingJob;
import org.dateline.indexer.article.ArticleFormats;
import org.dateline.indexer.article.ArticleReader;
import org.dateline.indexer.article.Rejection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline index}: reads articles and adds them to an index. */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Index articles from files and folders. Re-indexing an article replaces it; unchanged"
          + " articles are skipped.",
      "Exit codes: 0 ok, 1 failed, 2 bad usage, 3 done but some inputs rejected."
    })
public final class IndexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin private final IndexFolderOption folder = new IndexFolderOption();

  @Option(
      names = "--create",
      description =
          "Start a new index, discarding what DIR holds. The old index stays whole, and"
              + " searchable, until the new one is committed: once, at the end, unless"
              + " --commit-every or --commit-interval is given.")
  boolean create;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Input format: ${COMPLETION-CANDIDATES} (default: detected per file).",
      completionCandidates = FormatNames.class)
  String format;

  @Option(names = "--no-entities", description = "Skip entity extraction (faster).")
  boolean noEntities;

  @Option(
      names = "--threads",
      paramLabel = "N",
      description = "Indexing threads, 1 to " + MAX_THREADS + " (default: number of cores).")
  int threads = Math.min(Runtime.getRuntime().availableProcessors(), MAX_THREADS);

  @Option(
      names = "--commit-every",
      paramLabel = "N",
      description =
          "Commit after every N articles, 0 for only at the end (default: ${DEFAULT-VALUE}).")
  int commitEvery = IndexingJob.DEFAULT_COMMIT_EVERY;

  @Option(
      names = "--commit-interval",
      paramLabel = "SECONDS",
      description =
          "Also commit when this many seconds have passed since the last commit"
              + " (default: ${DEFAULT-VALUE}; 0 for no time-based commits).")
  long commitIntervalSeconds = 60;

  @Option(
      names = "--optimize",
      description =
          "After indexing, merge the index into one segment (faster searches for an archive"
              + " that changes little; rewrites the whole index).")
  boolean optimize;

  @Option(
      names = "--prune",
      description = "Delete indexed articles that none of the given paths holds any more.")
  boolean prune;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to index.")
  List<Path> paths;

  /**
   * The most indexing threads: far more than cores gains nothing (each thread holds an in-memory
   * segment), and tens of thousands exhaust the process's threads.
   */
  static final int MAX_THREADS = 256;

  /** The longest time between commits asked for: a year. */
  static final long MAX_COMMIT_INTERVAL_SECONDS = 365L * 24 * 60 * 60;

  @Override
  public Integer call() throws IOException, InterruptedException {
    ArticleReader reader = reader();
    checkOptions();
    if (create) {
      commitOnceByDefault();
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    IndexerOptions options =
        new IndexerOptions(
            create,
            noEntities ? null : Extractors.standard(),
            IndexerOptions.DEFAULT_RAM_BUFFER_MB);
    Duration interval =
        commitIntervalSeconds == 0 ? null : Duration.ofSeconds(commitIntervalSeconds);
    IndexingJob.Summary summary;
    boolean merged = false;
    ArticleIndexer indexer = ArticleIndexer.open(folder.path(), options);
    long commitsBefore = indexer.commitsWritten();
    Progress progress = Progress.onTerminal(err);
    // set by whichever comes first: the run's own ending, or the process being stopped
    AtomicBoolean ended = new AtomicBoolean();
    Thread onStop =
        new Thread(() -> stopped(ended, progress, indexer, commitsBefore, err), "dateline-stop");
    Runtime.getRuntime().addShutdownHook(onStop);
    try {
      try (progress) {
        IndexingJob job = new IndexingJob(indexer, threads, commitEvery, interval, progress);
        if (create) {
          // a wrong --format or unreadable inputs would otherwise replace the old index
          job.onlyIfAllRead();
        }
        summary = job.run(paths, reader, prune);
        // a new index that received no article is not made, and has nothing to merge
        if (optimize && summary.commitSkipped() == null && !indexer.isNewWithNothingCommitted()) {
          long before = indexer.commitsWritten();
          indexer.forceMerge(1);
          merged = indexer.commitsWritten() > before;
        }
      } catch (IOException | InterruptedException | RuntimeException | Error e) {
        if (failed(e, ended, indexer, commitsBefore, err)) {
          return ExitCodes.FAILED; // the process is being stopped, which says what is left
        }
        throw e;
      }
      // a run that found nothing to put in a new index leaves no empty one behind (searching it
      // would answer nothing where "no index" is the truth): a mistyped path, no articles
      boolean nothingToCreate =
          summary.commitSkipped() == null
              && summary.articlesInIndex() == 0
              && indexer.isNewWithNothingCommitted();
      if (summary.commitSkipped() != null || nothingToCreate) {
        indexer.rollback();
      } else {
        // closing commits the merges that finished after the run's last commit: counted too
        indexer.close();
      }
      if (!ended.compareAndSet(false, true)) {
        return ExitCodes.FAILED; // stopped as it ended: the stop says what the index holds
      }
      report(summary, indexer.commitsWritten() - commitsBefore, nothingToCreate, indexer, out, err);
      if (optimize && summary.commitSkipped() == null && !nothingToCreate) {
        out.println(
            merged
                ? "Optimized: merged into one segment and committed"
                : "Optimized: the index was one segment already; nothing to merge");
        out.flush();
      }
      return exitCode(summary);
    } finally {
      // however the run ended (a failed final commit too), a later exit is no stop
      ended.set(true);
      removeHook(onStop);
    }
  }

  /** The reader {@code --format} names, or {@code null} to detect each file's format. */
  private ArticleReader reader() {
    try {
      return format == null ? null : ArticleFormats.forName(format);
    } catch (IllegalArgumentException e) {
      throw usage("--format: " + e.getMessage());
    }
  }

  /** Refuses values out of range, and inputs that would harm the index, before anything opens. */
  private void checkOptions() {
    if (threads < 1 || threads > MAX_THREADS) {
      throw usage("--threads (" + threads + ") must be between 1 and " + MAX_THREADS);
    }
    if (commitEvery < 0) {
      throw usage("--commit-every (" + commitEvery + ") must be 0 or more articles");
    }
    if (commitIntervalSeconds < 0 || commitIntervalSeconds > MAX_COMMIT_INTERVAL_SECONDS) {
      throw usage(
          String.format(
              "--commit-interval (%d) must be between 0 and %,d seconds (a year)",
              commitIntervalSeconds, MAX_COMMIT_INTERVAL_SECONDS));
    }
    Path indexFolder = realOrNormal(folder.path());
    for (Path p : paths) {
      if (create && !java.nio.file.Files.exists(p)) {
        // the new index would replace the old one without what the mistyped path holds
        throw usage("--create: " + p + " does not exist; nothing was changed (check the paths)");
      }
      if (realOrNormal(p).equals(indexFolder)) {
        // the index's files would be written among the articles, and the folder never read again
        throw usage(
            "the index folder "
                + folder.path()
                + " is also given as input; give --index another"
                + " folder (one inside the input is fine: a folder holding an index is not read)");
      }
    }
  }

  /**
   * A new index replaces the old one all at once: Lucene keeps the old commit, for searches and
   * against a failed or killed run, until the new index's first commit. So {@code --create} commits
   * once, at the end, unless a commit policy is asked for.
   */
  private void commitOnceByDefault() {
    if (!asked("--commit-every")) {
      commitEvery = 0;
    }
    if (!asked("--commit-interval")) {
      commitIntervalSeconds = 0;
    }
  }

  /**
   * After a failed run: rolls back to the last commit, as it was (no half-written batch is
   * committed after a failure), and says what the index holds when the run's commits changed it.
   *
   * @return whether the process is being stopped, whose hook says what is left
   */
  private boolean failed(
      Throwable e,
      AtomicBoolean ended,
      ArticleIndexer indexer,
      long commitsBefore,
      PrintWriter err) {
    try {
      indexer.rollback();
    } catch (IOException | RuntimeException suppressed) {
      e.addSuppressed(suppressed);
    }
    if (!ended.compareAndSet(false, true)) {
      return true;
    }
    if (indexer.unreadableIndexSetAside() != null) {
      // the rollback could not move it back: the files are where the user can recover them
      err.println(
          "dateline index: the index that could not be read is kept in "
              + indexer.unreadableIndexSetAside()
              + ": move its files back into "
              + folder.path()
              + " to restore it");
      err.flush();
    } else if (indexer.commitsWritten() > commitsBefore) {
      // the run's commits changed the index: the failure is not all there is to say
      err.println(unfinished(indexer, commitsBefore, "the run failed"));
      err.flush();
    }
    return false;
  }

  private static int exitCode(IndexingJob.Summary summary) {
    if (summary.rejected() > 0) {
      return ExitCodes.REJECTED;
    }
    if (IndexingJob.NO_ARTICLES.equals(summary.commitSkipped())) {
      return ExitCodes.USAGE; // most likely a mistyped or empty folder, as for --prune
    }
    // asked to prune paths that hold no articles: a mistyped or empty folder, most likely
    return summary.pruneSkipped() != null ? ExitCodes.USAGE : ExitCodes.OK;
  }

  /**
   * Run when the process is stopped (Ctrl-C, SIGTERM) before the run ended: rolls back to the last
   * commit, as a kill would leave it, and says what that commit holds. Nothing is committed after
   * the rollback, so what it says stays true.
   */
  private void stopped(
      AtomicBoolean ended,
      Progress progress,
      ArticleIndexer indexer,
      long commitsBefore,
      PrintWriter err) {
    if (!ended.compareAndSet(false, true)) {
      return; // the run ended, and reported, first
    }
    progress.close();
    try {
      indexer.rollback();
    } catch (IOException | RuntimeException e) {
      // the last commit stays all the same: Lucene's commits are atomic
      err.println("dateline index: rolling back the stopped run failed: " + e.getMessage());
    }
    err.println(unfinished(indexer, commitsBefore, "the run was stopped"));
    err.flush();
  }

  /** Lets go of the stop hook of a run that ended; a no-op once the process is being stopped. */
  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // shutting down already: the hook runs, finds the run ended, and does nothing
    }
  }

  /**
   * What the index holds after a run that did not finish, rolled back to its last commit: what the
   * run's own commits made of it, if it made any, else that it is as it was.
   *
   * @param why why the run did not finish, as "since ..." goes on
   */
  private String unfinished(ArticleIndexer indexer, long commitsBefore, String why) {
    long commits = indexer.commitsWritten() - commitsBefore;
    CommitInfo last = indexer.lastCommit();
    String held =
        last == null
            ? "articles"
            : String.format("%,d article%s", last.articles(), last.articles() == 1 ? "" : "s");
    boolean made = indexer.madeIndex();
    if (commits > 0 && create) {
      return String.format(
          "Index %s %s: --create not finished, since %s; the run's %d commit%s (--commit-every,"
              + " --commit-interval) %s, and it holds the %s of this run committed by then",
          folder.path(),
          made ? "was made in part" : "was replaced in part",
          why,
          commits,
          commits == 1 ? "" : "s",
          made ? "made it" : "had replaced the old index",
          held);
    }
    if (commits > 0) {
      return String.format(
          "Index %s holds the %s of the run's last commit (%d made), since %s; run it again to"
              + " complete it",
          folder.path(), held, commits, why);
    }
    if (made) {
      return String.format(
          "No index was made in %s, since %s before the first commit", folder.path(), why);
    }
    return String.format(
        "Index %s is as it was%s, since %s before the first commit%s",
        folder.path(),
        last == null ? "" : " (" + held + ")",
        why,
        create ? ": --create not done" : "");
  }

  /** Whether the command line gives the option (else its default applies). */
  private boolean asked(String option) {
    return spec.commandLine().getParseResult().hasMatchedOption(option);
  }

  /** The path itself, links followed, when it exists; else as written, made absolute. */
  private static Path realOrNormal(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p.toAbsolutePath().normalize();
    }
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private void report(
      IndexingJob.Summary s,
      long commits,
      boolean nothingToCreate,
      ArticleIndexer indexer,
      PrintWriter out,
      PrintWriter err) {
    boolean madeIndex = indexer.madeIndex();
    out.printf(
        "Indexed %,d article%s (%,d added, %,d replaced, %,d unchanged), %,d paragraph%s, in %.1f"
            + " s%n",
        s.read(),
        s.read() == 1 ? "" : "s",
        s.added(),
        s.replaced(),
        s.unchanged(),
        s.paragraphs(),
        s.paragraphs() == 1 ? "" : "s",
        s.seconds());
    if (s.passedOver() > 0) {
      out.printf(
          "Skipped %,d article%s with no text to index (such as Reuters briefs, a headline only)%n",
          s.passedOver(), s.passedOver() == 1 ? "" : "s");
    }
    if (s.pruned() > 0) {
      out.printf(
          "Pruned %,d article%s whose source is gone%n", s.pruned(), s.pruned() == 1 ? "" : "s");
    }
    if (s.commitSkipped() != null && s.commits() > 0) {
      // the commits asked for during the run replaced the old index: say so, and what is left
      long left = s.articlesInIndex();
      out.printf(
          "Index %s %s: --create not finished, since %s; the run's %d commit%s"
              + " (--commit-every, --commit-interval) %s, and it holds the %,d article%s of this"
              + " run committed by then%n",
          folder.path(),
          madeIndex ? "was made in part" : "was replaced in part",
          s.commitSkipped(),
          s.commits(),
          s.commits() == 1 ? "" : "s",
          madeIndex ? "made it" : "had replaced the old index",
          left,
          left == 1 ? "" : "s");
    } else if (s.commitSkipped() != null && madeIndex) {
      out.printf(
          "No index was made in %s: --create not done, since %s%n",
          folder.path(), s.commitSkipped());
    } else if (s.commitSkipped() != null) {
      out.printf(
          "Index %s is as it was: --create not done, since %s%s%n",
          folder.path(),
          s.commitSkipped(),
          IndexingJob.NO_ARTICLES.equals(s.commitSkipped())
              ? " (to empty the index, delete its folder)"
              : "");
    } else if (nothingToCreate) {
      out.printf("No index was made in %s: no article was indexed%n", folder.path());
    } else if (commits == 0) {
      out.printf(
          "Index %s holds %,d article%s; nothing changed, so nothing was committed%n",
          folder.path(), s.articlesInIndex(), s.articlesInIndex() == 1 ? "" : "s");
    } else {
      out.printf(
          "Index %s holds %,d article%s, committed %d time%s (%s)%n",
          folder.path(),
          s.articlesInIndex(),
          s.articlesInIndex() == 1 ? "" : "s",
          commits,
          commits == 1 ? "" : "s",
          commitPolicy());
    }
    out.flush();
    if (!s.skipped().isEmpty()) {
      // files the given --format does not take, or of no format beside articles of a detected
      // one: no error, but articles may hide among them
      err.printf(
          "Not read: %,d file%s %s (such as %s)%n",
          s.skipped().size(),
          s.skipped().size() == 1 ? "" : "s",
          format != null
              ? "that --format " + format + " does not take"
              : "of no article format beside the articles of a detected one",
          s.skipped().get(0));
    }
    if (s.otherOrigins() > 0) {
      // the index keeps one article per id: another collection's article of that id is gone
      err.printf(
          "dateline index: warning: %,d of the replaced articles had been read from another"
              + " format, such as %s; collections that number their articles alike (Reuters'"
              + " NEWID, TIME's numbers) overwrite each other's: give each its own index%n",
          s.otherOrigins(), s.otherOriginExample());
    }
    if (s.unknownOriginKept() > 0) {
      err.printf(
          "dateline index: warning: %,d article%s that the paths do not hold %s not pruned: the"
              + " index does not record what format %s read from (indexed before formats were"
              + " recorded, or by a program); prune without --format to remove %s%n",
          s.unknownOriginKept(),
          s.unknownOriginKept() == 1 ? "" : "s",
          s.unknownOriginKept() == 1 ? "was" : "were",
          s.unknownOriginKept() == 1 ? "it was" : "they were",
          s.unknownOriginKept() == 1 ? "it" : "them");
    }
    if (s.pruneSkipped() != null) {
      err.println("dateline index: --prune not done: " + s.pruneSkipped());
    }
    printRejections(s, err);
    err.flush();
  }

  /** Rejections printed of one file; the rest are counted ("... and 19,990 more in FILE"). */
  static final int PRINTED_PER_SOURCE = 10;

  /**
   * How many inputs a run rejected, and the rejections kept, file by file in the order of each
   * file's first: the first {@value #PRINTED_PER_SOURCE} of each, then how many more the file had.
   * Nothing when none was rejected.
   */
  public static void printRejections(IndexingJob.Summary s, PrintWriter err) {
    if (s.rejected() == 0) {
      return;
    }
    err.printf("Rejected %,d input%s:%n", s.rejected(), s.rejected() == 1 ? "" : "s");
    Map<String, List<Rejection>> bySource = new LinkedHashMap<>();
    for (Rejection r : s.rejections()) {
      bySource.computeIfAbsent(r.source(), k -> new ArrayList<>()).add(r);
    }
    for (Map.Entry<String, Long> e : s.rejectedBySource().entrySet()) {
      printRejections(err, e.getKey(), bySource.getOrDefault(e.getKey(), List.of()), e.getValue());
    }
  }

  /**
   * The rejections of one file, indented: the first {@value #PRINTED_PER_SOURCE} of those kept,
   * then how many more the file had ("... and 19,990 more in FILE").
   *
   * @param rejected how many inputs of the file were rejected, the kept ones included
   */
  public static void printRejections(
      PrintWriter err, String source, List<Rejection> kept, long rejected) {
    int printed = Math.min(PRINTED_PER_SOURCE, kept.size());
    for (Rejection r : kept.subList(0, printed)) {
      err.println("  " + r);
    }
    long more = rejected - printed;
    if (more > 0) {
      err.printf("  ... and %,d more in %s%n", more, Rejection.printable(source));
    }
  }

  /** When commits happen, so a reader of the summary knows what a crash could have lost. */
  private String commitPolicy() {
    if (create && commitEvery == 0 && commitIntervalSeconds == 0) {
      return "at the end: --create replaces the old index at once";
    }
    List<String> when = new java.util.ArrayList<>();
    if (commitEvery > 0) {
      when.add(
          commitEvery == 1 ? "every article" : String.format("every %,d articles", commitEvery));
    }
    if (commitIntervalSeconds > 0) {
      when.add("every " + commitIntervalSeconds + " s");
    }
    when.add("at the end");
    return String.join(", ", when);
  }

  /** The names of the known formats, for help and completion. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return ArticleFormats.names().iterator();
    }
  }
}
