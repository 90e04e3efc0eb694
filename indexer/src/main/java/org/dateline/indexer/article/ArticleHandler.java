package org.dateline.indexer.article;

import java.io.IOException;
import java.nio.file.Path;

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

  /**
   * Called once per record the format reads but holds nothing to index, which is no error (a
   * Reuters brief, a headline only): a file of such records is not "without articles". By default
   * nothing is done.
   */
  default void passedOver(String source, int line) {}

  /**
   * Called once per file left unread in a folder because the format given for every file does not
   * take it ({@code README.txt} beside Reuters' {@code .sgm} files), or, with no format given,
   * because it is of no format and lies in a folder tree of articles of a detected format (BBC's
   * {@code README.TXT}): no error, but worth saying, in case articles were named otherwise than the
   * format expects. By default nothing is done.
   */
  default void skipped(Path file) {}
}
