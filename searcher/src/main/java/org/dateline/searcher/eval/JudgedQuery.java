package org.dateline.searcher.eval;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One query of a {@link JudgmentList}: its id, its text, and the graded relevance of articles.
 *
 * @param id unique within the list; not empty, no white space
 * @param query the query text; not blank
 * @param relevant article id to grade: 1 or more is relevant (higher is better, nDCG uses the grade
 *     as gain), 0 marks an article judged not relevant; at least one grade must be 1 or more
 */
public record JudgedQuery(String id, String query, Map<String, Integer> relevant) {

  public JudgedQuery {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(relevant, "relevant");
    if (!Ids.isWord(id)) {
      throw new IllegalArgumentException(
          "query id must be non-empty without white space: '" + id + "'");
    }
    if (query.isBlank()) {
      throw new IllegalArgumentException("query '" + id + "' has an empty query text");
    }
    relevant.forEach(
        (article, grade) -> {
          if (!Ids.isWord(article)) {
            throw new IllegalArgumentException(
                "query '"
                    + id
                    + "': article ids must be non-empty without white space: '"
                    + article
                    + "'");
          }
          if (grade < 0) {
            throw new IllegalArgumentException(
                "query '" + id + "': grade of '" + article + "' must be >= 0, found " + grade);
          }
        });
    if (relevant.values().stream().noneMatch(grade -> grade > 0)) {
      throw new IllegalArgumentException(
          "query '"
              + id
              + "' has no relevant article (grade >= 1); such a query scores 0 on"
              + " every measure, so add one or drop the query");
    }
    relevant = Collections.unmodifiableMap(new LinkedHashMap<>(relevant));
  }

  /** The grade of an article: its judgment, or {@code null} when the article is not judged. */
  public Integer gradeOf(String articleId) {
    return relevant.get(articleId);
  }
}
