package org.dateline.searcher;

import java.io.Closeable;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.SearcherLifetimeManager;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.dateline.indexer.CommitInfo;
import org.dateline.indexer.LuceneFiles;
import org.dateline.indexer.article.Article;
import org.dateline.indexer.entity.EntityType;
import org.dateline.indexer.schema.NewsSchema;
import org.dateline.searcher.facet.FacetCounter;
import org.dateline.searcher.highlight.ParagraphHighlighter;
import org.dateline.searcher.query.SharedTermStates;
import org.dateline.searcher.query.UserQueryParser;

/**
 * Searches a Dateline index: ranked, filtered and faceted queries whose hits are articles.
 *
 * <pre>{@code
 * try (NewsSearcher searcher = NewsSearcher.open(Path.of("index-data"))) {
 *   SearchResults results = searcher.search(SearchRequest.builder("troops Iraq").build());
 *   results.hits().forEach(hit -> System.out.println(hit.id() + " " + hit.score()));
 * }
 * }</pre>
 *
 * <p><b>Thread safety and lifetime.</b> One instance is meant to be shared by every thread of an
 * application: all methods are thread-safe. Each search runs on one consistent point-in-time view
 * of the index (Lucene's {@link SearcherManager}); commits made after opening become visible after
 * {@link #refresh()}, or automatically when opened with a refresh interval. {@link #close()} stops
 * the background refresh (waiting for one in progress to end, without interrupting it) and releases
 * the index, readers and directory alike, once the calls in flight have finished with it; the
 * instance is unusable after.
 *
 * <p><b>Time limit.</b> Each search runs on its own light {@link IndexSearcher} over the shared
 * snapshot's reader, carrying the request's deadline ({@link SearchRequest#timeout()}): Lucene's
 * {@link IndexSearcher#setTimeout} and its {@link IndexSearcher#timedOut()} flag belong to one
 * searcher, so setting them on the shared snapshot would let concurrent searches cut each other
 * short and read each other's flag. The deadline bounds matching, counting and facet counting, and
 * the expansion of fuzzy terms before them (checked between one fuzzy term's expansion and the
 * next, see {@link SharedTermStates}), and the lookup of wildcard, prefix and regular-expression
 * terms as matching goes (checked every few terms; out of time, such a term matches the words found
 * by then); leading wildcards and expressions that do not start with a literal, which would scan
 * the whole term dictionary, are refused (see {@link UserQueryParser}).
 *
 * <p><b>Scoring.</b> The query is matched against whole articles: each text clause (a word, a
 * phrase, a wildcard) scores as the article's best paragraph for that clause (BM25 over
 * paragraphs), title and entity clauses score on the article, and Boolean logic combines them per
 * article. To that is added the BM25 score of the article's single best paragraph for all the
 * query's words together, which favours an article with one paragraph that answers the whole query.
 * With a recency half-life the sum is multiplied by {@code 0.5^(age / halfLife)}. See {@link
 * ArticleQueries}.
 *
 * <p><b>Closing.</b> After {@link #close}, every method but {@code close} throws Lucene's {@link
 * AlreadyClosedException} (an {@link IllegalStateException}) saying "this NewsSearcher is closed";
 * calls in flight finish first.
 */
public final class NewsSearcher implements Closeable {

  private final Directory directory;
  private final boolean ownsDirectory;
  private final SearcherManager manager;
  private final ScheduledExecutorService refresher;

  /**
   * Holds on {@link #directory}: one of the open searcher, and one per call in flight; the last to
   * let go closes an owned directory. The directory thus outlives close() for the calls in flight,
   * as the readers they hold do ({@link SearcherManager}): {@link #stats()} lists its files.
   */
  private final AtomicInteger directoryHolds = new AtomicInteger(1);

  private final AtomicBoolean closed = new AtomicBoolean();

  /** The failure of the last background refresh, or {@code null} if it worked. */
  private volatile Exception refreshFailure;

  /**
   * The views of the index that relevance cursors were made in, kept {@link #PAGED_VIEW_SECONDS}
   * after their last page so that later pages rank as the first did (Lucene's answer to paging
   * across refreshes, as Elasticsearch's point in time): the {@link #MAX_PAGED_VIEWS} last paged at
   * most, since each holds its segments and its facet tables (some 2 MB for 4,000 Reuters
   * articles). Recorded and closed under its own lock, so that a search ending while the searcher
   * closes neither fails nor leaves a view open.
   */
  private final SearcherLifetimeManager pagedViews = new SearcherLifetimeManager();

  private boolean pagedViewsClosed;

  private static final long PAGED_VIEW_SECONDS = 600;

  private static final int MAX_PAGED_VIEWS = 8;

  /** The longest refresh interval taken as it is; longer ones are this (refreshing never, then). */
  private static final Duration MAX_REFRESH = Duration.ofDays(36_500);

  /** By view version, when a page was last ranked in it ({@link System#nanoTime}). */
  private final Map<Long, Long> lastPaged = new ConcurrentHashMap<>();

  private final ArticleQueries queries;
  private final ParagraphHighlighter highlighter;
  private final Analyzer analyzer = NewsSchema.analyzer();

  private NewsSearcher(Directory directory, boolean ownsDirectory, Duration autoRefresh)
      throws IOException {
    this(directory, ownsDirectory, autoRefresh, NewsSchema.describe(directory));
  }

  /**
   * @param where the index's name in errors: the folder as the caller gave it (an FSDirectory names
   *     the folder a link leads to, which the caller may never have heard of)
   */
  private NewsSearcher(
      Directory directory, boolean ownsDirectory, Duration autoRefresh, String where)
      throws IOException {
    LuceneFiles.requireNoForeignCommits(directory);
    if (!DirectoryReader.indexExists(directory)) {
      throw new NoSuchIndexException(where);
    }
    this.directory = directory;
    this.ownsDirectory = ownsDirectory;
    this.queries = new ArticleQueries(analyzer);
    this.highlighter = new ParagraphHighlighter(queries.articles(), analyzer);
    this.manager =
        NewsSchema.readable(
            directory,
            () -> new SearcherManager(directory, new Snapshot.Factory(directory, highlighter)));
    if (autoRefresh != null) {
      refresher =
          Executors.newSingleThreadScheduledExecutor(
              r -> {
                Thread t = new Thread(r, "dateline-refresh");
                t.setDaemon(true);
                return t;
              });
      // a century at most: Duration.toMillis overflows past some 292 million years
      long ms =
          Math.max(
              1,
              autoRefresh.compareTo(MAX_REFRESH) > 0
                  ? MAX_REFRESH.toMillis()
                  : autoRefresh.toMillis());
      refresher.scheduleWithFixedDelay(this::refreshQuietly, ms, ms, TimeUnit.MILLISECONDS);
    } else {
      refresher = null;
    }
  }

  /**
   * Opens the index in a folder; it sees new commits after {@link #refresh()}.
   *
   * @throws NoSuchIndexException if the folder holds no index
   * @throws org.dateline.indexer.schema.IncompatibleIndexException if the index has another layout
   *     than this version reads ({@link NewsSchema#VERSION}): it has to be rebuilt
   */
  public static NewsSearcher open(Path indexDir) throws IOException {
    return open(indexDir, null);
  }

  /**
   * Opens the index in a folder and refreshes it in the background.
   *
   * @param autoRefresh how often to look for new commits (positive), or {@code null} for never
   * @throws IllegalArgumentException if {@code autoRefresh} is zero or negative
   */
  public static NewsSearcher open(Path indexDir, Duration autoRefresh) throws IOException {
    Objects.requireNonNull(indexDir, "indexDir");
    if (autoRefresh != null && (autoRefresh.isZero() || autoRefresh.isNegative())) {
      throw new IllegalArgumentException(
          "refresh interval (" + autoRefresh + ") must be positive, or null for none");
    }
    if (java.nio.file.Files.isRegularFile(indexDir)) {
      throw NoSuchIndexException.aFile(indexDir);
    }
    if (!java.nio.file.Files.isDirectory(indexDir)) {
      throw new NoSuchIndexException(indexDir.toString());
    }
    Directory dir = FSDirectory.open(indexDir);
    try {
      return new NewsSearcher(dir, true, autoRefresh, indexDir.toString());
    } catch (IOException | RuntimeException e) {
      dir.close();
      throw e;
    }
  }

  /** Opens an index in a Lucene directory, which stays the caller's to close. */
  public static NewsSearcher open(Directory directory) throws IOException {
    Objects.requireNonNull(directory, "directory");
    return new NewsSearcher(directory, false, null);
  }

  /**
   * For tests: a searcher on a directory it closes, as {@link #open(Path, Duration)} opens one on
   * the folder's.
   */
  static NewsSearcher openOwned(Directory directory, Duration autoRefresh) throws IOException {
    return new NewsSearcher(directory, true, autoRefresh);
  }

  /**
   * Runs a search.
   *
   * @throws ExpiredCursorException (an {@link IllegalArgumentException}) if the request's cursor
   *     pages on a ranking by relevance in a view of the index that is no longer kept: the index
   *     has changed since its first page, and the view was let go (10 minutes after its last page,
   *     or as the 8 last paged were kept); search again without the cursor
   * @throws IllegalArgumentException if the query cannot be parsed or expands to too many terms, or
   *     the cursor is not one of this search's (malformed, altered, or of another query, filters or
   *     sort)
   */
  public SearchResults search(SearchRequest request) throws IOException {
    Objects.requireNonNull(request, "request");
    Snapshot current = null;
    Snapshot kept = null;
    try {
      Query parsed = queries.parse(request);
      Cursors.Boundary boundary =
          request.cursor() == null ? null : Cursors.decode(request, parsed, request.cursor());
      current = acquire();
      Snapshot shared = current;
      if (boundary != null
          && request.sort() == SearchRequest.Sort.RELEVANCE
          && boundary.version() != current.version()) {
        // scores hold in the view they were computed in: page on in it while it is kept
        kept = (Snapshot) pagedViews.acquire(boundary.version());
        if (kept == null) {
          throw new ExpiredCursorException(
              "the index has changed since this cursor's first page, and a ranking by relevance"
                  + " pages on only in the view of the index it was made in (kept "
                  + PAGED_VIEW_SECONDS / 60
                  + " minutes in one process); search again without the cursor");
        }
        shared = kept;
      }
      Snapshot s = shared.withTimeout(request.timeout());
      SearchResults results =
          new SearchExecution(s, request, parsed, queries, highlighter, boundary).run();
      if (results.nextCursor() != null && request.sort() == SearchRequest.Sort.RELEVANCE) {
        keepPagedView(shared);
      }
      pruneViews();
      return results;
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyClauses(request, e);
    } catch (TooComplexToDeterminizeException e) {
      throw new IllegalArgumentException(
          "query "
              + UserQueryParser.abbreviate(request.query())
              + " has a wildcard or regular expression too complex to run; simplify it",
          e);
    } finally {
      // the kept view first: the last hold on the directory may close it, after every reader
      try {
        if (kept != null) {
          pagedViews.release(kept);
        }
      } finally {
        if (current != null) {
          release(current);
        }
      }
    }
  }

  /** The text terms of a MoreLikeThis query, as the same terms on titles. */
  private static Query onTitles(Query like) {
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    like.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query query, Term... terms) {
            for (Term t : terms) {
              if (t.field().equals(NewsSchema.TEXT)) {
                b.add(new TermQuery(new Term(NewsSchema.TITLE, t.bytes())), Occur.SHOULD);
              }
            }
          }
        });
    return b.build();
  }

  private static volatile Set<Object> relatedStopWords;

  /**
   * Words that say nothing of what an article is about, as the text field indexes them: the
   * Snowball project's English stop list (174 words: "which", "its", "our", ...), analysed, beside
   * the few the analyzer drops itself. MoreLikeThis would otherwise pick them from a short article.
   */
  static Set<Object> relatedStopWords() throws IOException {
    Set<Object> words = relatedStopWords;
    if (words != null) {
      return words;
    }
    Set<Object> analysed = new HashSet<>();
    CharArraySet list =
        WordlistLoader.getSnowballWordSet(
            IOUtils.getDecodingReader(
                SnowballFilter.class, "english_stop.txt", StandardCharsets.UTF_8));
    try (Analyzer text = NewsSchema.analyzer()) {
      for (Object word : list) {
        String w = new String((char[]) word);
        analysed.add(w);
        try (TokenStream tokens = text.tokenStream(NewsSchema.TEXT, w)) {
          CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
          tokens.reset();
          while (tokens.incrementToken()) {
            analysed.add(term.toString());
          }
          tokens.end();
        }
      }
    }
    relatedStopWords = Set.copyOf(analysed);
    return relatedStopWords;
  }

  /**
   * The article with this id as it was indexed (its date, title, every paragraph and its metadata),
   * from the current view of the index; empty when the index holds no such article.
   */
  public Optional<Article> article(String articleId) throws IOException {
    Objects.requireNonNull(articleId, "articleId");
    Snapshot s = acquire();
    try {
      TopDocs found = s.search(queries.article(articleId), 1);
      return found.scoreDocs.length == 0
          ? Optional.empty()
          : Optional.of(ArticleReading.article(s, found.scoreDocs[0].doc));
    } finally {
      release(s);
    }
  }

  /**
   * Articles like the given one (Lucene's MoreLikeThis over its text), best first, never itself.
   *
   * @param limit how many articles at most, 1 to {@link SearchRequest#MAX_RESULT_WINDOW}
   * @param windowDays only articles dated within this many days of it, or {@code null} for any
   * @throws IllegalArgumentException if there is no such article, a limit is out of range, or a
   *     window is asked for around an article without a date
   */
  public List<ArticleHit> related(String articleId, int limit, Integer windowDays)
      throws IOException {
    Objects.requireNonNull(articleId, "articleId");
    if (limit < 1 || limit > SearchRequest.MAX_RESULT_WINDOW) {
      throw new IllegalArgumentException(
          "limit ("
              + limit
              + ") must be at least 1 and at most "
              + SearchRequest.MAX_RESULT_WINDOW);
    }
    if (windowDays != null && windowDays < 0) {
      throw new IllegalArgumentException("window (" + windowDays + " days) must not be negative");
    }
    Snapshot s = acquire();
    try {
      TopDocs found = s.search(queries.article(articleId), 1);
      if (found.scoreDocs.length == 0) {
        throw new IllegalArgumentException("no article with id '" + articleId + "' in the index");
      }
      int doc = found.scoreDocs[0].doc;
      // MoreLikeThis analyses the first 5,000 words of it (its maxNumTokensParsed)
      String text = ArticleReading.leadingText(s, doc, SearchExecution.FEEDBACK_CHARS);
      MoreLikeThis mlt = new MoreLikeThis(s.getIndexReader());
      mlt.setAnalyzer(analyzer);
      mlt.setFieldNames(new String[] {NewsSchema.TEXT});
      mlt.setMinTermFreq(1);
      mlt.setMinDocFreq(1);
      // words in more than a quarter of the paragraphs ("some", "other", "said") say nothing about
      // what an article is about; the floor of 2 keeps tiny indexes usable
      int paragraphs = s.getIndexReader().docFreq(NewsSchema.paragraphsTerm());
      mlt.setMaxDocFreq(Math.max(2, paragraphs / 4));
      mlt.setMaxQueryTerms(25);
      mlt.setStopWords(relatedStopWords());
      Query like = mlt.like(NewsSchema.TEXT, new StringReader(text));
      BooleanQuery.Builder b =
          new BooleanQuery.Builder()
              .add(queries.lift(like), Occur.MUST)
              .add(queries.articlesOnly(), Occur.FILTER)
              .add(new TermQuery(NewsSchema.idTerm(articleId)), Occur.MUST_NOT);
      LocalDate date = ArticleReading.date(s.storedFields().document(doc));
      if (windowDays != null && date == null) {
        throw new IllegalArgumentException(
            "article '"
                + articleId
                + "' has no date, so no articles are within "
                + windowDays
                + " days of it");
      }
      if (windowDays != null) {
        long day = NewsSchema.toDays(date);
        b.add(
            LongPoint.newRangeQuery(NewsSchema.DATE, day - windowDays, day + windowDays),
            Occur.FILTER);
      }
      Query query = b.build();
      TopDocs top = s.search(query, limit);
      int[] docs = new int[top.scoreDocs.length];
      float[] scores = new float[docs.length];
      for (int i = 0; i < docs.length; i++) {
        docs[i] = top.scoreDocs[i].doc;
        scores[i] = top.scoreDocs[i].score;
      }
      // the title query marks the same words on the titles
      Query words =
          new BooleanQuery.Builder()
              .add(like, Occur.SHOULD)
              .add(onTitles(like), Occur.SHOULD)
              .build();
      return ArticleReading.page(
          s, highlighter, docs, scores, new String[docs.length], words, queries.passages(like), 1);
    } finally {
      release(s);
    }
  }

  /** Counts and extent of the index. */
  public IndexStats stats() throws IOException {
    Snapshot s = acquire();
    try {
      long articles = s.count(NewsSchema.articlesQuery());
      long paragraphs = s.count(NewsSchema.paragraphsQuery());
      IndexReader reader = s.getIndexReader();
      // the live articles' days, as recency measures age from
      LocalDate first = s.oldestDay == null ? null : NewsSchema.fromDays(s.oldestDay);
      LocalDate last = s.newestDay == null ? null : NewsSchema.fromDays(s.newestDay);
      FacetResults top =
          s.facets.count(
              s, NewsSchema.articlesQuery(), Map.of(), 10, SearchRequest.DateBuckets.YEAR);
      Map<String, List<FacetResults.FacetValue>> entities = new LinkedHashMap<>();
      for (EntityType t : FacetCounter.COUNTED) {
        entities.put(t.key(), top.get(t.key()));
      }
      // the files of the view's commit: not those of a commit being written, nor the folder's
      // listing, which fails when the folder is gone while the view still serves searches
      Collection<String> files =
          reader instanceof DirectoryReader dr
              ? dr.getIndexCommit().getFileNames()
              : List.of(directory.listAll());
      long size = 0;
      for (String file : files) {
        try {
          size += directory.fileLength(file);
        } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
          // removed since (a merge after a newer commit, or the folder deleted): not counted
        }
      }
      CommitInfo commit =
          reader instanceof DirectoryReader dr
              ? CommitInfo.of(dr.getIndexCommit().getUserData())
              : null;
      return new IndexStats(
          articles,
          paragraphs,
          first,
          last,
          entities,
          size,
          reader.leaves().size(),
          commit == null ? null : commit.time());
    } finally {
      release(s);
    }
  }

  /**
   * The error of a search of too many clauses, blaming the entity filters when their values make
   * half the limit or more (each takes a clause at least, a name with other spellings more), and
   * the query's words otherwise.
   */
  private static IllegalArgumentException tooManyClauses(
      SearchRequest request, IndexSearcher.TooManyClauses e) {
    int values = request.entities().values().stream().mapToInt(List::size).sum();
    if (values < IndexSearcher.getMaxClauseCount() / 2) {
      return UserQueryParser.tooManyClauses(request.query(), e);
    }
    return new IllegalArgumentException(
        String.format(
            "the entity filters have too many values (%,d): with the query %s they make more than"
                + " %,d clauses (each value takes one at least, a name with other spellings more);"
                + " filter on fewer values",
            values, UserQueryParser.abbreviate(request.query()), IndexSearcher.getMaxClauseCount()),
        e);
  }

  /**
   * Makes commits made since the last refresh visible to later searches; waits if another thread is
   * refreshing.
   *
   * @return whether anything changed
   */
  public boolean refresh() throws IOException {
    Snapshot before = acquire();
    try {
      pruneViews();
      IndexSearcher after;
      try {
        manager.maybeRefreshBlocking();
        after = manager.acquire();
      } catch (AlreadyClosedException e) {
        // closed by another thread since acquire(): this class's error, not Lucene's manager's
        throw new AlreadyClosedException("this NewsSearcher is closed", e);
      }
      try {
        return after != before;
      } finally {
        manager.release(after);
      }
    } finally {
      release(before);
    }
  }

  /**
   * The current view of the index, and a hold on the directory; give both back with {@link
   * #release}.
   *
   * @throws AlreadyClosedException naming this class (not Lucene's manager) once it is closed
   */
  private Snapshot acquire() throws IOException {
    holdDirectory();
    try {
      return (Snapshot) manager.acquire();
    } catch (AlreadyClosedException e) {
      AlreadyClosedException refused = new AlreadyClosedException("this NewsSearcher is closed", e);
      try {
        letGoOfDirectory();
      } catch (IOException | RuntimeException suppressed) {
        refused.addSuppressed(suppressed);
      }
      throw refused;
    }
  }

  private void release(Snapshot s) throws IOException {
    try {
      manager.release(s);
    } finally {
      letGoOfDirectory();
    }
  }

  /**
   * @throws AlreadyClosedException once the searcher is closed and no call holds the directory
   */
  private void holdDirectory() {
    int holds;
    do {
      holds = directoryHolds.get();
      if (holds == 0) {
        throw new AlreadyClosedException("this NewsSearcher is closed");
      }
    } while (!directoryHolds.compareAndSet(holds, holds + 1));
  }

  private void letGoOfDirectory() throws IOException {
    if (directoryHolds.decrementAndGet() == 0 && ownsDirectory) {
      directory.close();
    }
  }

  /**
   * Lets go of the paged views whose last page is older than {@link #PAGED_VIEW_SECONDS}, and of
   * all but the {@link #MAX_PAGED_VIEWS} last paged.
   */
  private void pruneViews() throws IOException {
    if (lastPaged.isEmpty()) {
      return;
    }
    synchronized (pagedViews) {
      if (pagedViewsClosed) {
        return;
      }
      // chosen under the lock: a view kept meanwhile is not taken for one long unused
      long now = System.nanoTime();
      Set<Long> kept = new HashSet<>();
      lastPaged.entrySet().stream()
          .filter(e -> now - e.getValue() <= TimeUnit.SECONDS.toNanos(PAGED_VIEW_SECONDS))
          .sorted(Map.Entry.<Long, Long>comparingByValue().reversed())
          .limit(MAX_PAGED_VIEWS)
          .forEach(e -> kept.add(e.getKey()));
      pagedViews.prune(
          (age, view) -> {
            long version = ((Snapshot) view).version();
            boolean old = !kept.contains(version);
            if (old) {
              lastPaged.remove(version);
            }
            return old;
          });
    }
  }

  /** Keeps the view a relevance cursor was made in ({@link #pagedViews}). */
  private void keepPagedView(Snapshot view) throws IOException {
    synchronized (pagedViews) { // as one step with pruneViews' choice of the views it keeps
      lastPaged.put(view.version(), System.nanoTime());
      if (!pagedViewsClosed) {
        pagedViews.record(view);
      }
    }
  }

  private void refreshQuietly() {
    try {
      holdDirectory();
      try {
        pruneViews();
        manager.maybeRefresh();
        refreshFailure = null;
      } finally {
        letGoOfDirectory();
      }
    } catch (IOException | RuntimeException e) {
      // the next tick tries again; searches keep the last good view meanwhile
      if (!closed.get()) {
        refreshFailure = e;
      }
    }
  }

  /**
   * Why the last background refresh failed ({@link #open(Path, Duration)}): the index folder was
   * emptied or replaced, a file is unreadable. Searches meanwhile keep the last view that opened,
   * and the refresh is tried again at every interval. Empty when the last one worked, or when no
   * background refresh runs.
   */
  public Optional<Exception> lastRefreshFailure() {
    return Optional.ofNullable(refreshFailure);
  }

  /** Closes the searcher; does nothing when it is closed already. */
  @Override
  public void close() throws IOException {
    if (closed.getAndSet(true)) {
      return;
    }
    if (refresher != null) {
      stopRefreshing();
    }
    try {
      synchronized (pagedViews) {
        pagedViewsClosed = true;
        pagedViews.close();
      }
    } finally {
      try {
        manager.close();
      } finally {
        letGoOfDirectory();
      }
    }
  }

  /**
   * Cancels the timed refresh and waits for one in progress to end. Not by interrupting it: that
   * cuts Lucene's I/O short wherever it stands (an interrupted thread's file channel is closed
   * under it), and memory mappings of the files a refresh had opened were seen to leak so.
   */
  private void stopRefreshing() {
    refresher.shutdown();
    try {
      refresher.awaitTermination(Long.MAX_VALUE, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      // closing goes on; a refresh still running holds the directory until it ends
      Thread.currentThread().interrupt();
    }
  }
}
