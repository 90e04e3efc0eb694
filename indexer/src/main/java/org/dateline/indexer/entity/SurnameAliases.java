package org.dateline.indexer.entity;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Person values of one word ({@code Reagan}) that stand, across a whole collection, for one full
 * name ({@code Ronald Reagan}). {@link EntityNormalizer#canonicalArticle} gives a surname the full
 * name met in the same article; an article that only ever says "President Reagan" keeps {@code
 * Reagan}, so the collection's person facet would list the same man twice. Here a one-word value
 * becomes the full name that ends with it when, over the collection, that full name is named in at
 * least {@link #MIN_ARTICLES} articles and in at least {@link #DOMINANCE} of the articles naming
 * any full name ending with the word: {@code Baker} becomes {@code James Baker} (214 Reuters
 * articles against 29 for Howard Baker), {@code Johnson} stays (Manuel Johnson 16 of 24), and so
 * does {@code Jones} when one article names Tom Jones.
 *
 * <p>No article holds both values of a pair: within an article the surname already took the full
 * name. So counting articles per full name by adding those of its surname counts no article twice.
 *
 * <p>A word the tagger wrongly took for a name ("Will") goes to whatever full name ends with it, as
 * it would have stayed a wrong name without this rule. Stateless; thread-safe.
 */
public final class SurnameAliases {

  /** The least number of articles that name the full name itself. */
  public static final int MIN_ARTICLES = 2;

  /** The least share the full name has of the articles naming full names ending with the word. */
  public static final double DOMINANCE = 0.75;

  private SurnameAliases() {}

  /**
   * The one-word person values that stand for a full name, each mapped to it.
   *
   * @param articlesPerName canonical person values and the number of articles naming each
   * @return one-word value to full name, sorted by the one-word value
   */
  public static Map<String, String> of(Map<String, Integer> articlesPerName) {
    Map<String, Integer> endingWith = new HashMap<>(); // articles per last word, all full names
    Map<String, String> best = new HashMap<>(); // the full name named most, per last word
    for (Map.Entry<String, Integer> e : articlesPerName.entrySet()) {
      String name = e.getKey();
      int space = name.lastIndexOf(' ');
      if (space < 0) {
        continue;
      }
      String last = name.substring(space + 1);
      endingWith.merge(last, e.getValue(), Integer::sum);
      String leader = best.get(last);
      // a tie for the most articles leaves neither with the share needed, whichever is kept
      if (leader == null || e.getValue() > articlesPerName.get(leader)) {
        best.put(last, name);
      }
    }
    Map<String, String> aliases = new TreeMap<>();
    for (String word : articlesPerName.keySet()) {
      String full = word.indexOf(' ') < 0 ? best.get(word) : null;
      if (full == null) {
        continue;
      }
      int named = articlesPerName.get(full);
      if (named >= MIN_ARTICLES && named >= DOMINANCE * endingWith.get(word)) {
        aliases.put(word, full);
      }
    }
    return aliases;
  }
}
