package org.dateline.searcher.cli;

import java.util.List;
import org.dateline.searcher.eval.Metric;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Reads the measures of {@code -m}, which {@code eval} and {@code compare} take as trec_eval does:
 * repeated ({@code -m map -m P.5,10}) or comma-separated.
 */
final class MetricOptions {

  private MetricOptions() {}

  /**
   * The measures named by every {@code -m} given.
   *
   * @throws ParameterException naming the unknown measure
   */
  static List<Metric> parse(CommandLine commandLine, List<String> given) {
    try {
      // each -m on its own, as trec_eval reads them: "-m P.5 -m 10" is no P_10
      java.util.TreeSet<Metric> measures = new java.util.TreeSet<>();
      for (String list : given) {
        measures.addAll(Metric.parseList(list));
      }
      return List.copyOf(measures);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(commandLine, "--metrics: " + e.getMessage());
    }
  }
}
