package org.dateline.indexer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.store.AlreadyClosedException;
import org.dateline.indexer.article.Article;
import org.dateline.indexer.article.ArticleHandler;
import org.dateline.indexer.article.ArticleReader;
import org.dateline.indexer.article.ArticleSources;
import org.dateline.indexer.article.Rejection;
import org.dateline.indexer.article.SeedFormatReader;

/**
 * Indexes files and folder trees with several threads: one thread reads articles, the others
 * extract entities and write, with a bounded queue between them so memory stays flat at any corpus
 * size. Commits every {@code commitEvery} articles and, if asked, every {@code commitInterval} of
 * time, so a crash loses little work, and once at the end. An article Lucene refuses (for example a
 * term longer than Lucene's limit of 32,766 bytes) becomes a {@link Rejection}, not a failed job;
 * an I/O error (a full disk) stops the job and is thrown, leaving the last commit as it was.
 */
public final class IndexingJob {

  /** Told about progress; called from indexing threads, so implementations must be thread-safe. */
  public interface Listener {
    /** After each article; {@code total} is the number of files to read, known up front. */
    default void articleDone(long articlesDone, long filesDone, long totalFiles) {}

    /** After each commit. */
    default void committed(int articlesInIndex) {}
  }

  /**
   * What an indexing run did.
   *
   * @param read articles read from the sources
   * @param added new articles
   * @param replaced articles whose content changed
   * @param unchanged articles already indexed with the same content
   * @param pruned articles removed because their source is gone (with {@code prune})
   * @param paragraphs paragraphs written
   * @param rejections inputs that were not indexed, with reasons: of each of the first 10,000
   *     sources the first 10, and up to 100 while fewer than 10,000 are kept (see {@code rejected}
   *     for how many there were)
   * @param commits commits made
   * @param articlesInIndex articles in the index after the last commit
   * @param seconds wall time
   * @param pruneSkipped why pruning was not done although asked for, or {@code null}
   * @param skipped files left unread in folders because the format given does not take them, or,
   *     none given, because they are of no format beside articles of a detected one ({@link
   *     ArticleHandler#skipped})
   * @param otherOrigins of the replaced articles, those that replaced an article read from another
   *     format: most likely another collection that numbers its articles alike
   * @param otherOriginExample one of those, as "'id' (old format, now new format)", or {@code null}
   * @param unknownOriginKept articles a prune limited to one format left because the index does not
   *     say what format they were read from (indexed before origins were kept, or through {@link
   *     ArticleIndexer#index(Article)}), although the sources did not hold them
   * @param commitSkipped why the run's last commit was not made (see {@link #onlyIfAllRead}), or
   *     {@code null}
   * @param rejected how many inputs were rejected, all of them counted
   * @param rejectedBySource how many inputs were rejected, by source (the file, or the article's id
   *     for articles fed from memory), in the order of each source's first rejection; past 10,000
   *     sources, the rest are counted under "(other sources)"
   * @param passedOver records read that hold no text to index, which is no error (Reuters briefs, a
   *     headline only: {@link ArticleHandler#passedOver})
   */
  public record Summary(
      long read,
      long added,
      long replaced,
      long unchanged,
      long pruned,
      long paragraphs,
      List<Rejection> rejections,
      int commits,
      int articlesInIndex,
      double seconds,
      String pruneSkipped,
      List<Path> skipped,
      long otherOrigins,
      String otherOriginExample,
      long unknownOriginKept,
      String commitSkipped,
      long rejected,
      Map<String, Long> rejectedBySource,
      long passedOver) {}

  /**
   * How many articles {@code dateline index} indexes between commits: about half a minute of work
   * on two cores, so a crash loses little. Every commit flushes small segments that merging never
   * fully folds back: with 10,000, Reuters-21578 x 10 ended in 21 segments instead of 5, a 3 %
   * larger index and slower searches.
   */
  public static final int DEFAULT_COMMIT_EVERY = 100_000;

  private final ArticleIndexer indexer;

  /** The file being read, for rejections of articles (not files); null for in-memory feeds. */
  private volatile Path currentSource;

  /** The format of {@link #currentSource}, the origin of its articles ("" for none). */
  private volatile String currentOrigin = "";

  /**
   * An article as the feed handed it over: with its format ({@link NewsSchema#ORIGIN}, {@code ""}
   * for none) and where it was read, its file (or its id, for in-memory feeds) and line, which a
   * rejection after analysis names.
   */
  private record Fed(Article article, String origin, String source, int line) {}

  /** An article analysed, ready to be written, and where it was read. */
  private record Ready(Fed fed, ArticleIndexer.Analysed analysed) {}

  private final int threads;
  private final int commitEvery;
  private boolean onlyIfAllRead;
  private final long commitIntervalNanos;
  private final Listener listener;

  /**
   * @param threads indexing threads (besides the reading thread)
   * @param commitEvery commit after this many articles; 0 to commit only at the end
   */
  public IndexingJob(ArticleIndexer indexer, int threads, int commitEvery, Listener listener) {
    this(indexer, threads, commitEvery, null, listener);
  }

  /**
   * @param threads indexing threads (besides the reading thread)
   * @param commitEvery commit after this many articles; 0 for no count-based commits
   * @param commitInterval also commit when this much time has passed since the last commit, or
   *     {@code null} for no time-based commits
   */
  public IndexingJob(
      ArticleIndexer indexer,
      int threads,
      int commitEvery,
      Duration commitInterval,
      Listener listener) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads (" + threads + ") must be at least 1");
    }
    if (commitEvery < 0) {
      throw new IllegalArgumentException("commitEvery (" + commitEvery + ") must be >= 0");
    }
    this.indexer = indexer;
    this.threads = threads;
    if (commitInterval != null && (commitInterval.isNegative() || commitInterval.isZero())) {
      throw new IllegalArgumentException(
          "commitInterval (" + commitInterval + ") must be positive, or null for none");
    }
    this.commitEvery = commitEvery;
    this.commitIntervalNanos = commitInterval == null ? Long.MAX_VALUE : commitInterval.toNanos();
    this.listener = listener == null ? new Listener() {} : listener;
  }

  /** {@link Summary#commitSkipped} when {@link #onlyIfAllRead} found inputs without articles. */
  public static final String NO_ARTICLES = "the inputs hold no articles";

  /**
   * Makes the run's last commit only when every input was read and some article was: with a
   * rejection, or with inputs that hold no article, the run ends without it ({@link
   * Summary#commitSkipped}), and the caller rolls back to the last commit. For an index created
   * afresh ({@link IndexerOptions#create}), whose last commit is the old index: a mistyped format,
   * a folder of unreadable files or an empty folder then leaves the old index as it was. Commits
   * made during the run ({@code commitEvery}, {@code commitInterval}) are made all the same, and
   * then the old index is gone: {@link Summary#commits} says whether there were any.
   *
   * @return this job
   */
  public IndexingJob onlyIfAllRead() {
    this.onlyIfAllRead = true;
    return this;
  }

  /**
   * Reads and indexes every article under {@code roots}, then commits. Into a folder that held no
   * index, nothing is committed before the first article: a run that indexes none makes no index.
   *
   * @param format the format of every file, or {@code null} to detect each file's format
   * @param prune also delete indexed articles that none of the sources holds any more; with a
   *     {@code format}, only articles read in that format, since files of other formats under the
   *     roots are not read
   */
  public Summary run(List<Path> roots, ArticleReader format, boolean prune)
      throws IOException, InterruptedException {
    ArticleSources sources = new ArticleSources(format);
    return run(
        (handler, progress) -> {
          List<Path> files = sources.listFiles(roots, handler);
          long done = 0;
          for (Path file : files) {
            ArticleReader reader = sources.readerFor(file);
            currentSource = file;
            currentOrigin = reader.name();
            sources.readFile(file, reader, handler);
            progress.filesDone(++done, files.size());
          }
        },
        prune,
        format == null ? null : format.name());
  }

  /** Where a run's articles come from: files, or articles already in memory (benchmarks, tests). */
  @FunctionalInterface
  public interface ArticleFeed {
    /**
     * Hands every article to {@code handler}, in order, from the calling thread; stops early when
     * the handler throws.
     */
    void feed(ArticleHandler handler, FeedProgress progress) throws IOException;
  }

  /** How far a feed has got in its files, for progress reports. */
  public interface FeedProgress {
    /**
     * After each file.
     *
     * @throws IOException when indexing has failed, so the feed should stop
     */
    void filesDone(long done, long total) throws IOException;
  }

  /** The origin of articles read in the seed format. */
  private static final String SEED = new SeedFormatReader().name();

  /** Where an article was read: its file (empty when the feed names none) and line, or 0. */
  private record Place(String source, int line) {}

  /**
   * Indexes every article of {@code feed}, then commits.
   *
   * @param prune also delete indexed articles that the feed did not hold
   */
  public Summary run(ArticleFeed feed, boolean prune) throws IOException, InterruptedException {
    return run(feed, prune, null);
  }

  /**
   * @param pruneOrigin when pruning, delete only articles of this origin ({@link
   *     ArticleIndexer#origin}), or of any when {@code null}
   */
  private Summary run(ArticleFeed feed, boolean prune, String pruneOrigin)
      throws IOException, InterruptedException {
    long start = System.nanoTime();
    currentSource = null; // a file of an earlier run is no source of this one's articles
    currentOrigin = "";
    long originChangesBefore = indexer.originChanges();
    long commitsBefore = indexer.commitsWritten();
    Counters c = new Counters();
    Rejections rejections = new Rejections();
    List<Path> skipped = Collections.synchronizedList(new ArrayList<>());
    // files left out beside a detected format whose names are of seed articles in the index
    List<Path> suspects = new ArrayList<>();
    // article id to where it was first read (the feeding thread's only)
    Map<String, Place> firstSource = new HashMap<>();
    BlockingQueue<List<Fed>> queue = new ArrayBlockingQueue<>(threads * 32 / BATCH);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> workers = new ArrayList<>();
    Stages stages = new Stages(queue, c, rejections, failure);
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(stages.work(i), "dateline-indexer-" + i);
      t.start();
      workers.add(t);
    }
    final class Feeder implements ArticleHandler {
      /** Used by the feeding thread only. */
      private List<Fed> batch = new ArrayList<>(BATCH);

      @Override
      public void accept(Article article) throws IOException {
        accept(article, 0);
      }

      @Override
      public void accept(Article article, int line) throws IOException {
        if (failure.get() != null) {
          throw new IOException("indexing failed", failure.get());
        }
        String source = currentSource == null ? "" : currentSource.toString();
        Place first = firstSource.putIfAbsent(article.id(), new Place(source, line));
        if (first != null) {
          // the first one read wins, whatever order the indexing threads run in
          rejections.add(
              new Rejection(
                  source.isEmpty() ? article.id() : source,
                  line,
                  "article id '"
                      + article.id()
                      + "' was already read in this run"
                      + firstPlace(first, source)
                      + "; not indexed"));
          return;
        }
        c.read.incrementAndGet();
        batch.add(new Fed(article, currentOrigin, source.isEmpty() ? article.id() : source, line));
        if (batch.size() == BATCH) {
          handOver();
        }
      }

      /** Where an id was first read, as the rejection of its repetition says it. */
      private static String firstPlace(Place first, String source) {
        String line = first.line() > 0 ? " (line " + first.line() + ")" : "";
        if (first.source().isEmpty()) {
          return "";
        }
        return (first.source().equals(source) ? " from this file" : " from " + first.source())
            + line;
      }

      /** Queues the articles read so far, if any. */
      void handOver() throws IOException {
        if (batch.isEmpty()) {
          return;
        }
        try {
          while (!queue.offer(batch, 50, TimeUnit.MILLISECONDS)) {
            if (failure.get() != null) {
              throw new IOException("indexing failed", failure.get());
            }
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw recordInterrupt(failure); // the feed stops at the end of this file
        }
        batch = new ArrayList<>(BATCH);
      }

      @Override
      public void reject(Rejection rejection) {
        rejections.add(rejection);
      }

      @Override
      public void passedOver(String source, int line) {
        c.passedOver.incrementAndGet();
      }

      @Override
      public void skipped(Path file) {
        if (pruneOrigin == null && SEED.equals(indexer.origin(SeedFormatReader.articleId(file)))) {
          suspects.add(file); // decided once every file is read
          return;
        }
        skipped.add(file);
      }
    }
    Feeder handler = new Feeder();
    try {
      feed.feed(
          handler,
          (done, total) -> {
            c.filesDone = done;
            c.totalFiles = total;
            if (failure.get() != null) {
              throw new IOException("indexing failed", failure.get());
            }
          });
      handler.handOver(); // the last, partial batch
    } catch (IOException e) {
      if (failure.get() == null) {
        throw e;
      }
      // the handler stopped the feed because a worker failed: that failure is rethrown below
    } finally {
      endWorkers(queue, workers, failure);
    }
    rethrow(failure.get());
    for (Path file : suspects) {
      String id = SeedFormatReader.articleId(file);
      if (firstSource.containsKey(id)) {
        skipped.add(file); // its id came from another file of this run: a README beside it
      } else {
        // left out as no article beside a detected format, yet its article is in the index and
        // no file of this run holds it: a seed article that no longer opens with its date line,
        // which --prune would take for gone
        rejections.add(
            new Rejection(
                file.toString(),
                1,
                "its article '"
                    + id
                    + "' is in the index, but the file no longer opens with 'date YYYY-MM-DD';"
                    + " fix it, or delete the article (dateline delete "
                    + id
                    + ")"));
      }
    }
    String pruneSkipped = null;
    long unknownOriginKept = 0;
    String rejected = String.format(Locale.ROOT, "%,d input(s) were rejected", rejections.total());
    if (prune && !rejections.isEmpty()) {
      pruneSkipped =
          rejected
              + ", so it cannot be told which articles are gone; fix them and run again to prune";
    } else if (prune && firstSource.isEmpty() && indexer.articleCount() > 0) {
      pruneSkipped =
          "the given paths hold no articles, so it would delete every article of the index;"
              + " check the paths (to empty the index, create it anew)";
    } else if (prune) {
      for (String id : indexer.articleIds()) {
        if (firstSource.containsKey(id)) {
          continue;
        }
        String origin = indexer.origin(id);
        if (pruneOrigin != null && "".equals(origin)) {
          unknownOriginKept++;
        } else if ((pruneOrigin == null || pruneOrigin.equals(origin)) && indexer.delete(id)) {
          c.pruned.incrementAndGet();
        }
      }
    }
    String commitSkipped = null;
    int inIndex;
    if (onlyIfAllRead && !rejections.isEmpty()) {
      commitSkipped = rejected + "; fix them and run again";
      inIndex = indexer.committedArticleCount();
    } else if (onlyIfAllRead && c.read.get() == 0) {
      commitSkipped = NO_ARTICLES;
      inIndex = indexer.committedArticleCount();
    } else {
      try {
        inIndex = commit(c);
      } catch (AlreadyClosedException e) {
        // the writer failed and closed (a merge that found the disk full): report that failure
        rethrow(e.getCause() == null ? e : e.getCause());
        throw e;
      }
    }
    return new Summary(
        c.read.get(),
        c.added.get(),
        c.replaced.get(),
        c.unchanged.get(),
        c.pruned.get(),
        c.paragraphs.get(),
        rejections.kept(),
        (int) (indexer.commitsWritten() - commitsBefore),
        inIndex,
        (System.nanoTime() - start) / 1e9,
        pruneSkipped,
        List.copyOf(skipped),
        indexer.originChanges() - originChangesBefore,
        indexer.originChanges() > originChangesBefore ? indexer.lastOriginChange() : null,
        unknownOriginKept,
        commitSkipped,
        rejections.total(),
        rejections.bySource(),
        c.passedOver.get());
  }

  /**
   * Queues one end marker per indexing thread (no more once every indexing thread has ended) and
   * waits for them all. Done even if this thread is interrupted, so that no indexing thread is left
   * running: an interrupt fails the job, and is kept for the caller.
   */
  private void endWorkers(
      BlockingQueue<List<Fed>> queue, List<Thread> workers, AtomicReference<Throwable> failure) {
    boolean interrupted = false;
    for (int i = 0; i < threads; i++) {
      boolean queued = false;
      while (!queued && workers.stream().anyMatch(Thread::isAlive)) {
        try {
          queued = queue.offer(POISON, 50, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
          interrupted = true;
          recordInterrupt(failure);
        }
      }
    }
    for (Thread t : workers) {
      while (t.isAlive()) {
        try {
          t.join();
        } catch (InterruptedException e) {
          interrupted = true;
          recordInterrupt(failure);
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  /** Makes an interrupt of the reading thread the job's failure, unless it failed already. */
  private static IOException recordInterrupt(AtomicReference<Throwable> failure) {
    IOException interrupted = new java.io.InterruptedIOException("interrupted while indexing");
    failure.compareAndSet(null, interrupted);
    return interrupted;
  }

  /**
   * Articles handed from the feeding thread to an indexing thread at a time: one at a time, the
   * feeding thread (faster than the indexing threads, so usually waiting for room in the queue) was
   * woken up for every article, which cost the indexing threads' system time in wake-ups.
   */
  private static final int BATCH = 16;

  private static final List<Fed> POISON = List.of();

  /**
   * What the indexing threads do with the batches the reading thread queues. Each article is
   * analysed (hashed, its entities extracted, its documents built) and then written.
   *
   * <p>With entity extraction and two threads or more, half the threads analyse and hand their
   * batches to the others, which write: extraction and writing each take about half the time, and a
   * thread that runs only one of them keeps that one's tables and buffers in its processor's caches
   * (BENCHMARKS.md, figures of 2026-12-03). Threads seldom wait while there is work: a writer with
   * nothing handed to it analyses a batch itself, an analyser whose writers are behind (the
   * hand-over queue is full) writes its batch itself, and analysers help writing at the end.
   * Without extraction, analysing is little work, and every thread does both.
   */
  private final class Stages {
    private final BlockingQueue<List<Fed>> input;
    private final Counters c;
    private final Rejections rejections;
    private final AtomicReference<Throwable> failure;
    private final int analysers = indexer.extractsEntities() && threads > 1 ? threads / 2 : 0;

    /**
     * Analysed batches waiting for a writer: 16 per analyser (the documents of 256 articles), so
     * that the two stages' speeds can drift apart for a while before a thread does the other one's
     * work (with 2 per analyser, each thread spent a fifth of its time on the other stage).
     */
    private final BlockingQueue<List<Ready>> handedOver =
        new ArrayBlockingQueue<>(Math.max(1, 16 * analysers));

    /** Analysing threads still at work: not past their end-of-input marker, and not failed. */
    private final AtomicInteger analysing = new AtomicInteger(analysers);

    Stages(
        BlockingQueue<List<Fed>> input,
        Counters c,
        Rejections rejections,
        AtomicReference<Throwable> failure) {
      this.input = input;
      this.c = c;
      this.rejections = rejections;
      this.failure = failure;
    }

    /** The work of indexing thread {@code i}. */
    Runnable work(int i) {
      return () -> {
        try {
          if (analysers == 0) {
            both();
          } else if (i < analysers) {
            analyse();
          } else {
            write(false);
          }
          flushBuffers(failure);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          failure.compareAndSet(null, e);
        } catch (RuntimeException | Error e) {
          // the job must fail, not take the end of an analysing thread for the end of the input
          failure.compareAndSet(null, e);
        }
      };
    }

    /**
     * Analyses and writes each batch (drains the input after a failure, so reading never blocks).
     */
    private void both() throws InterruptedException {
      for (List<Fed> batch = input.take(); batch != POISON; batch = input.take()) {
        // the whole batch is analysed, then written (see ArticleIndexer#analyse)
        writeAll(analyseAll(batch));
      }
    }

    /** Analyses batches for the writers until the input ends, then helps writing. */
    private void analyse() throws InterruptedException {
      try {
        for (List<Fed> batch = input.take(); batch != POISON; batch = input.take()) {
          List<Ready> analysed = analyseAll(batch);
          if (!handedOver.offer(analysed)) {
            writeAll(analysed); // the writers are behind
          }
        }
      } finally {
        analysing.decrementAndGet();
      }
      write(true);
    }

    /**
     * Writes what the analysers hand over, analysing a batch of its own when there is none, until
     * no analyser is left and nothing is handed over.
     */
    private void write(boolean inputDone) throws InterruptedException {
      while (true) {
        boolean analysersLeft = analysing.get() > 0; // read before looking at the queue
        List<Ready> ready = handedOver.poll();
        if (ready != null) {
          writeAll(ready);
          continue;
        }
        if (!analysersLeft) {
          if (!inputDone) {
            // what is left of the input is this thread's: end markers only, unless an analyser
            // failed (then it is drained, so that the reading thread never blocks)
            both();
          }
          return;
        }
        if (!inputDone) {
          List<Fed> batch = input.poll();
          if (batch == POISON) {
            inputDone = true; // only end markers are left in the input
          } else if (batch != null) {
            writeAll(analyseAll(batch));
          }
          if (batch != null) {
            continue;
          }
        }
        ready = handedOver.poll(10, TimeUnit.MILLISECONDS);
        if (ready != null) {
          writeAll(ready);
        }
      }
    }

    private List<Ready> analyseAll(List<Fed> batch) {
      List<Ready> analysed = new ArrayList<>(batch.size());
      for (Fed a : batch) {
        if (failure.get() != null) {
          break; // drain so the reader never blocks
        }
        ArticleIndexer.Analysed one = IndexingJob.this.analyse(a, rejections, failure);
        if (one != null) {
          analysed.add(new Ready(a, one));
        }
      }
      return analysed;
    }

    private void writeAll(List<Ready> analysed) {
      for (Ready a : analysed) {
        if (failure.get() != null) {
          break;
        }
        index(a, c, rejections, failure);
      }
    }
  }

  /**
   * An article refused after it was read (by the analysis, or by Lucene): named by its file and
   * line, and its id.
   */
  private static Rejection rejectionOf(Fed fed, IllegalArgumentException e) {
    String id = fed.article().id();
    return new Rejection(
        fed.source(),
        fed.line(),
        (fed.source().equals(id) ? "" : "article '" + id + "' ")
            + "not indexed: "
            + e.getMessage());
  }

  /** Analyses an article; {@code null} when it is rejected or analysing it failed. */
  private ArticleIndexer.Analysed analyse(
      Fed fed, Rejections rejections, AtomicReference<Throwable> failure) {
    try {
      return indexer.analyse(fed.article(), fed.origin());
    } catch (IllegalArgumentException e) {
      rejections.add(rejectionOf(fed, e));
    } catch (IOException | RuntimeException e) {
      failure.compareAndSet(null, e);
    }
    return null;
  }

  private void index(
      Ready ready, Counters c, Rejections rejections, AtomicReference<Throwable> failure) {
    ArticleIndexer.Analysed analysed = ready.analysed();
    Article a = analysed.article();
    try {
      ArticleIndexer.Outcome outcome;
      try {
        outcome = indexer.write(analysed);
      } catch (IllegalArgumentException e) {
        // Lucene refused this article alone (the writer stays healthy): report it, go on
        rejections.add(rejectionOf(ready.fed(), e));
        return;
      }
      switch (outcome) {
        case ADDED -> c.added.incrementAndGet();
        case REPLACED -> c.replaced.incrementAndGet();
        case UNCHANGED -> c.unchanged.incrementAndGet();
      }
      if (outcome != ArticleIndexer.Outcome.UNCHANGED) {
        c.paragraphs.addAndGet(a.paragraphs().size());
      }
      long done = c.done.incrementAndGet();
      listener.articleDone(done, c.filesDone, c.totalFiles);
      if ((commitEvery > 0 && done % commitEvery == 0) || intervalPassed(c)) {
        commit(c);
      }
    } catch (AlreadyClosedException e) {
      // the writer closed itself after another thread's failure (a full disk, say): that
      // failure is the cause, and the one to report
      failure.compareAndSet(null, e.getCause() == null ? e : e.getCause());
    } catch (IOException | RuntimeException e) {
      failure.compareAndSet(null, e);
    }
  }

  /**
   * With no articles left, writes the indexing buffers to segments in this thread, while the other
   * indexing threads do the same: the final commit would write them one after the other.
   */
  private void flushBuffers(AtomicReference<Throwable> failure) {
    try {
      while (failure.get() == null && indexer.flushBuffer()) {
        // next buffer
      }
    } catch (AlreadyClosedException e) {
      failure.compareAndSet(null, e.getCause() == null ? e : e.getCause());
    } catch (IOException | RuntimeException e) {
      failure.compareAndSet(null, e);
    }
  }

  /**
   * Commits, unless nothing was written since the last commit: a run (or a stretch of one) that
   * changed nothing leaves the last commit as it is, its time and its generation.
   */
  private int commit(Counters c) throws IOException {
    if (indexer.isNewWithNothingCommitted() && indexer.articleCount() == 0) {
      // a new index is made by its first articles' commit: an empty one would answer every search
      // with nothing, where "no index" is the truth
      return 0;
    }
    long before = indexer.commitsWritten();
    int inIndex = indexer.commit();
    // counted from the indexer's own count, so that of two threads committing at once, the one
    // whose commit found nothing left to write is not counted
    if (indexer.commitsWritten() != before) {
      c.lastCommit.set(System.nanoTime());
      listener.committed(inIndex);
    }
    return inIndex;
  }

  /** Whether the commit interval has passed; true for one thread only. */
  private boolean intervalPassed(Counters c) {
    long last = c.lastCommit.get();
    long now = System.nanoTime();
    return now - last >= commitIntervalNanos && c.lastCommit.compareAndSet(last, now);
  }

  private static void rethrow(Throwable t) throws IOException, InterruptedException {
    if (t == null) {
      return;
    }
    if (t instanceof IOException e) {
      throw e;
    }
    if (t instanceof InterruptedException e) {
      throw e;
    }
    if (t instanceof UncheckedIOException e) {
      throw e.getCause();
    }
    if (t instanceof RuntimeException e) {
      throw e;
    }
    if (t instanceof Error e) {
      throw e;
    }
    throw new IOException(t);
  }

  private static final class Counters {
    final AtomicLong read = new AtomicLong();
    final AtomicLong added = new AtomicLong();
    final AtomicLong replaced = new AtomicLong();
    final AtomicLong unchanged = new AtomicLong();
    final AtomicLong pruned = new AtomicLong();
    final AtomicLong paragraphs = new AtomicLong();
    final AtomicLong passedOver = new AtomicLong();
    final AtomicLong done = new AtomicLong();
    final AtomicLong lastCommit = new AtomicLong(System.nanoTime());
    volatile long filesDone;
    volatile long totalFiles;
  }
}
