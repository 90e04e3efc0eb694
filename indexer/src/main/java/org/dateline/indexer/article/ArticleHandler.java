package org.dateline.indexer.article;

import java.io.IOException;

/** Receives what a reader finds: articles, and the inputs it had to reject. */
public interface ArticleHandler {

  /** Called once per article read. */
  void accept(Article article) throws IOException;

  /**
   * Called once per article read, with the line of its file where it starts (1 for a file that is
   * one article); readers call this one, and a handler that reports articles by place overrides it.
   * By default the same as {@link #accept(Article)}.
   */
  default void accept(Article article, int line) throws IOException {
    accept(article);
  }

  /** Called once per rejected file or record; reading goes on with the next one. */
  void reject(Rejection rejection);
}
