package org.dateline.searcher.cli;

import java.io.PrintWriter;
import org.dateline.searcher.eval.Qrels;
import org.dateline.searcher.eval.Run;

/**
 * Warns, on stderr, when a run ranks documents for none or only some of the judged topics: with
 * {@code -c}, as trec_eval's, each topic it leaves out scores 0, which pulls the means down without
 * saying why.
 */
final class RunCoverage {

  private RunCoverage() {}

  /**
   * @param command the command's name, for the message
   * @param which how to name the run in the message ("the run", "run A (a.run)")
   */
  static void warn(PrintWriter err, String command, String which, Qrels qrels, Run run) {
    warn(err, command, which, qrels, run, false);
  }

  /**
   * @param searched whether the run was made by searching an index (then the index, not the run
   *     file, may be the wrong one or empty)
   */
  static void warn(
      PrintWriter err, String command, String which, Qrels qrels, Run run, boolean searched) {
    int judged = qrels.topics().size();
    // a topic the searcher found nothing for (a query of stop words, an empty index) is in a run
    // made from topics with an empty ranking: it ranks nothing either
    long ranked = qrels.topics().stream().filter(t -> !run.ranking(t).isEmpty()).count();
    if (ranked == 0) {
      err.println(
          "dateline "
              + command
              + ": warning: "
              + which
              + " ranks none of the "
              + judged
              + " judged topics, so every score is 0; "
              + (searched
                  ? "does the index hold the collection the qrels judge, and is it not empty?"
                  : "do the qrels belong to these topics?"));
    } else if (ranked < judged) {
      err.println(
          "dateline "
              + command
              + ": warning: "
              + which
              + " ranks "
              + ranked
              + " of the "
              + judged
              + " judged topics; the other "
              + (judged - ranked)
              + " score 0 for it");
    }
  }
}
