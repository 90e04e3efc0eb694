package org.dateline.searcher;

import java.io.Closeable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.dateline.searcher.eval.IncompleteRankingException;
import org.dateline.searcher.eval.Ranker;
import org.dateline.searcher.eval.Run;
import org.dateline.searcher.eval.ScoredDoc;
import org.dateline.searcher.query.UserQueryParser;

/**
 * A {@link NewsSearcher} seen as a {@link Ranker}, for relevance evaluation: each query is read as
 * plain words (like a user's search box, and like the reference runs of test collections) and
 * ranked with the request options the caller configures. A search that runs out of time fails
 * ({@link IncompleteRankingException}) rather than return the part it ranked as the whole ranking.
 * Closing it closes the searcher.
 */
public final class SearchRanker implements Ranker, Closeable {

  private final NewsSearcher searcher;
  private final UnaryOperator<SearchRequest.Builder> options;

  /**
   * @param options applied to every request (sort, feedback, ...); the query, its syntax, the page
   *     asked for (offset, limit, cursor) and highlighting are set by the ranker, whatever the
   *     options set
   */
  public SearchRanker(NewsSearcher searcher, UnaryOperator<SearchRequest.Builder> options) {
    this.searcher = Objects.requireNonNull(searcher, "searcher");
    this.options = Objects.requireNonNull(options, "options");
  }

  /** Opens the index in a folder as a ranker with the given options. */
  public static SearchRanker open(Path indexDir, UnaryOperator<SearchRequest.Builder> options)
      throws IOException {
    return new SearchRanker(NewsSearcher.open(indexDir), options);
  }

  /**
   * The top {@code depth} articles; deeper than a request's window ({@link
   * SearchRequest#MAX_RESULT_WINDOW}), in pages that follow each other's cursors. Each article's
   * score is its relevance score; when the options sort by date, it is minus its rank (-1, -2,
   * ...), so that a measure, which orders a ranking by score, scores the date order returned.
   *
   * @throws IllegalStateException when an article ranked has an id that a run line cannot hold in
   *     one column ({@link Run#isOneColumn})
   * @throws IncompleteRankingException when a search runs out of time (the options' {@link
   *     SearchRequest.Builder#timeout}, 10 s unless they set another): its results are partial
   */
  @Override
  public List<ScoredDoc> rank(String query, int depth) throws IOException {
    if (depth <= 0) {
      throw new IllegalArgumentException("depth must be > 0, found " + depth);
    }
    List<ScoredDoc> docs = new ArrayList<>();
    String cursor = null;
    do {
      SearchRequest.Builder b = options.apply(SearchRequest.builder(query));
      b.syntax(SearchRequest.Syntax.SIMPLE)
          .offset(0)
          .limit(Math.min(depth - docs.size(), SearchRequest.MAX_RESULT_WINDOW))
          .cursor(cursor)
          .paragraphsPerHit(0);
      SearchRequest request = b.build();
      boolean byDate = request.sort() == SearchRequest.Sort.DATE;
      SearchResults page = searcher.search(request);
      if (page.partial()) {
        throw incomplete(query, request.timeout());
      }
      for (ArticleHit hit : page.hits()) {
        if (!Run.isOneColumn(hit.id())) {
          // the index's fault, not the query's: no topic could be ranked (IllegalState, not
          // IllegalArgument, which would reject only the topic that met it)
          throw new IllegalStateException(
              "article id '"
                  + hit.id()
                  + "' (ranked for '"
                  + query
                  + "') holds a space, tab or line break, which split the columns of runs and"
                  + " judgments; index the article under an id without them");
        }
        // evaluation orders by score: sorted by date, the score is the rank's, so that the
        // order scored is the order returned (relevance scores would re-sort the newest N)
        docs.add(new ScoredDoc(hit.id(), byDate ? -(docs.size() + 1.0) : hit.score()));
      }
      cursor = page.nextCursor();
    } while (cursor != null && docs.size() < depth);
    return docs;
  }

  /**
   * The refusal of a search that ran out of time: its hits are those of the part of the index it
   * got through, and scored as a whole ranking they would score too low without saying why.
   */
  private static IncompleteRankingException incomplete(String query, Duration timeout) {
    String seconds = BigDecimal.valueOf(timeout.toNanos(), 9).stripTrailingZeros().toPlainString();
    return new IncompleteRankingException(
        query,
        timeout,
        "the search for "
            + UserQueryParser.abbreviate(query)
            + " ran out of time ("
            + seconds
            + " s) and its ranking is incomplete, which would score as if it were whole; give the"
            + " search more time (SearchRequest.Builder.timeout)");
  }

  @Override
  public void close() throws IOException {
    searcher.close();
  }
}
