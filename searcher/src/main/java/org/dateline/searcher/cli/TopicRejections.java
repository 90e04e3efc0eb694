package org.dateline.searcher.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.dateline.indexer.article.Rejection;
import org.dateline.indexer.cli.IndexCommand;
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
        topicsFile.toString(),
        r.topic().line(),
        "topic '" + r.topic().id() + "': " + r.reason().getMessage());
  }
}
