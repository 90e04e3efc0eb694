package org.dateline.searcher;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.dateline.indexer.entity.EntityNormalizer;
import org.dateline.indexer.entity.EntityType;
import org.dateline.indexer.entity.NameAliases;
import org.dateline.searcher.query.UserQueryParser;

/**
 * Opaque paging cursors. A cursor holds the sort values of the last hit of a page (score or date,
 * then article id), never a Lucene doc id, so it stays valid across index refreshes; that hit's
 * rank, so that the next page's hits are numbered on; and the version of the index view the page
 * was ranked on, since relevance scores hold in that view only. It also holds a check over those
 * values and the search it was made for (query, filters, sort, ranking options), so that a cursor
 * given to another search, or altered, is refused rather than paging silently from an unrelated
 * boundary.
 */
final class Cursors {

  private Cursors() {}

  /**
   * Where a cursor continues: after the hit with these sort values, which had {@code position} hits
   * at or above it, in the ranking of the index view with reader version {@code version}, of which
   * the pages before counted at least {@code atLeast} matches.
   */
  record Boundary(Object primary, String id, long position, long version, long atLeast) {

    /**
     * The boundary as Lucene's {@code searchAfter} takes it: its doc id is set past every document
     * of a reader with {@code maxDoc} documents, so that only the article the cursor names (equal
     * on every sort field, id included) is excluded.
     */
    FieldDoc after(int maxDoc) {
      return new FieldDoc(
          Math.max(0, maxDoc - 1), Float.NaN, new Object[] {primary, new BytesRef(id)});
    }
  }

  /**
   * @param parsed the request's query, parsed
   * @param position how many hits of the whole ranking come before the next page: {@code last}'s
   *     rank
   * @param version the version of the index view the page was ranked on
   * @param atLeast the total the page reported (a lower bound, or exact)
   */
  static String encode(
      SearchRequest request,
      Query parsed,
      FieldDoc last,
      long position,
      long version,
      long atLeast) {
    Object primary = last.fields[0];
    String id = ((BytesRef) last.fields[1]).utf8ToString();
    String value =
        request.sort() == SearchRequest.Sort.DATE
            ? "D" + primary
            : "R" + Integer.toHexString(Float.floatToIntBits((Float) primary));
    String at = position + "|" + version + "|" + atLeast;
    String raw = "4|" + value + "|" + check(request, parsed, value, at, id) + "|" + at + "|" + id;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The page boundary a cursor stands for.
   *
   * @throws IllegalArgumentException for a cursor that is no cursor, or one made for another sort
   *     or another search
   */
  static Boundary decode(SearchRequest request, Query parsed, String cursor) {
    String raw;
    try {
      raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw invalid(cursor);
    }
    String[] parts = raw.split("\\|", 7);
    if (parts.length != 7 || !parts[0].equals("4") || parts[1].isEmpty()) {
      throw invalid(cursor);
    }
    char kind = parts[1].charAt(0);
    String value = parts[1].substring(1);
    SearchRequest.Sort sort = request.sort();
    Object primary;
    long position;
    long version;
    long atLeast;
    try {
      position = Long.parseLong(parts[3]);
      version = Long.parseLong(parts[4]);
      atLeast = Long.parseLong(parts[5]);
      if (position < 1 || atLeast < 0) {
        throw invalid(cursor);
      }
      if (sort == SearchRequest.Sort.DATE && kind == 'D') {
        primary = Long.parseLong(value);
      } else if (sort == SearchRequest.Sort.RELEVANCE && kind == 'R') {
        primary = Float.intBitsToFloat(Integer.parseUnsignedInt(value, 16));
      } else if (kind == 'D' || kind == 'R') {
        throw new IllegalArgumentException(
            "cursor was made for another sort order; page with the same sort as the first page");
      } else {
        throw invalid(cursor);
      }
    } catch (NumberFormatException e) {
      throw invalid(cursor);
    }
    String at = parts[3] + "|" + parts[4] + "|" + parts[5];
    if (!parts[2].equals(check(request, parsed, parts[1], at, parts[6]))) {
      throw new IllegalArgumentException(
          "cursor was made for another search (its query, filters or ranking options differ) or"
              + " was altered; page with the same search as the first page, or start again"
              + " without a cursor");
    }
    return new Boundary(primary, parts[6], position, version, atLeast);
  }

  /**
   * A check over the boundary and what decides the order and the set of hits: everything a request
   * holds but the page's size and position and what is shown of each hit. The query counts as
   * parsed (with the syntax, operator and wildcard options it was parsed with), not as written:
   * {@code OIL prices} pages on from {@code oil prices}, which ranks alike.
   */
  private static String check(
      SearchRequest r, Query parsed, String value, String position, String id) {
    StringBuilder search = new StringBuilder();
    for (Object part :
        new Object[] {
          described(parsed),
          r.from(),
          r.to(),
          filterValues(r),
          r.sort(),
          r.recencyHalfLifeDays(),
          r.paragraphWeight(),
          r.feedback(),
          value,
          position,
          id
        }) {
      search.append(part).append('\u0000');
    }
    MessageDigest md;
    try {
      md = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("SHA-256 is required of every JVM", e);
    }
    byte[] digest = md.digest(search.toString().getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest, 0, 6);
  }

  /**
   * The parsed query as printed, and its leaves with their classes and terms' bytes: printed alone,
   * different queries may read alike ({@code person:john~1}, a fuzzy term, and {@code
   * person:"john~1"}, a term; {@code person:"John text:smith"}, one name, and {@code person:John
   * text:smith}, two clauses). The leaves are sorted: a Boolean query visits its clauses in the
   * order of a hash that each JVM seeds anew, and a cursor must serve its search in the next
   * process too.
   */
  static String described(Query parsed) {
    List<String> leaves = new ArrayList<>();
    parsed.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query query, Term... terms) {
            StringBuilder b = new StringBuilder("T").append(query.getClass().getName());
            for (Term t : terms) {
              b.append(' ').append(t.field().length()).append(t.field()).append(t.bytes());
            }
            leaves.add(b.toString());
          }

          @Override
          public void consumeTermsMatching(
              Query query, String field, Supplier<ByteRunAutomaton> automaton) {
            leaves.add("M" + query.getClass().getName() + " " + field);
          }

          @Override
          public void visitLeaf(Query query) {
            leaves.add("L" + query.getClass().getName());
          }
        });
    Collections.sort(leaves);
    return parsed + "\u0000" + String.join("\u0000", leaves);
  }

  /**
   * The entity filters as a set per type: values of one type are OR-ed, so "Japan, United States"
   * and "United States, Japan" are one search; each value by its {@linkplain #filterKey key}, so a
   * value in another case or an alias is the same filter. Each key is prefixed with its length, so
   * no value can pass for two.
   */
  private static String filterValues(SearchRequest r) {
    StringBuilder b = new StringBuilder();
    new TreeMap<>(r.entities())
        .forEach(
            (type, list) -> {
              b.append(type).append('=');
              TreeSet<String> keys = new TreeSet<>();
              list.forEach(v -> keys.add(filterKey(type, v)));
              keys.forEach(v -> b.append(v.length()).append(':').append(v));
              b.append(';');
            });
    return b.toString();
  }

  /**
   * What a filter value selects, as far as a cursor tells: its canonical value's spelling key, so
   * that {@code Brazil}, {@code brazil} and {@code BRAZIL}, or {@code us} and {@code United
   * States}, page on as one search.
   */
  private static String filterKey(EntityType type, String value) {
    String canonical = EntityNormalizer.canonical(type, value);
    return NameAliases.variantKey(type, canonical == null ? value : canonical);
  }

  private static IllegalArgumentException invalid(String cursor) {
    return new IllegalArgumentException(
        "invalid cursor "
            + UserQueryParser.abbreviate(cursor)
            + "; pass the nextCursor of a previous page unchanged");
  }
}
