package org.dateline.searcher.eval;

import java.util.Comparator;

/**
 * Topic, document and run ids as the TREC formats have them: one word each, ordered as trec_eval
 * orders them.
 */
final class Ids {

  /**
   * Ids in ascending order as trec_eval sorts topics and breaks ties: C {@code strcmp} on UTF-8
   * bytes, which is the order of Unicode code points (Java's {@code String.compareTo} differs for
   * characters outside the Basic Multilingual Plane).
   */
  static final Comparator<String> TREC_ORDER = Ids::compare;

  private Ids() {}

  /** Whether the id is one word: not empty, no white space, so it fits a TREC column. */
  static boolean isWord(String id) {
    return !id.isEmpty() && id.chars().noneMatch(Character::isWhitespace);
  }

  static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
