package org.dateline.indexer;

import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.dateline.indexer.schema.NewsSchema;

/**
 * What {@link ArticleIndexer#commit} recorded in a commit's user data: how many articles the commit
 * holds and when it was made. After a crash this says exactly what the index holds.
 *
 * @param articles articles in the index as of the commit
 * @param time when the commit was made
 */
public record CommitInfo(long articles, Instant time) {

  static final String ARTICLES = "dateline.articles";
  static final String TIME = "dateline.committed";

  /** The user data to store with a commit, with the index layout's version. */
  Map<String, String> userData() {
    return Map.of(
        ARTICLES,
        Long.toString(articles),
        TIME,
        time.toString(),
        NewsSchema.VERSION_KEY,
        Integer.toString(NewsSchema.VERSION));
  }

  /**
   * The info of the latest commit in {@code dir}, or {@code null} when the commit was made by
   * something other than {@link ArticleIndexer} (an index written before commits were recorded).
   *
   * @throws IndexNotFoundException if {@code dir} holds no index
   */
  public static CommitInfo latest(Directory dir) throws IOException {
    return of(SegmentInfos.readLatestCommit(dir).getUserData());
  }

  /** Reads the info from a commit's user data, or {@code null} when it has none. */
  public static CommitInfo of(Map<String, String> userData) {
    String articles = userData.get(ARTICLES);
    String time = userData.get(TIME);
    if (articles == null || time == null) {
      return null;
    }
    try {
      return new CommitInfo(Long.parseLong(articles), Instant.parse(time));
    } catch (NumberFormatException | DateTimeParseException e) {
      return null;
    }
  }
}
