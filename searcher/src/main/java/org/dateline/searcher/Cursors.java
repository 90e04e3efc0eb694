package org.dateline.searcher;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * Opaque paging cursors. A cursor holds the sort values of the last hit of a page (score or date,
 * then article id), never a Lucene doc id, so it stays valid across index refreshes.
 */
final class Cursors {

  private Cursors() {}

  static String encode(SearchRequest.Sort sort, FieldDoc last) {
    Object primary = last.fields[0];
    String id = ((BytesRef) last.fields[1]).utf8ToString();
    String value =
        sort == SearchRequest.Sort.DATE
            ? "D" + primary
            : "R" + Integer.toHexString(Float.floatToIntBits((Float) primary));
    String raw = "1|" + value + "|" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The page boundary a cursor stands for.
   *
   * @param maxDoc the reader's maxDoc: the boundary's doc id is set past every document so that
   *     only the article the cursor names (equal on every sort field, id included) is excluded
   */
  static FieldDoc decode(SearchRequest.Sort sort, String cursor, int maxDoc) {
    String raw;
    try {
      raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalid(cursor);
    }
    String[] parts = raw.split("\\|", 3);
    if (parts.length != 3 || !parts[0].equals("1") || parts[1].isEmpty()) {
      throw invalid(cursor);
    }
    char kind = parts[1].charAt(0);
    String value = parts[1].substring(1);
    Object primary;
    try {
      if (sort == SearchRequest.Sort.DATE && kind == 'D') {
        primary = Long.parseLong(value);
      } else if (sort == SearchRequest.Sort.RELEVANCE && kind == 'R') {
        primary = Float.intBitsToFloat(Integer.parseUnsignedInt(value, 16));
      } else {
        throw new IllegalArgumentException(
            "cursor was made for another sort order; page with the same sort as the first page");
      }
    } catch (NumberFormatException e) {
      throw invalid(cursor);
    }
    return new FieldDoc(
        Math.max(0, maxDoc - 1), Float.NaN, new Object[] {primary, new BytesRef(parts[2])});
  }

  private static IllegalArgumentException invalid(String cursor) {
    return new IllegalArgumentException(
        "invalid cursor '" + cursor + "'; pass the nextCursor of a previous page unchanged");
  }
}
