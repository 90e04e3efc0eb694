package org.dateline.searcher;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.dateline.searcher.eval.Ranker;
import org.dateline.searcher.eval.ScoredDoc;

/**
 * A {@link NewsSearcher} seen as a {@link Ranker}, for relevance evaluation: each query is read as
 * plain words (like a user's search box, and like the reference runs of test collections) and
 * ranked with the request options the caller configures. Closing it closes the searcher.
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
      for (ArticleHit hit : page.hits()) {
        if (hit.id().chars().anyMatch(Character::isWhitespace)) {
          throw new IllegalArgumentException(
              "article id '"
                  + hit.id()
                  + "' (ranked for '"
                  + query
                  + "') holds white space, which runs and judgments, one word per id, cannot"
                  + " hold; index the article under an id without white space");
        }
        // evaluation orders by score: sorted by date, the score is the rank's, so that the
        // order scored is the order returned (relevance scores would re-sort the newest N)
        docs.add(new ScoredDoc(hit.id(), byDate ? -(docs.size() + 1.0) : hit.score()));
      }
      cursor = page.nextCursor();
    } while (cursor != null && docs.size() < depth);
    return docs;
  }

  @Override
  public void close() throws IOException {
    searcher.close();
  }
}
