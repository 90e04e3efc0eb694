package org.dateline.searcher.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Renders rankings for assertion messages: rank, article id, relevance mark, score. */
final class RankingText {

  /** How many ranks a failure message shows at most. */
  static final int MAX_SHOWN = 10;

  private RankingText() {}

  /** A query's heading: {@code q1 "troops iraq"}. */
  static String heading(String id, String query) {
    return id + " \"" + query + "\"";
  }

  /**
   * The first {@code shown} ranks, one per line, each indented; judged articles carry {@code [rel
   * g]}. Then the relevant articles missing from those ranks, if any.
   */
  static String render(List<ScoredDoc> ranking, Map<String, Integer> grades, int shown) {
    StringBuilder text = new StringBuilder();
    int limit = Math.min(shown, ranking.size());
    for (int i = 0; i < limit; i++) {
      ScoredDoc doc = ranking.get(i);
      text.append(
          String.format(
              Locale.ROOT,
              "      %2d. %s%s  (score %s)\n",
              i + 1,
              doc.docId(),
              mark(grades.get(doc.docId())),
              FourDecimals.of(doc.score())));
    }
    if (ranking.isEmpty()) {
      text.append("      (nothing retrieved)\n");
    }
    return text.append(missingRelevant(ranking, grades, shown)).toString();
  }

  /**
   * The relevant articles that are not among the first {@code shown} ranks, on one indented line:
   * "not in the top N" when the ranking goes on past them, "not retrieved" when it does not (an
   * empty ranking has no top 0); nothing when none is missing.
   */
  static String missingRelevant(List<ScoredDoc> ranking, Map<String, Integer> grades, int shown) {
    int limit = Math.min(shown, ranking.size());
    Set<String> listed = new HashSet<>();
    for (ScoredDoc doc : ranking.subList(0, limit)) {
      listed.add(doc.docId());
    }
    StringBuilder missing = new StringBuilder();
    grades.forEach(
        (id, grade) -> {
          if (grade > 0 && !listed.contains(id)) {
            missing.append(missing.length() == 0 ? "" : ", ").append(id).append(mark(grade));
          }
        });
    if (missing.length() == 0) {
      return "";
    }
    String where = limit < shown ? "not retrieved" : "not in the top " + limit;
    return "      relevant, " + where + ": " + missing + "\n";
  }

  private static String mark(Integer grade) {
    return grade == null ? "" : " [rel " + grade + "]";
  }
}
