package org.dateline.searcher.eval;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

  /** The grades given to judged documents, ascending (negative grades are left out). */
  final int[] grades;

  /** Number of judged documents at each of {@link #grades}. */
  final long[] countAtGrade;

  /** The grade from which a document counts as relevant (trec_eval -l). */
  final int level;

  /** Relevant documents (grade at least {@link #level}) for the topic. */
  final long numRel;

  /** Relevant documents retrieved. */
  final long numRelRet;

  JudgedRanking(List<ScoredDoc> ranking, Map<String, Integer> judgments, int level) {
    this.level = level;
    // sparse: a grade may be any int (trec_eval takes 1000000000)
    TreeMap<Integer, Long> counts = new TreeMap<>();
    for (int grade : judgments.values()) {
      if (grade >= 0) {
        counts.merge(grade, 1L, Long::sum);
      }
    }
    grades = new int[counts.size()];
    countAtGrade = new long[counts.size()];
    int n = 0;
    for (Map.Entry<Integer, Long> e : counts.entrySet()) {
      grades[n] = e.getKey();
      countAtGrade[n++] = e.getValue();
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
    for (int g = 0; g < grades.length; g++) {
      if (grades[g] >= level) {
        rel += countAtGrade[g];
      }
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
    for (int g = 0; g < grades.length; g++) {
      if (grades[g] < level) {
        nonRel += countAtGrade[g];
      }
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
