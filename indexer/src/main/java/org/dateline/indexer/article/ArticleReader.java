package org.dateline.indexer.article;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads one article format. Implementations are stateless and thread-safe.
 *
 * <p>A problem with one article (or one record of a multi-article file) is reported to the handler
 * as a {@link Rejection} and reading continues; {@link IOException} is thrown only when the file
 * cannot be read at all, and is then reported by the caller as a rejection of the file.
 */
public interface ArticleReader {

  /** The name used by {@code --format}, for example {@code seed}. */
  String name();

  /** Whether this reader recognizes the file (used when no format is given). */
  boolean accepts(Path file);

  /**
   * Whether a file found while walking a folder read in this format holds articles. Collections
   * ship notes, queries and judgments beside their articles (TIME's {@code TIME.QUE}, Reuters'
   * {@code lewis.dtd}); a reader says here which files are not its articles, and the walk skips
   * them without a rejection. Files named directly are always read. By default every file is.
   */
  default boolean isArticleFile(Path file) {
    return true;
  }

  /**
   * Whether a file of this format may hold no article and still be sound, as a JSON Lines file of
   * no records is (a day without stories). A file in which a reader that says no here finds neither
   * an article nor a problem is rejected: most likely it is not of this format. By default no.
   */
  default boolean mayHoldNoArticles() {
    return false;
  }

  /** Reads every article in {@code file}. */
  void read(Path file, ArticleHandler handler) throws IOException;
}
