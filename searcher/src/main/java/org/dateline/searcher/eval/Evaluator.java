package org.dateline.searcher.eval;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Scores runs against judgments exactly as {@code trec_eval -c} (version 10.0) does: every judged
 * topic is scored, a judged topic the run does not rank scores 0, a ranked topic without judgments
 * is ignored, and the summary is the mean over judged topics (num_q, num_ret, num_rel and
 * num_rel_ret are counts). Immutable and thread-safe.
 *
 * <pre>{@code
 * Evaluation e = new Evaluator(Qrels.read(qrels)).evaluate(Run.read(run), Metric.parseList("map,P_10"));
 * double map = e.summary(Metric.of(Metric.Kind.MAP));
 * }</pre>
 */
public final class Evaluator {

  private final Qrels qrels;
  private final int relevanceLevel;

  /** An evaluator where a grade of 1 or more is relevant (trec_eval's default). */
  public Evaluator(Qrels qrels) {
    this(qrels, 1);
  }

  /**
   * @param relevanceLevel the lowest grade that counts as relevant for the binary measures, as
   *     trec_eval's {@code -l}; nDCG always uses the grades themselves
   */
  public Evaluator(Qrels qrels, int relevanceLevel) {
    if (relevanceLevel < 0) {
      throw new IllegalArgumentException(
          "relevanceLevel must be >= 0 (1 is trec_eval's default), found " + relevanceLevel);
    }
    this.qrels = qrels;
    this.relevanceLevel = relevanceLevel;
  }

  /** The judgments this evaluator scores against. */
  public Qrels qrels() {
    return qrels;
  }

  /** The lowest grade that counts as relevant. */
  public int relevanceLevel() {
    return relevanceLevel;
  }

  /**
   * Scores a run on the given measures (printed and stored in trec_eval's order).
   *
   * @throws IllegalArgumentException when the run's ranking of a judged topic lists a document
   *     twice (call {@link Run#requireEachDocumentOnce} first for an {@link EvalFormatException})
   */
  public Evaluation evaluate(Run run, Collection<Metric> metrics) {
    if (metrics.isEmpty()) {
      throw new IllegalArgumentException(
          "name at least one metric, e.g. Metric.parseList(\"map\")");
    }
    EvalFormatException duplicate = run.duplicateIn(qrels.topics());
    if (duplicate != null) {
      throw new IllegalArgumentException(duplicate.getMessage(), duplicate);
    }
    List<Metric> ordered = List.copyOf(new TreeSet<>(metrics));
    List<String> topics = qrels.topics();
    double[][] values = new double[ordered.size()][topics.size()];
    for (int t = 0; t < topics.size(); t++) {
      String topic = topics.get(t);
      JudgedRanking judged =
          new JudgedRanking(run.ranking(topic), qrels.judgments(topic), relevanceLevel);
      for (int m = 0; m < ordered.size(); m++) {
        values[m][t] = TopicMeasures.value(ordered.get(m), judged);
      }
    }
    double[] summary = new double[ordered.size()];
    for (int m = 0; m < ordered.size(); m++) {
      summary[m] = summarize(ordered.get(m), values[m]);
    }
    return new Evaluation(run.tag(), ordered, topics, values, summary);
  }

  private double summarize(Metric metric, double[] perTopic) {
    double sum = 0;
    for (double v : perTopic) {
      sum += v;
    }
    return switch (metric.kind()) {
      case RUNID -> 0;
      case NUM_Q, NUM_RET, NUM_REL_RET -> sum;
      // trec_eval -c counts every judgment above 0, whatever the relevance level
      case NUM_REL -> qrels.countPositive();
      default -> sum / perTopic.length;
    };
  }
}
