package org.dateline.searcher;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One article in the results.
 *
 * @param id the article id
 * @param date its date, or {@code null}
 * @param score its relevance score for the query (see {@link NewsSearcher} on scoring; for {@link
 *     NewsSearcher#related}, its likeness to the article), also when the results are sorted by
 *     date: the order is then by date, and each hit keeps the score it ranks by otherwise
 * @param title its title, or {@code null}
 * @param highlightedTitle the title with the words the query matched in it wrapped in {@code
 *     <em>...</em>} (as the paragraphs are), or {@code null} when it has none
 * @param paragraphs its best paragraphs for the query, best first, highlighted
 * @param entities canonical entity names of the whole article, by type key ({@code person}, ...),
 *     in the order given (people, organizations, places, misc, as the searcher gives them)
 * @param explanation why it scored as it did, when asked for; otherwise {@code null}
 * @param metadata the article's source-specific values as indexed ({@code url}, {@code source},
 *     Reuters' {@code topics}, ...), by name in name order; empty when it has none
 */
public record ArticleHit(
    String id,
    LocalDate date,
    float score,
    String title,
    String highlightedTitle,
    List<ParagraphHit> paragraphs,
    Map<String, List<String>> entities,
    String explanation,
    Map<String, List<String>> metadata) {

  public ArticleHit {
    paragraphs = List.copyOf(paragraphs);
    entities = copy(entities);
    metadata = copy(metadata);
  }

  /** An unmodifiable copy, in the same order. */
  private static Map<String, List<String>> copy(Map<String, List<String>> map) {
    Map<String, List<String>> ordered = new LinkedHashMap<>();
    map.forEach((key, values) -> ordered.put(key, List.copyOf(values)));
    return Collections.unmodifiableMap(ordered);
  }
}
