package org.dateline.searcher.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.dateline.searcher.SearchRequest;
import org.dateline.searcher.eval.Ranker;

/**
 * Opens the {@link Ranker} that {@code dateline eval --topics} runs topics against. The root
 * command supplies it (for Dateline: the searcher over an index directory); if the ranker it
 * returns is {@link java.io.Closeable}, the command closes it when the topics are done.
 */
@FunctionalInterface
public interface RankerFactory {

  /**
   * Opens a ranker over the index in {@code indexDir}.
   *
   * @param ranking the ranking options of the command line and its time limit, to apply to every
   *     search
   */
  Ranker open(Path indexDir, UnaryOperator<SearchRequest.Builder> ranking) throws IOException;
}
