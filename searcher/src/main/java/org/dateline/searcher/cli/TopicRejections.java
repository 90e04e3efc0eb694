package org.dateline.searcher.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dateline.indexer.article.Rejection;
import org.dateline.indexer.cli.IndexCommand;
import org.dateline.searcher.eval.IncompleteRankingException;
import org.dateline.searcher.eval.TopicRunner;

/**
 * Lists, on stderr, the topics {@code eval --topics} could not rank, as the index command lists the
 * inputs it rejects: {@code FILE:LINE: topic 'ID': reason}, the first ten, then how many more.
 */
final class TopicRejections {

  private TopicRejections() {}

  /**
   * @param topicsFile the topic file, as given
   * @param topics how many topics the file holds
   */
  static void print(
      PrintWriter err, Path topicsFile, int topics, List<TopicRunner.Rejected> rejected) {
    if (rejected.isEmpty()) {
      return;
    }
    err.printf(
        "dateline eval: rejected %,d of %,d topics, left out of the run:%n",
        rejected.size(), topics);
    IndexCommand.printRejections(
        err,
        topicsFile.toString(),
        rejected.stream().map(r -> rejection(topicsFile, r)).toList(),
        rejected.size());
    err.flush();
  }

  /** {@code FILE:LINE: topic 'ID': reason}. */
  private static Rejection rejection(Path topicsFile, TopicRunner.Rejected r) {
    return new Rejection(
        topicsFile.toString(), r.topic().line(), "topic '" + r.topic().id() + "': " + reason(r));
  }

  /**
   * Why the topic was rejected; a search out of time in the command line's words (the library's
   * message names its Java setting), with the option that gives it more.
   */
  private static String reason(TopicRunner.Rejected r) {
    if (r.reason() instanceof IncompleteRankingException incomplete
        && incomplete.timeLimit().isPresent()) {
      Duration limit = incomplete.timeLimit().get();
      return "its search ran out of time ("
          + QueryOptions.formatSeconds(limit)
          + " s) and its ranking is incomplete, which would score as if it were whole; give each"
          + " topic's search more time with --timeout SECONDS";
    }
    return r.reason().getMessage();
  }
}
