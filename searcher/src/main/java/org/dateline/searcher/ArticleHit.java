package org.dateline.searcher;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One article in the results.
 *
 * @param id the article id
 * @param date its date, or {@code null}
 * @param score its relevance score (0 when sorted by date without scores)
 * @param title its title, or {@code null}
 * @param paragraphs its best paragraphs for the query, best first, highlighted
 * @param entities canonical entity names of the whole article, by type key ({@code person}, ...)
 * @param explanation why it scored as it did, when asked for; otherwise {@code null}
 */
public record ArticleHit(
    String id,
    LocalDate date,
    float score,
    String title,
    List<ParagraphHit> paragraphs,
    Map<String, List<String>> entities,
    String explanation) {

  public ArticleHit {
    paragraphs = List.copyOf(paragraphs);
    entities = Map.copyOf(entities);
  }
}
