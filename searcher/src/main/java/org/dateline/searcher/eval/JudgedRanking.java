package org.dateline.searcher.eval;

import java.util.List;
import java.util.Map;

/**
 * One topic's ranking with the judgment of each retrieved document, and the judgment counts: what
 * trec_eval's measures are computed from (its {@code form_res_rels}).
 */
final class JudgedRanking {

  /** The relevance value of a retrieved document that is not in the qrels. */
  static final int NOT_JUDGED = -1;

  /** The relevance value of a document in the qrels with a negative grade (pooled, unjudged). */
  static final int POOLED_UNJUDGED = -2;

  /** Relevance value of each retrieved document, in ranking order. */
  final int[] rels;

  /** Number of judged documents at each grade 0..max (negative grades are not counted). */
  final long[] countAtGrade;

  /** The grade from which a document counts as relevant (trec_eval -l). */
  final int level;

  /** Relevant documents (grade at least {@link #level}) for the topic. */
  final long numRel;

  /** Relevant documents retrieved. */
  final long numRelRet;

  JudgedRanking(List<ScoredDoc> ranking, Map<String, Integer> judgments, int level) {
    this.level = level;
    int maxGrade = judgments.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    countAtGrade = new long[Math.max(maxGrade, 0) + 1];
    for (int grade : judgments.values()) {
      if (grade >= 0) {
        countAtGrade[grade]++;
      }
    }
    rels = new int[ranking.size()];
    long relRet = 0;
    for (int i = 0; i < rels.length; i++) {
      Integer grade = judgments.get(ranking.get(i).docId());
      rels[i] = grade == null ? NOT_JUDGED : grade < 0 ? POOLED_UNJUDGED : grade;
      if (isRelevant(i)) {
        relRet++;
      }
    }
    numRelRet = relRet;
    long rel = 0;
    for (int grade = Math.max(level, 0); grade < countAtGrade.length; grade++) {
      rel += countAtGrade[grade];
    }
    numRel = rel;
  }

  int numRet() {
    return rels.length;
  }

  /** Whether the document at 0-based position {@code i} is relevant at the level. */
  boolean isRelevant(int i) {
    return rels[i] >= 0 && rels[i] >= level;
  }

  /** Whether the document at position {@code i} is judged and below the level. */
  boolean isJudgedNonRelevant(int i) {
    return rels[i] >= 0 && rels[i] < level;
  }

  /** Judged documents below the level (bpref's nonrelevant pool). */
  long numNonRel() {
    long nonRel = 0;
    for (int grade = 0; grade < Math.min(level, countAtGrade.length); grade++) {
      nonRel += countAtGrade[grade];
    }
    return nonRel;
  }

  /** Relevant documents among the first {@code k} retrieved. */
  long relevantInTop(long k) {
    long found = 0;
    for (int i = 0; i < Math.min(k, rels.length); i++) {
      if (isRelevant(i)) {
        found++;
      }
    }
    return found;
  }
}
