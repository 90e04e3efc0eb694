package org.dateline.searcher.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Assertions over one {@link JudgmentList}, its queries already ranked; obtained from {@link
 * RelevanceAssertions#assertThat}. Every method returns this, to chain, or throws {@link
 * AssertionError} naming the queries that fall short with their top rankings.
 */
public final class JudgmentListAssert {

  /** How many failing queries a message shows at most. */
  static final int MAX_QUERIES_SHOWN = 5;

  private final JudgmentList list;
  private final Run run;
  private final int depth;
  private final Evaluator evaluator;

  JudgmentListAssert(JudgmentList list, Run run, int depth) {
    this.list = list;
    this.run = run;
    this.depth = depth;
    this.evaluator = new Evaluator(list.toQrels());
  }

  /** Asserts that the mean nDCG at {@code k} ({@code ndcg_cut_k}) is at least {@code min}. */
  public JudgmentListAssert ndcgAtLeast(int k, double min) {
    return meanAtLeast(Metric.at(Metric.Kind.NDCG_CUT, k), min);
  }

  /** Asserts that the mean average precision is at least {@code min}. */
  public JudgmentListAssert mapAtLeast(double min) {
    return meanAtLeast(Metric.of(Metric.Kind.MAP), min);
  }

  /** Asserts that the mean precision at {@code k} is at least {@code min}. */
  public JudgmentListAssert precisionAtLeast(int k, double min) {
    return meanAtLeast(Metric.at(Metric.Kind.P, k), min);
  }

  /** Asserts that the mean recall at {@code k} is at least {@code min}. */
  public JudgmentListAssert recallAtLeast(int k, double min) {
    return meanAtLeast(Metric.at(Metric.Kind.RECALL, k), min);
  }

  /** Asserts that the mean reciprocal rank is at least {@code min}. */
  public JudgmentListAssert reciprocalRankAtLeast(double min) {
    return meanAtLeast(Metric.of(Metric.Kind.RECIP_RANK), min);
  }

  /**
   * How far below a threshold a mean may fall and pass: floating-point sums are not exact (the mean
   * of 0.1 and 0.7 is 0.39999999999999997), and a threshold copied from {@code eval}'s output,
   * which rounds to 4 decimals, must not fail on the last bit.
   */
  static final double TOLERANCE = 1e-9;

  /**
   * Asserts that the measure's mean over the list's queries is at least {@code min} (less {@link
   * #TOLERANCE}).
   */
  public JudgmentListAssert meanAtLeast(Metric metric, double min) {
    checkThreshold(min);
    Evaluation e = evaluate(metric);
    double mean = e.summary(metric);
    if (isBelow(mean, min)) {
      throw new AssertionError(
          metric
              + " over judgment list '"
              + list.name()
              + "' ("
              + list.queries().size()
              + " queries) is "
              + FourDecimals.of(mean)
              + ", expected at least "
              + FourDecimals.of(min)
              + ".\n"
              + below(e, metric, min));
    }
    return this;
  }

  /** Asserts that every query of the list reaches at least {@code min} on the measure. */
  public JudgmentListAssert eachQueryAtLeast(Metric metric, double min) {
    checkThreshold(min);
    Evaluation e = evaluate(metric);
    if (list.queries().stream().anyMatch(q -> isBelow(e.value(q.id(), metric), min))) {
      throw new AssertionError(
          "some queries of judgment list '"
              + list.name()
              + "' score below "
              + FourDecimals.of(min)
              + " on "
              + metric
              + ".\n"
              + below(e, metric, min));
    }
    return this;
  }

  /**
   * Asserts that the article is among the first {@code n} results for the list's query {@code
   * queryId}.
   *
   * @throws IllegalArgumentException when {@code n} is more than the ranker was asked for ({@link
   *     RelevanceAssertions#withDepth})
   */
  public JudgmentListAssert assertInTop(String queryId, String articleId, int n) {
    if (n > depth) {
      // the ranker was asked for fewer articles: one ranked below them would fail wrongly
      throw deeperThanAsked("the top " + n, n);
    }
    JudgedQuery query = list.query(queryId);
    RelevanceAssertions.checkInTop(
        "query "
            + RankingText.heading(query.id(), query.query())
            + " of judgment list '"
            + list.name()
            + "'",
        run.ranking(queryId),
        query.relevant(),
        articleId,
        n);
    return this;
  }

  private static boolean isBelow(double value, double min) {
    return value < min - TOLERANCE;
  }

  /** The measure's mean over the list's queries, for reporting. */
  public double mean(Metric metric) {
    return evaluate(metric).summary(metric);
  }

  /**
   * A threshold that is not a number would make every comparison false, so the assertion could
   * never fail.
   */
  private static void checkThreshold(double min) {
    if (Double.isNaN(min)) {
      throw new IllegalArgumentException("the threshold must be a number, found NaN");
    }
  }

  private Evaluation evaluate(Metric metric) {
    if (metric.kind().isCount() || metric.kind() == Metric.Kind.RUNID) {
      throw new IllegalArgumentException(metric + " is a count; assert on map, P_k, ndcg_cut_k...");
    }
    if (metric.kind().hasCutoff() && metric.cutoff() > depth) {
      throw deeperThanAsked(metric.toString(), metric.cutoff());
    }
    return evaluator.evaluate(run, List.of(metric));
  }

  /** The refusal of an assertion that needs more ranks than the ranker was asked for. */
  private IllegalArgumentException deeperThanAsked(String what, int ranks) {
    return new IllegalArgumentException(
        what
            + " needs "
            + ranks
            + " ranks but the ranker is asked for "
            + depth
            + "; use RelevanceAssertions.withDepth("
            + ranks
            + ")");
  }

  /** The queries below {@code min}, worst first, with their rankings. */
  private String below(Evaluation e, Metric metric, double min) {
    List<JudgedQuery> failing = new ArrayList<>();
    for (JudgedQuery q : list.queries()) {
      if (isBelow(e.value(q.id(), metric), min)) {
        failing.add(q);
      }
    }
    failing.sort(Comparator.comparingDouble((JudgedQuery q) -> e.value(q.id(), metric)));
    int shownRanks =
        metric.kind().hasCutoff()
            ? Math.min(metric.cutoff(), RankingText.MAX_SHOWN)
            : RankingText.MAX_SHOWN;
    StringBuilder text = new StringBuilder();
    text.append("  queries below ")
        .append(FourDecimals.of(min))
        .append(", worst first (")
        .append(Math.min(failing.size(), MAX_QUERIES_SHOWN))
        .append(" of ")
        .append(failing.size())
        .append(" shown):\n");
    for (JudgedQuery q : failing.subList(0, Math.min(failing.size(), MAX_QUERIES_SHOWN))) {
      text.append("    ")
          .append(RankingText.heading(q.id(), q.query()))
          .append(": ")
          .append(metric)
          .append(" = ")
          .append(FourDecimals.of(e.value(q.id(), metric)))
          .append('\n')
          .append(RankingText.render(run.ranking(q.id()), q.relevant(), shownRanks));
    }
    return text.toString();
  }
}
