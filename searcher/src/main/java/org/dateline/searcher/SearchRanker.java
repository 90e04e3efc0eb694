package org.dateline.searcher;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
   * @param options applied to every request (sort, feedback, ...); the query, its syntax, limit and
   *     highlighting are set by the ranker
   */
  public SearchRanker(NewsSearcher searcher, UnaryOperator<SearchRequest.Builder> options) {
    this.searcher = searcher;
    this.options = options;
  }

  /** Opens the index in a folder as a ranker with the given options. */
  public static SearchRanker open(Path indexDir, UnaryOperator<SearchRequest.Builder> options)
      throws IOException {
    return new SearchRanker(NewsSearcher.open(indexDir), options);
  }

  @Override
  public List<ScoredDoc> rank(String query, int depth) throws IOException {
    SearchRequest.Builder b =
        options.apply(
            SearchRequest.builder(query)
                .syntax(SearchRequest.Syntax.SIMPLE)
                .limit(depth)
                .paragraphsPerHit(0));
    List<ScoredDoc> docs = new ArrayList<>();
    for (ArticleHit hit : searcher.search(b.build()).hits()) {
      docs.add(new ScoredDoc(hit.id(), hit.score()));
    }
    return docs;
  }

  @Override
  public void close() throws IOException {
    searcher.close();
  }
}
