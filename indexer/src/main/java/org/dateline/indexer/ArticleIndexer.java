package org.dateline.indexer;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.dateline.indexer.article.Article;
import org.dateline.indexer.entity.Entity;
import org.dateline.indexer.entity.EntityExtractor;
import org.dateline.indexer.entity.EntityNormalizer;
import org.dateline.indexer.schema.IncompatibleIndexException;
import org.dateline.indexer.schema.NewsCodec;
import org.dateline.indexer.schema.NewsSchema;

/**
 * Writes articles into a Dateline index, one block per article (see {@link NewsSchema}).
 *
 * <p>Thread-safe: any number of threads may call {@link #index} at once; entity extraction runs in
 * the calling thread, so indexing scales with the threads the caller brings (see {@link
 * IndexingJob}). Re-indexing an article replaces it; an article whose content is unchanged since it
 * was last indexed is recognized by its hash and left alone. Nothing is visible to searchers until
 * {@link #commit}; {@link #close} commits what is pending, except in an index created afresh that
 * has no commit yet (below).
 *
 * <p><b>Rebuilding ({@link IndexerOptions#create}).</b> The old index stays whole, for searchers
 * and against a failure, until the first {@link #commit}, which replaces it at once. Only an
 * explicit {@link #commit} replaces it: {@link #close} before one discards what was indexed, as
 * {@link #rollback} does, so that a rebuild that failed halfway, in a try-with-resources block,
 * does not replace the whole old index with its part. A rebuild commits when it is done, and a
 * failed one may call {@link #rollback} to say so:
 *
 * <pre>{@code
 * try (ArticleIndexer indexer = ArticleIndexer.open(dir, options.withCreate(true))) {
 *   for (Article a : feed) {
 *     indexer.index(a);
 *   }
 *   indexer.commit(); // the new index replaces the old one here, whole
 * } // a failure before commit(): close() leaves the old index as it was
 * }</pre>
 *
 * <p>An old index that Lucene cannot read (damaged, or written by another release) is kept the same
 * way: its files are moved into a sub-folder of the index's folder until the first commit, which
 * deletes them, and moved back by a rollback, or by the next {@link #open} after a process killed
 * before that commit (see {@link #unreadableIndexSetAside}).
 *
 * <p>Once a rebuild has committed (in part, to bound what a crash loses), the old index is gone,
 * and {@link #close} commits what is pending as in an index added to; a failed rebuild should then
 * call {@link #rollback}, which keeps the last commit.
 *
 * <p><b>Crash safety.</b> Lucene commits are atomic: a process killed at any moment leaves the
 * index as of its last commit, which opens and passes {@code CheckIndex}. A new index exists from
 * its first commit on: a run killed before it leaves no index in the folder (as before the run),
 * rather than an empty one, which would answer every search with nothing. Every commit records in
 * its user data how many articles it holds and when it was made ({@link CommitInfo}); a commit
 * waits for articles being written to finish, so that count is exact.
 *
 * <p><b>Interrupts.</b> Lucene's file I/O is cut short when the thread doing it is interrupted (a
 * {@code Future.cancel(true)}): Java closes the file's channel, and Lucene's writer takes that as a
 * fatal failure and closes for good, losing what was not committed. So this indexer commits,
 * flushes, merges, closes and rolls back in threads of its own, which nothing interrupts, while the
 * calling thread waits for it, and so does it write for a thread that is interrupted already (a
 * cancelled task that goes on indexing): an interrupt of the caller neither cuts those calls short
 * nor harms the indexer, and the caller's interrupt flag stays set for it to act on. One window is
 * left: {@link #index} and {@link #delete} run in the calling thread, and an interrupt that arrives
 * while such a call writes a segment (when the buffer fills) closes the indexer, as Lucene's own
 * writer would; do not interrupt a thread in the middle of those calls.
 *
 * <p>Only one {@code ArticleIndexer} may write an index at a time, across processes: opening a
 * second one fails with {@link IndexLockedException}.
 *
 * <p>After {@link #close}, or after a failure that closed Lucene's writer (a full disk), {@link
 * #index}, {@link #commit} and {@link #delete} throw Lucene's {@link AlreadyClosedException} (an
 * {@link IllegalStateException}) naming this class, with that failure as its cause. A call racing
 * {@link #close} or {@link #rollback} on another thread either fails so, or is done before the
 * indexer closes: {@link #close} waits for the calls under way, refuses new ones, and commits what
 * they wrote, so an article {@link #index} reported as written is in its final commit.
 */
public final class ArticleIndexer implements Closeable {

  /** What {@link #index} did with an article. */
  public enum Outcome {
    ADDED,
    REPLACED,
    UNCHANGED
  }

  private final Directory directory;
  private final boolean ownsDirectory;
  private final IndexWriter writer;
  private final EntityExtractor extractor;

  /** {@link IndexerOptions#create}: {@link #close} commits only after a {@link #commit}. */
  private final boolean create;

  private final String extractorVersion;
  private final FacetsConfig facets = NewsSchema.facetsConfig();
  private final Map<String, String> hashes;

  /** Article id to its non-empty origin ({@link NewsSchema#ORIGIN}); origins are interned. */
  private final Map<String, String> origins;

  /** Articles replaced by one of another origin, and the last of them described. */
  private final AtomicLong originChanges = new AtomicLong();

  private final AtomicReference<String> lastOriginChange = new AtomicReference<>();

  /**
   * Set by the first {@link #close} or {@link #rollback}, which then wait for the calls under way
   * (see {@link #commitLock}); later calls are refused, and later closes do nothing.
   */
  private final AtomicBoolean closed = new AtomicBoolean();

  private final AtomicLong commitsWritten = new AtomicLong();

  /** See {@link #lastCommit}; written under the commit lock's write lock. */
  private volatile CommitInfo lastCommit;

  /**
   * Whether the folder held no index (or one that could not be read, set aside or deleted) when
   * this indexer opened it, and does not hold that one again (see {@link #madeIndex}).
   */
  private volatile boolean created;

  /** See {@link #deletedUnreadableIndex}. */
  private volatile boolean deletedUnreadable;

  /** See {@link #unreadableIndexSetAside}. */
  private volatile Path setAside;

  /** The index's folder, or {@code null} for a directory that is no folder. */
  private Path folder;

  /**
   * The outermost of the folders that {@link #open(Path, IndexerOptions)} made to hold the index,
   * or {@code null} when the index's folder was there: removed again if nothing is committed.
   */
  private Path madeFolders;

  private final AtomicLong paragraphs = new AtomicLong();

  /**
   * Shared by writes, exclusive for commits, {@link #close} and {@link #rollback}: a commit never
   * holds half of a concurrent write, and a write is either refused as closed or done before the
   * indexer closes.
   */
  private final ReadWriteLock commitLock = new ReentrantReadWriteLock();

  /**
   * Runs the writer's work that may do file I/O, away from callers' interrupts (see the class
   * comment); threads are made as callers need them, and end a minute after their last task.
   */
  private final ExecutorService io =
      Executors.newCachedThreadPool(
          task -> {
            Thread t = new Thread(task, "ArticleIndexer I/O");
            t.setDaemon(true);
            return t;
          });

  /** Per-id write locks, striped (see {@link #idLock}). */
  private final Lock[] idLocks = new Lock[256];

  private ArticleIndexer(
      Directory directory, boolean ownsDirectory, IndexWriter writer, IndexerOptions options)
      throws IOException {
    this.directory = directory;
    this.ownsDirectory = ownsDirectory;
    this.writer = writer;
    this.extractor = options.extractor();
    this.create = options.create();
    // what decides an article's entities: the extractor and the canonical values of names
    this.extractorVersion =
        extractor == null ? "none" : extractor.version() + "; names " + EntityNormalizer.REVISION;
    Map<String, String> loadedOrigins = new HashMap<>();
    this.hashes =
        new ConcurrentHashMap<>(
            options.create() || !DirectoryReader.indexExists(directory)
                ? Map.of()
                // a segment Lucene cannot read is named as the damage it is, as searches name it
                : NewsSchema.readable(directory, () -> loadHashes(directory, loadedOrigins)));
    this.origins = new ConcurrentHashMap<>(loadedOrigins);
    for (int i = 0; i < idLocks.length; i++) {
      idLocks[i] = new ReentrantLock();
    }
  }

  /**
   * Opens (creating if needed) the index in a folder.
   *
   * <p>Folders made here for a new index are removed again if it is never committed ({@link
   * #rollback}).
   *
   * @throws IndexLockedException if another process is writing the index
   * @throws org.dateline.indexer.schema.IncompatibleIndexException if the folder holds an index
   *     with another layout than this version writes ({@link NewsSchema#VERSION}), unless {@link
   *     IndexerOptions#create()} discards it
   */
  public static ArticleIndexer open(Path indexDir, IndexerOptions options) throws IOException {
    Objects.requireNonNull(indexDir, "indexDir");
    Objects.requireNonNull(options, "options");
    if (Files.exists(indexDir) && !Files.isDirectory(indexDir)) {
      throw new java.nio.file.FileSystemException(
          indexDir.toString(), null, "the index location is a file, not a folder; give a folder");
    }
    Path missing = null; // the outermost folder made here
    for (Path p = indexDir.toAbsolutePath().normalize(); p != null && !Files.exists(p); ) {
      missing = p;
      p = p.getParent();
    }
    Files.createDirectories(indexDir);
    if (!Files.isWritable(indexDir)) {
      // else Lucene reports the lock file it could not make as missing
      throw new java.nio.file.AccessDeniedException(
          indexDir.toString(), null, "cannot write the index folder (read-only or not permitted)");
    }
    Directory dir = FSDirectory.open(indexDir);
    try {
      ArticleIndexer indexer = open(dir, true, options);
      indexer.madeFolders = missing == null ? null : missing.toRealPath();
      return indexer;
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /**
   * Opens (creating if needed) the index in a Lucene directory, which stays the caller's to close.
   */
  public static ArticleIndexer open(Directory dir, IndexerOptions options) throws IOException {
    return open(dir, false, options);
  }

  private static ArticleIndexer open(Directory dir, boolean owns, IndexerOptions options)
      throws IOException {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(options, "options");
    IndexWriterConfig config = new IndexWriterConfig(NewsSchema.analyzer());
    config.setCodec(NewsCodec.get());
    config.setOpenMode(
        options.create()
            ? IndexWriterConfig.OpenMode.CREATE
            : IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(options.ramBufferMb());
    config.setCommitOnClose(false);
    config.setMergeScheduler(new MergeScheduler());
    LuceneFiles.requireNoForeignFiles(dir);
    Path folder = folderOf(dir);
    if (folder != null && !SetAsideIndex.leftIn(folder).isEmpty()) {
      settleSetAside(dir, folder);
    }
    boolean isNew = !DirectoryReader.indexExists(dir);
    Discarded discarded = null;
    if (!isNew && options.create()) {
      // Lucene's CREATE reads the last commit (to number its own after it), and fails on one it
      // cannot read: the index asked to be discarded is set aside (or deleted) first
      discarded = discardIfUnreadable(dir, folder);
      isNew = discarded != null;
      if (!isNew) {
        // replacing it is for Dateline's own indexes: another program's is left alone
        NewsSchema.checkOwnIndex(SegmentInfos.readLatestCommit(dir).getUserData(), dir);
      }
    }
    if (!isNew && !options.create()) {
      // before a writer opens the index (and deletes files that no commit refers to)
      NewsSchema.checkVersion(
          NewsSchema.readable(dir, () -> SegmentInfos.readLatestCommit(dir)).getUserData(), dir);
    }
    IndexWriter writer;
    try {
      writer = openWriter(dir, config);
    } catch (IOException | RuntimeException e) {
      if (discarded != null && discarded.setAside() != null) {
        putBack(dir, folder, e);
      }
      throw e;
    }
    try {
      if (!isNew && !options.create()) {
        // again on the commit the writer opened, which another process may have made meanwhile
        Map<String, String> commitData = new HashMap<>();
        writer.getLiveCommitData().forEach(e -> commitData.put(e.getKey(), e.getValue()));
        NewsSchema.checkVersion(commitData, dir);
      }
      ArticleIndexer indexer = new ArticleIndexer(dir, owns, writer, options);
      indexer.deletedUnreadable = discarded != null && discarded.setAside() == null;
      indexer.setAside = discarded == null ? null : discarded.setAside();
      indexer.folder = folder;
      // no commit yet: the index is there once articles are committed to it
      indexer.created = isNew;
      // for an index created afresh, the old index's commit, which stays until the first one
      indexer.lastCommit = isNew ? null : CommitInfo.latest(dir);
      return indexer;
    } catch (IOException | RuntimeException e) {
      writer.rollback();
      if (discarded != null && discarded.setAside() != null) {
        putBack(dir, folder, e);
      }
      throw e;
    }
  }

  private static IndexWriter openWriter(Directory dir, IndexWriterConfig config)
      throws IOException {
    try {
      return NewsSchema.readable(dir, () -> new IndexWriter(dir, config));
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      throw IndexLockedException.of(NewsSchema.describe(dir), e);
    } catch (java.nio.file.AccessDeniedException e) {
      var denied =
          new java.nio.file.AccessDeniedException(
              NewsSchema.describe(dir),
              e.getFile(),
              "cannot write the index folder (read-only or not permitted)");
      denied.initCause(e);
      throw denied;
    }
  }

  /** The folder of a directory on the file system, or {@code null} for one that is no folder. */
  private static Path folderOf(Directory dir) {
    return FilterDirectory.unwrap(dir) instanceof FSDirectory fs ? fs.getDirectory() : null;
  }

  /**
   * Settles the indexes that runs which did not end (killed before their first commit, or whose
   * deletion after it failed) set aside in the folder: while it holds no commit, the set-aside
   * index is moved back, as a rollback would have done; once it holds one, the rebuild committed,
   * and they are deleted.
   */
  private static void settleSetAside(Directory dir, Path folder) throws IOException {
    try (org.apache.lucene.store.Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      for (Path aside : SetAsideIndex.leftIn(folder)) {
        if (DirectoryReader.indexExists(dir)) {
          SetAsideIndex.delete(aside);
        } else {
          SetAsideIndex.moveBack(aside, folder);
        }
      }
      lock.ensureValid();
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      throw IndexLockedException.of(NewsSchema.describe(dir), e);
    }
  }

  /**
   * Where a rebuild ({@link IndexerOptions#create}) of the index in {@code folder} that stopped
   * before its first commit left the old index, which it had set aside because Lucene could not
   * read it: a sub-folder that the next {@link #open} of the folder moves back. {@code null} when
   * there is none (also when {@code folder} is missing).
   */
  public static Path setAsideIndex(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return null;
    }
    List<Path> left = SetAsideIndex.leftIn(folder);
    return left.isEmpty() ? null : left.get(0);
  }

  /** After a failed open, moves the index set aside back, under the write lock. */
  private static void putBack(Directory dir, Path folder, Throwable failure) {
    try {
      settleSetAside(dir, folder);
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  /**
   * What {@link #discardIfUnreadable} did with an index Lucene could not read.
   *
   * @param setAside the sub-folder its files were moved into; {@code null} when it was deleted
   */
  private record Discarded(Path setAside) {}

  /**
   * Lucene's concurrent merge scheduler, except that a failed merge (a full disk) is not thrown
   * again in its merge thread, where nothing catches it and the JVM prints its stack trace on
   * stderr: Lucene's writer has already taken it as its tragic exception and closed, so the next
   * call of this indexer throws it, as the cause of its {@link AlreadyClosedException}, to a caller
   * that can report it.
   */
  private static final class MergeScheduler extends ConcurrentMergeScheduler {
    @Override
    protected void handleMergeException(Throwable exc) {
      // reported through the writer (see the class comment), not by the merge thread
    }
  }

  /**
   * Indexes one article, replacing any article with the same id.
   *
   * @return whether it was added, replaced, or left alone because it had not changed
   */
  public Outcome index(Article article) throws IOException {
    return index(article, "");
  }

  /**
   * Indexes one article read from {@code origin} (a collection or format name, such as {@code
   * reuters}; empty for none), replacing any article with the same id. An article that replaces one
   * of another non-empty origin is counted by {@link #originChanges}: two collections that number
   * their articles alike overwrite each other's.
   *
   * @return whether it was added, replaced, or left alone because it had not changed
   */
  public Outcome index(Article article, String origin) throws IOException {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(origin, "origin");
    ensureOpen();
    return write(analyse(article, origin));
  }

  /** Articles that replaced one of another origin so far (see {@link #index(Article, String)}). */
  public long originChanges() {
    return originChanges.get();
  }

  /**
   * The last article that replaced one of another origin, as "'id' (old origin, now new origin)",
   * or {@code null} if none did.
   */
  public String lastOriginChange() {
    return lastOriginChange.get();
  }

  /**
   * @throws AlreadyClosedException naming this class (not Lucene's writer) once it is closed
   */
  private void ensureOpen() {
    if (closed.get()) {
      throw closedError();
    }
    ensureWriterOpen();
  }

  /** {@link #ensureOpen} for Lucene's writer only: also true while {@link #close} commits. */
  private void ensureWriterOpen() {
    if (!writer.isOpen() || writer.getTragicException() != null) {
      throw closedError();
    }
  }

  /**
   * This indexer's error for a call refused or cut short because it is closed; after a failure that
   * closed Lucene's writer (a full disk, say), that failure is the cause.
   */
  private AlreadyClosedException closedError() {
    return new AlreadyClosedException("this ArticleIndexer is closed", writer.getTragicException());
  }

  /** A call of Lucene's writer. */
  @FunctionalInterface
  private interface WriterCall<T> {
    T call() throws IOException;
  }

  /** A call of Lucene's writer that returns nothing. */
  @FunctionalInterface
  private interface WriterAction {
    void run() throws IOException;
  }

  /**
   * Runs a write (an article added, replaced or deleted) in the calling thread, or {@linkplain
   * #shielded shielded} when that thread is interrupted already: handing every write to another
   * thread cost 5-15 % of indexing's CPU (Reuters-21578 without entities, three rounds each), for a
   * window that only an interrupt arriving during the write reaches (see the class comment).
   */
  private void write(WriterCall<?> call) throws IOException {
    if (Thread.currentThread().isInterrupted()) {
      shielded(call);
    } else {
      call.call();
    }
  }

  private void shielded(WriterAction action) throws IOException {
    shielded(
        () -> {
          action.run();
          return null;
        });
  }

  /**
   * Runs a call of Lucene's writer in an {@link #io} thread and waits for it, uninterruptibly: an
   * interrupt of the calling thread would close the writer for good (see the class comment). The
   * interrupt flag is set again afterwards; the call's own failure is thrown as it is.
   */
  private <T> T shielded(WriterCall<T> call) throws IOException {
    Future<T> result;
    try {
      result = io.submit(call::call);
    } catch (RejectedExecutionException e) {
      // the I/O threads are shut down by close() and rollback() only, once the indexer is closed
      AlreadyClosedException closedError = closedError();
      closedError.addSuppressed(e);
      throw closedError;
    }
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return result.get();
        } catch (InterruptedException e) {
          interrupted = true; // the call goes on: cutting it short is what this prevents
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof IOException ioe) {
            throw ioe;
          }
          if (cause instanceof RuntimeException re) {
            throw re;
          }
          if (cause instanceof Error err) {
            throw err;
          }
          throw new IOException(cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * An article analysed for writing: its content hash and, unless it is indexed already with that
   * hash, its block of documents ({@code null} then).
   */
  record Analysed(Article article, String origin, String hash, List<Document> block) {}

  /**
   * The first half of {@link #index}: hashes the article and, when the index does not hold it with
   * that content, extracts its entities and builds its documents. Writes nothing. {@link
   * IndexingJob} analyses batches of articles before writing them (with extraction and two threads
   * or more, mostly in other threads than the writing ones), so that the extractor's tables and the
   * writer's buffers do not evict each other from the processor's caches at every article.
   */
  Analysed analyse(Article article, String origin) throws IOException {
    // the origin is part of what was indexed: the same article read from another format is
    // written again (and reported), and indexes written before origins were kept get them
    String hash =
        ArticleDocuments.hash(
            article, origin.isEmpty() ? extractorVersion : extractorVersion + "; from " + origin);
    String interned = origin.intern(); // a few names, held once per article id
    if (hash.equals(hashes.get(article.id()))) {
      // checked again on writing; spares the extraction
      return new Analysed(article, interned, hash, null);
    }
    return new Analysed(article, interned, hash, documents(article, interned, hash));
  }

  /** The article's block of documents, its entities extracted. */
  private List<Document> documents(Article article, String origin, String hash) throws IOException {
    List<List<Entity>> entities =
        extractor == null ? null : extractor.extractArticle(article.paragraphs());
    List<Document> block =
        ArticleDocuments.block(
            article, entities, extractor == null ? null : extractor.capsCasing(), hash, facets);
    if (!origin.isEmpty()) {
      // the article document is the block's last (block joins find parents after children)
      block
          .get(block.size() - 1)
          .add(new SortedDocValuesField(NewsSchema.ORIGIN, new BytesRef(origin)));
    }
    return block;
  }

  /** Whether {@link #analyse} extracts entities (most of its work when it does). */
  boolean extractsEntities() {
    return extractor != null;
  }

  /** The second half of {@link #index}: writes an analysed article unless the index has it. */
  Outcome write(Analysed analysed) throws IOException {
    Article article = analysed.article();
    String id = article.id();
    String hash = analysed.hash();
    if (analysed.block() == null && hash.equals(hashes.get(id))) {
      return Outcome.UNCHANGED;
    }
    // unchanged when analysed, but the index no longer holds that content (deleted meanwhile)
    String origin = analysed.origin();
    List<Document> block =
        analysed.block() != null ? analysed.block() : documents(article, origin, hash);
    Outcome outcome;
    Lock idLock = idLock(id);
    idLock.lock();
    try {
      commitLock.readLock().lock();
      try {
        ensureOpen();
        String previous = hashes.get(id);
        if (hash.equals(previous)) {
          return Outcome.UNCHANGED; // another thread wrote the same content meanwhile
        }
        if (previous == null) {
          // a new id: nothing to delete, and a delete term would be looked up in every segment
          // at each flush (the append-only case Elasticsearch also optimizes)
          write(() -> writer.addDocuments(block));
          outcome = Outcome.ADDED;
        } else {
          write(() -> writer.updateDocuments(NewsSchema.idTerm(id), block));
          outcome = Outcome.REPLACED;
          String before = origins.get(id);
          if (before != null && !origin.isEmpty() && !before.equals(origin)) {
            originChanges.incrementAndGet();
            lastOriginChange.set("'" + id + "' (" + before + ", now " + origin + ")");
          }
        }
        hashes.put(id, hash);
        if (origin.isEmpty()) {
          origins.remove(id);
        } else {
          origins.put(id, origin);
        }
      } finally {
        commitLock.readLock().unlock();
      }
    } finally {
      idLock.unlock();
    }
    paragraphs.addAndGet(article.paragraphs().size());
    return outcome;
  }

  /**
   * The lock that serializes writes of one article id (and of the few ids sharing its stripe).
   * Whether an id is new must be decided and acted on by one thread at a time: two threads adding
   * the same new id at once would both see it absent and write two blocks. Taken before {@link
   * #commitLock}, never after, so a waiting commit cannot deadlock with it.
   */
  private Lock idLock(String id) {
    return idLocks[(id.hashCode() & 0x7fffffff) % idLocks.length];
  }

  /**
   * Deletes an article.
   *
   * @return whether the index held it
   * @throws AlreadyClosedException if this indexer is closed
   */
  public boolean delete(String articleId) throws IOException {
    Objects.requireNonNull(articleId, "articleId");
    Lock idLock = idLock(articleId);
    idLock.lock();
    try {
      commitLock.readLock().lock();
      try {
        ensureOpen();
        if (!hashes.containsKey(articleId)) {
          return false;
        }
        write(() -> writer.deleteDocuments(NewsSchema.idTerm(articleId)));
        hashes.remove(articleId); // after the delete: one that fails leaves the id indexed
        origins.remove(articleId);
        return true;
      } finally {
        commitLock.readLock().unlock();
      }
    } finally {
      idLock.unlock();
    }
  }

  /**
   * Articles in the index's last commit, as it recorded them ({@link CommitInfo}); 0 for a commit
   * that recorded none, or when there is no commit (a new index).
   */
  int committedArticleCount() {
    CommitInfo info = lastCommit(); // null too for a new index, which has no commit yet
    return info == null ? 0 : (int) info.articles();
  }

  /** Articles in the index, including those added since the last commit. */
  int articleCount() {
    return hashes.size();
  }

  /** Ids of every article in the index, including those added since the last commit. */
  public Set<String> articleIds() {
    return Set.copyOf(hashes.keySet());
  }

  /**
   * The origin an indexed article was read from ({@link #index(Article, String)}), {@code ""} when
   * it has none, or {@code null} when the index holds no article of that id.
   */
  public String origin(String id) {
    return hashes.containsKey(id) ? origins.getOrDefault(id, "") : null;
  }

  /** Paragraphs written (added or replaced) by this indexer so far. */
  public long paragraphsWritten() {
    return paragraphs.get();
  }

  /**
   * Writes one buffer of indexed documents (Lucene keeps one per indexing thread) to a segment in
   * the calling thread, without committing: what a later {@link #commit} or {@link #close} would
   * otherwise write, one buffer after the other, in one thread. Indexing threads that have run out
   * of work call it together before the last commit, so the buffers are written in parallel.
   *
   * @return whether a buffer was written; false when none is left
   */
  public boolean flushBuffer() throws IOException {
    commitLock.readLock().lock();
    try {
      ensureOpen();
      return shielded(writer::flushNextBuffer);
    } finally {
      commitLock.readLock().unlock();
    }
  }

  /**
   * Whether anything was written (added, replaced, deleted) since the last commit, or the index is
   * new or was created afresh: a {@link #commit} would write a new commit.
   */
  public boolean hasUncommittedChanges() {
    ensureOpen();
    return writer.hasUncommittedChanges();
  }

  /**
   * Whether this indexer made the index it writes: the folder held none, or one that Lucene could
   * not read (damaged, or of another release), which {@link IndexerOptions#create} discarded. False
   * again once a {@link #rollback} has put such an index back.
   */
  public boolean madeIndex() {
    return created;
  }

  /**
   * Whether an index Lucene could not read (damaged, or of another release), which {@link
   * IndexerOptions#create} discarded to make this one, is gone: deleted at the first commit, or on
   * opening a directory that is no folder (in memory), where nothing could keep it.
   */
  public boolean deletedUnreadableIndex() {
    return deletedUnreadable;
  }

  /**
   * Where the index that {@link IndexerOptions#create} found and Lucene could not read is kept
   * until the first {@link #commit}: a sub-folder of the index's folder ({@code
   * unreadable-index-*}), or {@code null} when there is none. The first commit deletes it; a {@link
   * #rollback} (or a {@link #close} before a commit) moves its files back, so the folder holds that
   * index as before; after a process killed before its first commit, the next {@link #open} moves
   * them back.
   */
  public Path unreadableIndexSetAside() {
    return setAside;
  }

  /**
   * Whether this indexer makes the index it writes (the folder held none), and has committed
   * nothing to it yet: the folder holds no index, and {@link #rollback} leaves none there (nor the
   * folder, when {@link #open(Path, IndexerOptions)} made it; else the folder and Lucene's empty
   * lock file stay).
   */
  public boolean isNewWithNothingCommitted() {
    return madeIndex() && commitsWritten.get() == 0;
  }

  /**
   * The last commit of the index, as far as this indexer knows: the last one it made, else the one
   * the folder held when it was opened (for an index created afresh, the old index's, which stays
   * until the first commit); {@code null} when there is none, or it recorded no article count. A
   * commit under way is waited for. After {@link #rollback} or {@link #close}, nothing is committed
   * any more: this is what the folder holds, for a process that is stopped to report.
   */
  public CommitInfo lastCommit() {
    commitLock.readLock().lock();
    try {
      return lastCommit;
    } finally {
      commitLock.readLock().unlock();
    }
  }

  /** Commits this indexer has written (a {@link #commit} that had nothing to write is none). */
  public long commitsWritten() {
    return commitsWritten.get();
  }

  /**
   * Makes everything indexed so far durable and visible to searchers opened afterwards, as one
   * atomic step. Records the number of articles and the time in the commit ({@link CommitInfo}).
   * Writes nothing when nothing was written since the last commit.
   *
   * @return the number of articles in the committed index
   */
  public int commit() throws IOException {
    commitLock.writeLock().lock();
    try {
      ensureOpen();
      return commitLocked();
    } finally {
      commitLock.writeLock().unlock();
    }
  }

  /** {@link #commit}, under the commit lock's write lock, also once {@link #closed} is set. */
  private int commitLocked() throws IOException {
    ensureWriterOpen();
    int articles = hashes.size();
    if (!writer.hasUncommittedChanges()) {
      return articles; // nothing new: the last commit stays, with its time
    }
    CommitInfo info = new CommitInfo(articles, java.time.Instant.now());
    writer.setLiveCommitData(info.userData().entrySet());
    try {
      shielded(writer::commit);
    } catch (IllegalStateException e) {
      // Lucene's writer refuses to commit once a merge thread failed (a full disk), even before
      // it has closed: that failure is the cause
      ensureWriterOpen();
      throw e;
    }
    lastCommit = info;
    commitsWritten.incrementAndGet();
    Path aside = setAside;
    if (aside != null) {
      setAside = null;
      deletedUnreadable = true;
      try {
        SetAsideIndex.delete(aside);
      } catch (IOException e) {
        // the new index is committed all the same: the next open deletes what is left
      }
    }
    return articles;
  }

  /**
   * Merges the index down to at most {@code maxSegments} segments and commits. Worth it once a bulk
   * load is done (an archive that changes little): searches then visit fewer segments. It rewrites
   * the whole index, so it needs as much free disk again and takes a while.
   *
   * <p>A {@link #close} or {@link #rollback} on another thread does not wait for the merge: it
   * aborts it, and this call then throws this indexer's {@link AlreadyClosedException}, as any call
   * racing them does (see the class comment).
   *
   * @return the number of articles in the committed index
   * @throws AlreadyClosedException if this indexer is closed, or is closed while it merges
   */
  public int forceMerge(int maxSegments) throws IOException {
    if (maxSegments < 1) {
      throw new IllegalArgumentException("maxSegments (" + maxSegments + ") must be at least 1");
    }
    ensureOpen();
    try {
      // not under the commit lock: a rollback (Ctrl-C) aborts the merge rather than wait for it
      shielded(() -> writer.forceMerge(maxSegments));
    } catch (IOException | RuntimeException e) {
      // a close() or rollback() meanwhile aborts the merge, which Lucene's writer throws as a
      // "background merge hit exception", or as its own writer closed: this indexer's error
      if (closed.get() || e instanceof AlreadyClosedException) {
        try {
          ensureOpen();
        } catch (AlreadyClosedException closedError) {
          closedError.addSuppressed(e);
          throw closedError;
        }
      }
      throw e;
    }
    return commit();
  }

  /**
   * Sets the index's files (its commits and its segments' files, as Lucene names them) aside in a
   * sub-folder of {@code folder} ({@link SetAsideIndex}), or deletes them in a directory that is no
   * folder ({@code folder} null), when Lucene cannot read its last commit: written by a release it
   * does not read, naming a codec it does not have, or damaged (a file cut short, or gone); an
   * index whose commit records nothing of Dateline's is another program's, and is refused instead
   * ({@link NewsSchema#recordsDateline}). Another error (a folder that cannot be read now, say)
   * moves nothing and propagates. Decided and done under the index's write lock.
   *
   * @return what was done with the index, or {@code null} when it can be read
   * @throws IndexLockedException if a writer holds the lock
   */
  private static Discarded discardIfUnreadable(Directory dir, Path folder) throws IOException {
    try (org.apache.lucene.store.Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      try {
        SegmentInfos last = NewsSchema.readable(dir, () -> SegmentInfos.readLatestCommit(dir));
        Set<String> present = Set.of(dir.listAll());
        List<String> missing =
            last.files(true).stream().filter(f -> !present.contains(f)).sorted().toList();
        if (missing.isEmpty()) {
          return null;
        }
        // a file the commit names is gone: damaged, and Lucene's commit of the new index would
        // fail deleting it (after the new commit was made). Deleted only when the commit says it
        // is Dateline's: the fields cannot be read to tell, with a file gone
        if (!NewsSchema.commitRecordsDateline(last.getUserData())) {
          throw IncompatibleIndexException.unreadableNotDateline(
              NewsSchema.describe(dir),
              new java.nio.file.NoSuchFileException(missing.get(0)),
              NewsSchema.VERSION);
        }
      } catch (IncompatibleIndexException e) {
        if (e.isNotDateline()) {
          throw e; // another program's index, which is not Dateline's to delete
        }
        // unreadable: another release's format, a codec this one does not have, or damaged
      } catch (CorruptIndexException | java.io.EOFException e) {
        // damaged
      }
      if (folder == null) {
        LuceneFiles.deleteIndexFiles(dir);
        lock.ensureValid();
        return new Discarded(null);
      }
      Path aside = SetAsideIndex.moveAside(folder);
      lock.ensureValid();
      return new Discarded(aside);
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      throw IndexLockedException.of(NewsSchema.describe(dir), e);
    }
  }

  /**
   * Discards everything since the last commit and closes the indexer. Files a failed write left
   * behind (after a full disk, say) are deleted too: the index holds only its last commit. An index
   * this indexer was creating and never committed leaves no file behind, so the folder holds no
   * index, as before {@link #open}: the folders {@link #open(Path, IndexerOptions)} made for it are
   * removed, and an index that could not be read, which {@link IndexerOptions#create} set aside, is
   * moved back ({@link #unreadableIndexSetAside}). Does nothing once the indexer is closed or
   * rolled back, as {@link #close} does.
   */
  public void rollback() throws IOException {
    if (closed.getAndSet(true)) {
      return;
    }
    commitLock.writeLock().lock(); // waits for the calls under way
    try {
      rollbackLocked();
    } finally {
      commitLock.writeLock().unlock();
      closeDirectory();
    }
    removeFoldersMade();
  }

  /**
   * Removes the folders {@link #open(Path, IndexerOptions)} made for an index that was never
   * committed, with Lucene's lock file: only while the index's folder holds nothing else, under its
   * write lock (another process may have opened it meanwhile), and each outer folder only while it
   * is empty.
   */
  private void removeFoldersMade() throws IOException {
    if (madeFolders == null || commitsWritten.get() > 0) {
      return;
    }
    try (FSDirectory dir = FSDirectory.open(folder);
        org.apache.lucene.store.Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      if (!List.of(dir.listAll()).equals(List.of(IndexWriter.WRITE_LOCK_NAME))) {
        return; // files of another process, or of the user
      }
      // deleted while held: a process that opens the folder next makes a lock file of its own
      Files.delete(folder.resolve(IndexWriter.WRITE_LOCK_NAME));
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      return; // another writer has the folder now: it is theirs
    }
    for (Path p = folder; p != null; p = p.getParent()) {
      try {
        Files.delete(p);
      } catch (java.nio.file.DirectoryNotEmptyException e) {
        return;
      }
      if (p.equals(madeFolders)) {
        return;
      }
    }
  }

  /** {@link #rollback}, under the commit lock's write lock, but for the directory. */
  private void rollbackLocked() throws IOException {
    discardUncommitted();
    if (isNewWithNothingCommitted()) {
      shielded(this::deleteUncommittedIndex); // takes the write lock: a file channel
    }
  }

  /**
   * Deletes the segment files a never-committed new index may leave (a flush that failed midway),
   * under the write lock this indexer has just let go of, and only while the folder holds no
   * commit: another process may have opened the folder and committed an index to it meanwhile.
   */
  private void deleteUncommittedIndex() throws IOException {
    try (org.apache.lucene.store.Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      if (DirectoryReader.indexExists(directory)) {
        return;
      }
      LuceneFiles.deleteIndexFiles(directory);
      Path aside = setAside;
      if (aside != null) {
        // the index that could not be read is back, as before open()
        SetAsideIndex.moveBack(aside, folder);
        setAside = null;
        created = false;
      }
      lock.ensureValid();
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      // another writer has the index now: it is theirs
    }
  }

  /**
   * Lucene's rollback, which lets go of the write lock, and the files it may leave behind; shielded
   * from the caller's interrupt, which Lucene's rollback would throw as its own error halfway.
   */
  private void discardUncommitted() throws IOException {
    shielded(
        () -> {
          writer.rollback();
          deleteUnreferencedFiles();
        });
  }

  /**
   * Lucene deletes the files no commit refers to when a writer opens the index; rollback alone may
   * leave those of a flush that failed midway. Opening a writer that commits nothing does it.
   */
  private void deleteUnreferencedFiles() throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return;
    }
    IndexWriterConfig config =
        new IndexWriterConfig(NewsSchema.analyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.APPEND)
            .setCommitOnClose(false);
    new IndexWriter(directory, config).rollback();
  }

  /**
   * Commits what is pending and closes the indexer; does nothing when it is closed already. If the
   * commit fails, what it would have committed is rolled back (as {@link #rollback} does) and the
   * index let go of all the same, so that it can be opened again: the failure is thrown, with any
   * failure to let go suppressed in it.
   *
   * <p>An indexer opened with {@link IndexerOptions#create} that has not committed yet does not
   * commit here: it rolls back, leaving the old index whole (or no index in a folder that held
   * none), so that a try-with-resources block whose body failed does not replace the old index with
   * a partial one. Call {@link #commit} before {@code close()} to replace it (see the class
   * comment). Nor does an indexer that made the index commit here when it holds no article and
   * nothing was committed: the folder is left without an index, as before {@link #open}.
   */
  @Override
  public void close() throws IOException {
    if (closed.getAndSet(true)) {
      return;
    }
    Throwable failure = null;
    // waits for the calls under way, which the commit then holds; later calls see closed
    commitLock.writeLock().lock();
    try {
      if (create && commitsWritten.get() == 0) {
        rollbackLocked(); // the old index stays: only an explicit commit() replaces it
      } else if (isNewWithNothingCommitted() && hashes.isEmpty()) {
        rollbackLocked(); // an empty index would answer every search with nothing
      } else if (writer.isOpen()) {
        commitLocked();
        shielded(writer::close); // waits for merges: an interrupt would cut it short
      }
    } catch (Throwable e) {
      failure = e;
      // an error Lucene does not take as tragic (creating pending_segments_N, say) leaves its
      // writer open, holding the write lock
      try {
        discardUncommitted();
      } catch (Throwable cleanup) {
        failure.addSuppressed(cleanup);
      }
    } finally {
      commitLock.writeLock().unlock();
    }
    try {
      closeDirectory();
      removeFoldersMade();
    } catch (Throwable e) {
      failure = IOUtils.useOrSuppress(failure, e);
    }
    if (failure != null) {
      throw IOUtils.rethrowAlways(failure);
    }
  }

  private void closeDirectory() throws IOException {
    io.shutdown(); // no call reaches the writer any more
    if (ownsDirectory) {
      directory.close();
    }
  }

  /**
   * Reads id and hash of every live article from the last commit, and puts each article's origin,
   * where it has one, in {@code origins}.
   */
  private static Map<String, String> loadHashes(Directory directory, Map<String, String> origins)
      throws IOException {
    Map<String, String> result = new HashMap<>();
    // from the last commit, which the writer opened (and holds the lock of, so it is the last),
    // not from a reader of the writer: opening one lets Lucene merge segments, a change that a run
    // which writes nothing would then commit
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Weight weight =
          searcher.createWeight(
              searcher.rewrite(NewsSchema.articlesQuery()),
              org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES,
              1f);
      for (LeafReaderContext ctx : reader.leaves()) {
        Scorer scorer = weight.scorer(ctx);
        if (scorer == null) {
          continue;
        }
        LeafReader leaf = ctx.reader();
        Bits live = leaf.getLiveDocs();
        SortedDocValues ids = leaf.getSortedDocValues(NewsSchema.SORT_ID);
        BinaryDocValues hashValues = leaf.getBinaryDocValues(NewsSchema.HASH);
        SortedDocValues originValues = leaf.getSortedDocValues(NewsSchema.ORIGIN);
        DocIdSetIterator it = scorer.iterator();
        for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
          if ((live != null && !live.get(doc)) || !ids.advanceExact(doc)) {
            continue;
          }
          String id = ids.lookupOrd(ids.ordValue()).utf8ToString();
          String hash =
              hashValues != null && hashValues.advanceExact(doc)
                  ? hashValues.binaryValue().utf8ToString()
                  : "";
          result.put(id, hash);
          if (originValues != null && originValues.advanceExact(doc)) {
            origins.put(
                id, originValues.lookupOrd(originValues.ordValue()).utf8ToString().intern());
          }
        }
      }
    }
    return result;
  }
}
