package org.dateline.searcher.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Topic, document and run ids as the TREC formats have them: one word each, ordered as trec_eval
 * orders them. A word is what trec_eval reads as one column: it splits lines on the white space of
 * C's {@code isspace} in the "C" locale, ASCII's space, tab, line feed, vertical tab, form feed and
 * carriage return, and on nothing else (an em space U+2003 or a unit separator U+001F is part of a
 * word).
 */
final class Ids {

  /**
   * Ids in ascending order as trec_eval sorts topics and breaks ties: C {@code strcmp} on UTF-8
   * bytes, which is the order of Unicode code points (Java's {@code String.compareTo} differs for
   * characters outside the Basic Multilingual Plane).
   */
  static final Comparator<String> TREC_ORDER = Ids::compare;

  private Ids() {}

  /**
   * Whether the id is one word: not empty, no column-splitting white space, so it fits a column.
   */
  static boolean isWord(String id) {
    return !id.isEmpty() && id.chars().noneMatch(Ids::splitsColumns);
  }

  /** Whether the character splits the columns of a TREC line: C's {@code isspace}, ASCII only. */
  static boolean splitsColumns(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }

  /** The columns of a line: the words between its column-splitting white space; none if blank. */
  static String[] columns(String line) {
    List<String> columns = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= line.length(); i++) {
      boolean splits = i == line.length() || splitsColumns(line.charAt(i));
      if (splits && start >= 0) {
        columns.add(line.substring(start, i));
        start = -1;
      } else if (!splits && start < 0) {
        start = i;
      }
    }
    return columns.toArray(new String[0]);
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
