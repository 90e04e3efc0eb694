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
    Set<String> listed = new HashSet<>();
    for (int i = 0; i < limit; i++) {
      ScoredDoc doc = ranking.get(i);
      listed.add(doc.docId());
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
    StringBuilder missing = new StringBuilder();
    grades.forEach(
        (id, grade) -> {
          if (grade > 0 && !listed.contains(id)) {
            missing.append(missing.length() == 0 ? "" : ", ").append(id).append(mark(grade));
          }
        });
    if (missing.length() > 0) {
      text.append("      relevant, not in the top ")
          .append(limit)
          .append(": ")
          .append(missing)
          .append('\n');
    }
    return text.toString();
  }

  private static String mark(Integer grade) {
    return grade == null ? "" : " [rel " + grade + "]";
  }
}
