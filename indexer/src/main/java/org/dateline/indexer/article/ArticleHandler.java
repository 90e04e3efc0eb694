package org.dateline.indexer.article;

import java.io.IOException;

/** Receives what a reader finds: articles, and the inputs it had to reject. */
public interface ArticleHandler {

  /** Called once per article read. */
  void accept(Article article) throws IOException;

  /** Called once per rejected file or record; reading goes on with the next one. */
  void reject(Rejection rejection);
}
