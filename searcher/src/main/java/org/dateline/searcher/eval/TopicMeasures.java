package org.dateline.searcher.eval;

/**
 * The per-topic value of each measure, computed as trec_eval 10.0 computes it. Positions are
 * 0-based here; rank = position + 1.
 */
final class TopicMeasures {

  private TopicMeasures() {}

  static double value(Metric metric, JudgedRanking r) {
    return switch (metric.kind()) {
      case RUNID -> 0;
      case NUM_Q -> 1;
      case NUM_RET -> r.numRet();
      case NUM_REL -> r.numRel;
      case NUM_REL_RET -> r.numRelRet;
      case MAP -> averagePrecision(r);
      case RPREC -> rPrecision(r);
      case BPREF -> bpref(r);
      case RECIP_RANK -> reciprocalRank(r);
      case P -> (double) r.relevantInTop(metric.cutoff()) / metric.cutoff();
      case RECALL -> r.numRel == 0 ? 0 : (double) r.relevantInTop(metric.cutoff()) / r.numRel;
      case NDCG -> ndcg(r, Integer.MAX_VALUE);
      case NDCG_CUT -> ndcg(r, metric.cutoff());
    };
  }

  private static double averagePrecision(JudgedRanking r) {
    double sum = 0;
    long found = 0;
    for (int i = 0; i < r.numRet(); i++) {
      if (r.isRelevant(i)) {
        found++;
        sum += (double) found / (i + 1);
      }
    }
    return found == 0 ? 0 : sum / r.numRel;
  }

  private static double rPrecision(JudgedRanking r) {
    long look = Math.min(r.numRet(), r.numRel);
    return look == 0 ? 0 : (double) r.relevantInTop(look) / r.numRel;
  }

  private static double reciprocalRank(JudgedRanking r) {
    for (int i = 0; i < r.numRet(); i++) {
      if (r.isRelevant(i)) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  /**
   * For each relevant document retrieved: 1 minus the share of judged nonrelevant documents ranked
   * above it, both counts capped at R; summed and divided by R. Unjudged documents are skipped.
   */
  private static double bpref(JudgedRanking r) {
    long nonRelAbove = 0;
    double sum = 0;
    double denominator = Math.min(r.numNonRel(), r.numRel);
    for (int i = 0; i < r.numRet(); i++) {
      if (r.isJudgedNonRelevant(i)) {
        nonRelAbove++;
      } else if (r.isRelevant(i)) {
        sum += nonRelAbove > 0 ? 1.0 - Math.min(nonRelAbove, r.numRel) / denominator : 1.0;
      }
    }
    return r.numRel == 0 ? sum : sum / r.numRel;
  }

  /**
   * nDCG as trec_eval's {@code ndcg} and {@code ndcg_cut}: gain = grade (grades above 0 count,
   * whatever the relevance level), discount log2(rank + 1); the ideal ranking sorts every judged
   * document by grade, cut at the same depth.
   */
  private static double ndcg(JudgedRanking r, int cutoff) {
    double dcg = 0;
    for (int i = 0; i < Math.min(r.numRet(), cutoff); i++) {
      if (r.rels[i] > 0) {
        dcg += r.rels[i] / log2(i + 2);
      }
    }
    double ideal = 0;
    int position = 0;
    for (int g = r.grades.length - 1; g >= 0 && r.grades[g] > 0; g--) {
      for (long n = 0; n < r.countAtGrade[g] && position < cutoff; n++, position++) {
        ideal += r.grades[g] / log2(position + 2);
      }
    }
    return ideal > 0 ? dcg / ideal : 0;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
