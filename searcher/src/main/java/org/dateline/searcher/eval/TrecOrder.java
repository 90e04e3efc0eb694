package org.dateline.searcher.eval;

import java.util.Comparator;

/**
 * The order trec_eval uses for topic and document ids: C {@code strcmp} on UTF-8 bytes, which is
 * the order of Unicode code points (Java's {@code String.compareTo} differs for characters outside
 * the Basic Multilingual Plane).
 */
final class TrecOrder {

  /** Ids in ascending byte order, as trec_eval sorts topics and breaks ties. */
  static final Comparator<String> IDS = TrecOrder::compare;

  private TrecOrder() {}

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
