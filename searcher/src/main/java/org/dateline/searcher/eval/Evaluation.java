package org.dateline.searcher.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * The scores of one run: per judged topic and summarized, for a fixed list of measures. Immutable.
 */
public final class Evaluation {

  private final String runTag;
  private final List<Metric> metrics;
  private final List<String> topics;
  private final double[][] values;
  private final double[] summary;

  Evaluation(
      String runTag,
      List<Metric> metrics,
      List<String> topics,
      double[][] values,
      double[] summary) {
    this.runTag = runTag;
    this.metrics = metrics;
    this.topics = topics;
    this.values = values;
    this.summary = summary;
  }

  /** The tag of the scored run. */
  public String runTag() {
    return runTag;
  }

  /** The measures, in trec_eval's order. */
  public List<Metric> metrics() {
    return metrics;
  }

  /** The judged topics, in trec_eval's order; every one is scored. */
  public List<String> topics() {
    return topics;
  }

  /** The value of a measure for one topic. */
  public double value(String topic, Metric metric) {
    int t = topics.indexOf(topic);
    if (t < 0) {
      throw new IllegalArgumentException("topic '" + topic + "' is not judged; judged: " + topics);
    }
    return values[index(metric)][t];
  }

  /** The values of a measure for every topic, in the order of {@link #topics()}. */
  public double[] perTopic(Metric metric) {
    return values[index(metric)].clone();
  }

  /** The summary ({@code all}) value: the mean over topics, or a count for the num_ measures. */
  public double summary(Metric metric) {
    return summary[index(metric)];
  }

  private int index(Metric metric) {
    int m = metrics.indexOf(metric);
    if (m < 0) {
      throw new IllegalArgumentException(
          "metric " + metric + " was not computed; computed: " + metrics);
    }
    return m;
  }

  /**
   * The result as trec_eval prints it: {@code metric<TAB>qid|all<TAB>value} with the name padded to
   * 22 characters, 4 decimals or an integer for counts; per-topic lines first when asked ({@code
   * -q}).
   */
  public List<String> toTrecEvalLines(boolean perTopic) {
    List<String> lines = new ArrayList<>();
    if (perTopic) {
      for (int t = 0; t < topics.size(); t++) {
        for (int m = 0; m < metrics.size(); m++) {
          Metric metric = metrics.get(m);
          if (metric.kind() != Metric.Kind.RUNID && metric.kind() != Metric.Kind.NUM_Q) {
            lines.add(line(metric.name(), topics.get(t), format(metric, values[m][t])));
          }
        }
      }
    }
    for (int m = 0; m < metrics.size(); m++) {
      Metric metric = metrics.get(m);
      String value = metric.kind() == Metric.Kind.RUNID ? runTag : format(metric, summary[m]);
      lines.add(line(metric.name(), "all", value));
    }
    return lines;
  }

  private static String line(String name, String qid, String value) {
    return String.format("%-22s\t%s\t%s", name, qid, value);
  }

  /**
   * Formats a value as C's {@code %6.4f} ({@link FourDecimals}) or, for counts, {@code %ld} of the
   * truncated value.
   */
  static String format(Metric metric, double value) {
    if (metric.kind().isCount()) {
      return Long.toString((long) value);
    }
    String text = FourDecimals.of(value);
    return text.length() >= 6 ? text : " ".repeat(6 - text.length()) + text;
  }
}
