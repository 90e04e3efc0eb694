package org.dateline.searcher.query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.RegExp;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.dateline.indexer.article.ArticleDates;
import org.dateline.indexer.entity.EntityType;
import org.dateline.indexer.schema.NewsSchema;

/**
 * Reads a user's query string into a Lucene query over article documents or over paragraph
 * documents. The field names a user may write ({@code text}, {@code title}, entity types, {@code
 * date}) are mapped to the schema's fields; any other field is refused, and so are malformed dates,
 * unbalanced quotes and parentheses, AND and OR mixed without parentheses ({@link MixedOperators}),
 * and (unless allowed) leading wildcards. Every refusal is an {@link IllegalArgumentException}
 * whose message names the problem.
 */
public final class UserQueryParser {

  /** The field names a query may use. */
  public static final Set<String> USER_FIELDS = userFields();

  private static final float TITLE_BOOST = 1.5f;

  private final Analyzer analyzer;

  public UserQueryParser(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * Parses a query string, unqualified words searching text and title. Text clauses are on
   * paragraph text: the caller lifts them to articles or keeps them to rank paragraphs.
   *
   * @param query the query as the user wrote it
   * @param simple take every character literally (no operators, fields or wildcards)
   * @param requireAll AND the terms by default instead of OR-ing them
   * @param allowLeadingWildcard accept {@code *ing}, which scans the whole term dictionary
   */
  public Query parse(
      String query, boolean simple, boolean requireAll, boolean allowLeadingWildcard) {
    String text = simple ? literal(query) : withStraightQuotes(query);
    if (text.isEmpty()) {
      // plain words that are all control characters: nothing to search for, nothing matches
      return new MatchNoDocsQuery("no words in the query");
    }
    if (!simple) {
      checkBalanced(text);
      checkTildes(text);
    }
    String[] fields = {NewsSchema.TEXT, NewsSchema.TITLE};
    Map<String, Float> boosts = Map.of(NewsSchema.TITLE, TITLE_BOOST);
    Parser parser = new Parser(fields, analyzer, boosts);
    parser.setDefaultOperator(requireAll ? QueryParser.Operator.AND : QueryParser.Operator.OR);
    parser.setAllowLeadingWildcard(allowLeadingWildcard);
    parser.setSplitOnWhitespace(true);
    // a word the analyzer cuts in several ("Coca-Cola", "Jean-Claude", "cease-fire") is searched
    // as the phrase of its parts, not as any of them (as Solr's text_en_splitting does)
    parser.setAutoGeneratePhraseQueries(true);
    try {
      Query parsed = parser.parse(text);
      if (!simple) {
        MixedOperators.refuse(query, text, requireAll);
      }
      return withoutPurelyNegative(parsed);
    } catch (ParseException e) {
      throw new IllegalArgumentException(describe(query, e), e);
    } catch (IndexSearcher.TooManyClauses e) {
      throw tooManyClauses(query, e);
    } catch (IllegalArgumentException e) {
      throw isAutomatonTooLarge(e) ? automatonTooLarge(query, e) : e;
    }
  }

  /** Lucene's refusal of a wildcard, prefix or regular expression of too many characters. */
  private static boolean isAutomatonTooLarge(IllegalArgumentException e) {
    return e.getMessage() != null && e.getMessage().startsWith("input automaton is too large");
  }

  private static IllegalArgumentException automatonTooLarge(String query, Throwable cause) {
    return new IllegalArgumentException(
        "query "
            + abbreviate(query)
            + " has a wildcard, prefix or regular expression too long to run (some 1,000"
            + " characters at most); shorten it",
        cause);
  }

  /**
   * A Boolean query of excluded clauses only ({@code NOT iraq}, {@code -iraq}) matches nothing in
   * Lucene; here, as in Elasticsearch and Solr, it matches every article but the excluded ones, at
   * any level of nesting.
   */
  static Query withoutPurelyNegative(Query q) {
    Query compound = QueryTrees.withChildren(q, UserQueryParser::withoutPurelyNegative);
    if (compound instanceof BooleanQuery bq
        && !bq.clauses().isEmpty()
        && bq.clauses().stream().allMatch(c -> c.getOccur() == Occur.MUST_NOT)) {
      return everyArticleBut(bq.clauses());
    }
    return compound != null ? compound : q;
  }

  /** Every article but those the clauses, all excluded ones, match (none: every article). */
  private static Query everyArticleBut(List<BooleanClause> exclusions) {
    // a filter, as Elasticsearch adds it: it matches, and adds nothing to scores
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER);
    exclusions.forEach(b::add);
    return b.build();
  }

  /**
   * Stands, while a query is parsed, for an excluded clause the analyzer left no word of ({@code
   * NOT the}, {@code -"of the"}): see {@link Parser#addClause}.
   */
  private static final Query EXCLUDES_NOTHING = new MatchNoDocsQuery("excluded stop words");

  /** The error for a query that has or expands to more clauses than allowed. */
  public static IllegalArgumentException tooManyClauses(String query, Throwable cause) {
    return new IllegalArgumentException(
        "query "
            + abbreviate(query)
            + " has or expands to more than "
            + IndexSearcher.getMaxClauseCount()
            + " clauses (each word is searched in the text, the title and the best paragraph:"
            + " some 340 words of different stems at most); use fewer words or a longer prefix"
            + " before wildcards",
        cause);
  }

  private static String literal(String query) {
    StringBuilder sb = new StringBuilder();
    for (String word : query.trim().split("\\s+")) {
      String w = word;
      if (w.equals("AND") || w.equals("OR") || w.equals("NOT")) {
        w = w.toLowerCase(Locale.ROOT);
      }
      sb.append(QueryParser.escape(w)).append(' ');
    }
    return sb.toString().trim();
  }

  /** Typographic double quotes (as news text and word processors write them) open phrases too. */
  private static String withStraightQuotes(String query) {
    return DOUBLE_QUOTES.matcher(query).replaceAll("\"");
  }

  private static final Pattern DOUBLE_QUOTES = Pattern.compile("[\u201C\u201D\u201E\u201F]");

  /** The deepest nesting of parentheses a query may have (the parser recurses per level). */
  static final int MAX_NESTING = 100;

  private static void checkBalanced(String q) {
    int depth = 0;
    int opened = -1;
    Walk w = new Walk(q);
    while (w.next()) {
      char c = q.charAt(w.at);
      if (c == '"') {
        if (w.quoted) {
          opened = w.at;
        } else if (q.substring(opened + 1, w.at).isBlank()) {
          // Lucene's parser makes nothing of it: the search would silently find nothing
          throw new IllegalArgumentException(
              "query "
                  + abbreviate(q)
                  + " holds an empty phrase \"\"; put words between the quotes");
        } else if (!w.inRange
            && q.substring(opened + 1, w.at)
                .codePoints()
                .allMatch(UserQueryParser::isPunctuation)) {
          throw new IllegalArgumentException(
              "query "
                  + abbreviate(q)
                  + " holds a phrase of no word ("
                  + q.substring(opened, w.at + 1)
                  + "), which the index cannot hold; put words between the quotes");
        }
      } else if (c == '(') {
        if (++depth > MAX_NESTING) {
          throw new IllegalArgumentException(
              "query "
                  + abbreviate(q)
                  + " nests parentheses more than "
                  + MAX_NESTING
                  + " deep; write it flatter");
        }
      } else if (c == ')') {
        if (--depth < 0) {
          throw new IllegalArgumentException(
              "unbalanced parentheses in query " + abbreviate(q) + ": ')' without '('");
        }
      }
    }
    if (w.quoted) {
      throw new IllegalArgumentException(
          "unbalanced quotes in query " + abbreviate(q) + ": a phrase is opened but not closed");
    }
    if (depth > 0) {
      throw new IllegalArgumentException(
          "unbalanced parentheses in query " + abbreviate(q) + ": '(' without ')'");
    }
  }

  /**
   * Walks a query's characters as Lucene's parser reads them, for the checks made before parsing:
   * an escaped character, the inside of a phrase and a regular expression (which Lucene's parser
   * opens at every '/' outside quotes and ranges, after a word too: {@code oil/pri[(]ce/}) are
   * stepped over; the quotes themselves are not, and whether a character is in a range is known.
   */
  private static final class Walk {
    private final String q;

    /** The character reached. */
    int at = -1;

    /** Whether a phrase is open (after its opening quote, until its closing one). */
    boolean quoted;

    /** Whether a range is open ({@code [a TO b]}, {@code {a TO b}}). */
    boolean inRange;

    Walk(String q) {
      this.q = q;
    }

    /** Steps to the next character a check reads; false at the query's end. */
    boolean next() {
      while (++at < q.length()) {
        char c = q.charAt(at);
        if (c == '\\') {
          at++;
        } else if (c == '"') {
          quoted = !quoted;
          return true;
        } else if (quoted) {
          continue;
        } else if (c == '/' && !inRange) {
          at = regexpEnd(at);
        } else {
          if (c == '[' || c == '{') {
            inRange = true;
          } else if (c == ']' || c == '}') {
            inRange = false;
          }
          return true;
        }
      }
      return false;
    }

    /**
     * Where the regular expression that opens at {@code start} ends: its closing '/' (one escaped
     * by a backslash does not close it), or the query's end when none does (the parser reports
     * that).
     */
    private int regexpEnd(int start) {
      for (int j = start + 1; j < q.length(); j++) {
        if (q.charAt(j) == '\\') {
          j++;
        } else if (q.charAt(j) == '/') {
          return j;
        }
      }
      return q.length();
    }
  }

  /** White space or punctuation: what the analyzer keeps no word of (emoji are words to it). */
  private static boolean isPunctuation(int c) {
    switch (Character.getType(c)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return true;
      default:
        return Character.isWhitespace(c);
    }
  }

  /**
   * Refuses what follows a '~' outside quotes unless it is a number of 0 or more: Lucene's parser
   * takes any word there, and drops one that is no number without a word ({@code oil~abc} searched
   * {@code oil~}), or fails on a negative one with its own words.
   */
  private static void checkTildes(String q) {
    Walk w = new Walk(q); // in a regular expression, stepped over, '~' is the complement
    while (w.next()) {
      int i = w.at;
      if (q.charAt(i) == '~' && !w.quoted) {
        int end = i + 1;
        while (end < q.length()
            && !Character.isWhitespace(q.charAt(end))
            && "()[]{}^\"~".indexOf(q.charAt(end)) < 0) {
          end++;
        }
        String after = q.substring(i + 1, end);
        if (!after.isEmpty() && !TILDE_NUMBER.matcher(after).matches()) {
          boolean phrase = i > 0 && q.charAt(i - 1) == '"';
          throw new IllegalArgumentException(
              "cannot parse query "
                  + abbreviate(q)
                  + ": '~"
                  + after
                  + "' at character "
                  + (i + 1)
                  + (phrase
                      ? ": a phrase takes the most words it may have between its words, 0 or"
                          + " more (\"oil prices\"~3)"
                      : ": a fuzzy word takes an edit distance (oil~1; 2 at most, more counts as 2)")
                  + ", not '"
                  + after
                  + "'");
        }
        w.at = end - 1;
      }
    }
  }

  private static final Pattern TILDE_NUMBER = Pattern.compile("\\d+(\\.\\d+)?");

  private static String describe(String query, ParseException e) {
    if (e.getCause() instanceof IndexSearcher.TooManyClauses) {
      return tooManyClauses(query, e).getMessage();
    }
    if (e.getCause() instanceof IllegalArgumentException iae) {
      return isAutomatonTooLarge(iae)
          ? automatonTooLarge(query, iae).getMessage()
          : iae.getMessage();
    }
    String m = e.getMessage() == null ? "" : e.getMessage();
    if (m.contains("Fractional edit distances are not allowed")) {
      return "cannot parse query "
          + abbreviate(query)
          + ": a fuzzy word takes a whole edit distance (oil~1; 2 at most, more counts as 2) or"
          + " a similarity below 1 (oil~0.8)";
    }
    if (m.contains("not allowed as first character")) {
      return "leading wildcards are refused in query "
          + abbreviate(query)
          + ": they scan every term in the index; put letters before '*' or '?'"
          + " (or allow them explicitly)";
    }
    // Lucene wraps the grammar's exception, which knows where parsing stopped
    ParseException grammar = e.getCause() instanceof ParseException cause ? cause : e;
    if (grammar.currentToken != null && grammar.currentToken.next != null) {
      // the parser's own words name its grammar's tokens ("Encountered <EOF> at line 1, ...")
      Token after = grammar.currentToken;
      Token bad = after.next;
      String previous =
          after.image == null || after.image.isEmpty() ? "" : " after '" + after.image + "'";
      if (bad.kind == QueryParserConstants.EOF) {
        return "cannot parse query "
            + abbreviate(query)
            + ": it ends"
            + previous
            + " where a word or a phrase should follow";
      }
      boolean operator =
          bad.kind == QueryParserConstants.AND
              || bad.kind == QueryParserConstants.OR
              || bad.kind == QueryParserConstants.NOT;
      return "cannot parse query "
          + abbreviate(query)
          + ": '"
          + bad.image
          + "' at character "
          + (bad.beginColumn + 1)
          + previous
          + " where a word or a phrase should be"
          + (operator
              ? " (AND and OR need words on both sides; quote \""
                  + bad.image.toLowerCase(Locale.ROOT)
                  + "\" to search for the word)"
              : "");
    }
    String firstLine = m.lines().findFirst().orElse(m);
    int colon = firstLine.indexOf("': ");
    String detail = colon >= 0 ? firstLine.substring(colon + 3) : firstLine;
    Matcher lexical = LEXICAL_ERROR.matcher(detail);
    if (lexical.lookingAt()) {
      // the tokenizer's words: "Lexical error at line 1, column 5.  Encountered: '45' (45),"
      detail =
          !detail.contains("<EOF>")
              ? "a character the syntax does not allow there, at character "
                  + lexical.group(1)
                  + " (put a '\\' before it, or search with the simple syntax to take every"
                  + " character literally)"
              : query.stripTrailing().endsWith("\\")
                  ? "it ends with a '\\' that escapes nothing (write '\\\\' for a backslash)"
                  : "a '/' opens a regular expression that is not closed (write '\\/' for a"
                      + " slash, as in 24\\/7, or search with the simple syntax)";
    }
    return "cannot parse query " + abbreviate(query) + ": " + detail;
  }

  private static final Pattern LEXICAL_ERROR =
      Pattern.compile("Lexical error at line \\d+, column (\\d+)");

  /** The query quoted, cut to a readable length. */
  public static String abbreviate(String query) {
    String q = query.length() > 60 ? query.substring(0, 57) + "..." : query;
    return "'" + q + "'";
  }

  private static Set<String> userFields() {
    Set<String> s = new TreeSet<>(List.of(NewsSchema.TEXT, NewsSchema.TITLE, NewsSchema.DATE));
    for (EntityType t : NewsSchema.ENTITY_TYPES) {
      s.add(NewsSchema.entityField(t));
    }
    return Set.copyOf(s);
  }

  /** Classic multi-field parser with field mapping and date handling. */
  private static final class Parser extends MultiFieldQueryParser {
    private final Set<String> defaultFields;

    Parser(String[] fields, Analyzer analyzer, Map<String, Float> boosts) {
      super(fields, analyzer, boosts);
      this.defaultFields = Set.of(fields);
    }

    /**
     * Lucene's parser drops a clause the analyzer left no word of (stop words only: {@code the},
     * {@code "of the"}, {@code (the OR a)}), as if it were not written. That is right for a word
     * required or optional, but dropping an excluded one turned {@code NOT the}, a query of
     * exclusions only, into a query of nothing, which matched no article where {@code NOT iraq}
     * matches every other one. An excluded clause of stop words is kept as what it is, the
     * exclusion of nothing, until {@link #getBooleanQuery} takes it out again. Lucene makes the
     * clause before an AND required (before an OR with {@code --and}, optional): the exclusions of
     * nothing are set aside meanwhile, so that it is the clause it was when they were dropped.
     */
    @Override
    protected void addClause(List<BooleanClause> clauses, int conj, int mods, Query q) {
      List<BooleanClause> nothing = new ArrayList<>();
      while (!clauses.isEmpty() && clauses.get(clauses.size() - 1).getQuery() == EXCLUDES_NOTHING) {
        nothing.add(0, clauses.remove(clauses.size() - 1));
      }
      int at = clauses.size();
      super.addClause(clauses, conj, mods, q != null ? q : EXCLUDES_NOTHING);
      if (q == null && clauses.get(at).getOccur() != Occur.MUST_NOT) {
        clauses.remove(at); // required or optional: dropped, as Lucene drops it
      }
      clauses.addAll(at, nothing);
    }

    /**
     * A level whose clauses, but for exclusions of nothing ({@link #addClause}), are all excluded
     * ones, or none, matches every article but the excluded ones: {@code -the} matches every
     * article, and so does {@code the -the} (the stop word not excluded is dropped); exclusions of
     * nothing are left out of the query.
     */
    @Override
    protected Query getBooleanQuery(List<BooleanClause> clauses) throws ParseException {
      if (clauses.stream().noneMatch(c -> c.getQuery() == EXCLUDES_NOTHING)) {
        return super.getBooleanQuery(clauses);
      }
      List<BooleanClause> written =
          clauses.stream().filter(c -> c.getQuery() != EXCLUDES_NOTHING).toList();
      if (written.stream().allMatch(c -> c.getOccur() == Occur.MUST_NOT)) {
        return everyArticleBut(written);
      }
      return super.getBooleanQuery(written);
    }

    /** Maps a field a user wrote to the index field; default fields pass through unchanged. */
    private String map(String field) throws ParseException {
      if (defaultFields.contains(field)) {
        return field;
      }
      if (!USER_FIELDS.contains(field)) {
        throw new ParseException(
            "unknown field '"
                + field
                + "' in query; fields are: "
                + String.join(", ", new TreeSet<>(USER_FIELDS)));
      }
      return field;
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted)
        throws ParseException {
      if (field == null) {
        return super.getFieldQuery(null, queryText, quoted);
      }
      String f = map(field);
      if (f.equals(NewsSchema.DATE)) {
        long day = day(queryText);
        return LongPoint.newExactQuery(NewsSchema.DATE, day);
      }
      return super.getFieldQuery(f, queryText, quoted);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      if (field != null && map(field).equals(NewsSchema.DATE)) {
        return LongPoint.newExactQuery(NewsSchema.DATE, day(queryText)); // date:"2020-06-12"
      }
      return field == null
          ? super.getFieldQuery(null, queryText, slop)
          : super.getFieldQuery(map(field), queryText, slop);
    }

    @Override
    protected Query getRangeQuery(
        String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
        throws ParseException {
      if (field == null) {
        return super.getRangeQuery(null, part1, part2, startInclusive, endInclusive);
      }
      String f = map(field);
      if (!f.equals(NewsSchema.DATE)) {
        return super.getRangeQuery(f, part1, part2, startInclusive, endInclusive);
      }
      long lo = part1 == null || part1.equals("*") ? Long.MIN_VALUE : day(part1);
      long hi = part2 == null || part2.equals("*") ? Long.MAX_VALUE : day(part2);
      if (!startInclusive && lo != Long.MIN_VALUE) {
        lo++;
      }
      if (!endInclusive && hi != Long.MAX_VALUE) {
        hi--;
      }
      if (lo > hi) {
        // as --from after --to is refused: a range that holds no day is a mistake, not a query
        throw new ParseException(
            "date range "
                + (startInclusive ? "[" : "{")
                + part1
                + " TO "
                + part2
                + (endInclusive ? "]" : "}")
                + " holds no day");
      }
      return LongPoint.newRangeQuery(NewsSchema.DATE, lo, hi);
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      if (field == null || field.equals("*")) {
        return super.getWildcardQuery(field, termStr); // *:* matches every article
      }
      String f = map(field);
      if (termStr.equals("*") && f.equals(NewsSchema.DATE)) {
        // any day: the dated articles
        return LongPoint.newRangeQuery(NewsSchema.DATE, Long.MIN_VALUE, Long.MAX_VALUE);
      }
      checkOneWord(f, termStr.replace("*", "").replace("?", ""), termStr, "wildcard");
      return super.getWildcardQuery(noDate(f), termStr);
    }

    /**
     * A prefix, and, when the prefix is a word the field's analyzer stems to another ({@code
     * prices}, {@code running}), that stem as a word (at the prefix's constant score): the index
     * holds stems, so {@code prices*} alone would match no article that {@code prices} matches. Not
     * the stem's prefix, which would reach far wider ({@code ties*} would match "time"). Without a
     * field, the multi-field parser asks again per default field, which adds each field's stem.
     */
    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      if (field == null) {
        return super.getPrefixQuery(null, termStr);
      }
      String f = noDate(map(field));
      checkOneWord(f, termStr, termStr + "*", "prefix");
      Query prefix = super.getPrefixQuery(f, termStr);
      String stem = stem(f, termStr);
      // the parser may have boosted the prefix (a title's): the words take the same boost
      float boost = 1f;
      Query inner = prefix;
      if (prefix instanceof BoostQuery b) {
        boost = b.getBoost();
        inner = b.getQuery();
      }
      if (stem == null || !(inner instanceof PrefixQuery p)) {
        return prefix;
      }
      // one multi-term query of the prefix's words and the stem: scored, boosted and highlighted
      // as the prefix is, and an article matching both counted once
      Automaton words =
          Operations.union(
              PrefixQuery.toAutomaton(p.getPrefix().bytes()),
              Automata.makeBinary(new BytesRef(stem)));
      String shown = p.getPrefix().text() + "*|" + stem;
      Query both =
          new AutomatonQuery(
              new Term(f, shown),
              words,
              Operations.DEFAULT_DETERMINIZE_WORK_LIMIT,
              true,
              p.getRewriteMethod()) {
            @Override
            public String toString(String defaultField) {
              // as --explain shows it: "text:prices*|price"
              return (getField().equals(defaultField) ? "" : getField() + ":") + shown;
            }
          };
      return boost == 1f ? both : new BoostQuery(both, boost);
    }

    /** The longest word the tokenizer keeps whole (Lucene's standard tokenizer's default). */
    private static final int MAX_WORD_LENGTH = 255;

    /**
     * Refuses a wildcard, prefix or fuzzy term on the text or title that the field's analyzer would
     * cut into several words ("year-end*", "coca-cola~"): the index holds the parts, and no one
     * term matches the whole, so it would find nothing, silently.
     *
     * @param letters the term without its wildcard characters
     * @param written the term as the query writes it, for the message
     */
    private void checkOneWord(String field, String letters, String written, String kind)
        throws ParseException {
      if ((!field.equals(NewsSchema.TEXT) && !field.equals(NewsSchema.TITLE))
          || letters.length() > MAX_WORD_LENGTH) {
        return; // names are held whole; a word longer than any the index holds is refused later
      }
      List<String> parts = terms(field, letters);
      if (parts.size() > 1) {
        throw new ParseException(
            "the "
                + kind
                + " '"
                + shortened(written)
                + "' spans several words, which the index holds apart ("
                + String.join(", ", parts)
                + "), so it would find nothing; search the words without it, or put it on the"
                + " last word alone");
      }
    }

    /**
     * The one term the field's analyzer makes of a word when it differs from the word normalized
     * (its stem), else {@code null}: for a stop word, several terms, or a word that is its own
     * stem.
     */
    private String stem(String field, String word) throws ParseException {
      List<String> terms = terms(field, word);
      if (terms.size() != 1) {
        return null;
      }
      String only = terms.get(0);
      String normalized = getAnalyzer().normalize(field, word).utf8ToString();
      return only.isEmpty() || only.equals(normalized) ? null : only;
    }

    /** The terms the field's analyzer makes of a word, in order. */
    private List<String> terms(String field, String word) throws ParseException {
      List<String> terms = new ArrayList<>();
      try (TokenStream ts = getAnalyzer().tokenStream(field, word)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          terms.add(term.toString());
        }
        ts.end();
      } catch (java.io.IOException e) {
        throw new ParseException("cannot analyze '" + word + "': " + e.getMessage());
      }
      return terms;
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity)
        throws ParseException {
      if (field == null) {
        return super.getFuzzyQuery(null, termStr, minSimilarity);
      }
      String f = noDate(map(field));
      checkOneWord(f, termStr, termStr + "~", "fuzzy term");
      return super.getFuzzyQuery(f, termStr, minSimilarity);
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      if (!getAllowLeadingWildcard() && !startsLiteral(termStr)) {
        throw new ParseException(
            "the regular expression /"
                + shortened(termStr)
                + "/ can match words starting with anything, so it would scan every term in the"
                + " index; begin it with fixed letters (or allow leading wildcards)");
      }
      try {
        return field == null
            ? super.getRegexpQuery(null, termStr)
            : super.getRegexpQuery(noDate(map(field)), termStr);
      } catch (IllegalArgumentException e) {
        if (isAutomatonTooLarge(e)) {
          throw e;
        }
        // RegExp's own words ("unexpected end-of-string"), said of which expression
        throw new ParseException(
            "the regular expression /"
                + shortened(termStr)
                + "/ is malformed: "
                + regExpProblem(e.getMessage()));
      }
    }

    /** RegExp's message, with the characters of a backwards range shown as characters. */
    private static String regExpProblem(String message) {
      Matcher m = BACKWARDS_RANGE.matcher(message == null ? "" : message);
      if (!m.matches()) {
        return message;
      }
      String from = Character.toString(Integer.parseInt(m.group(1)));
      String to = Character.toString(Integer.parseInt(m.group(2)));
      return "the range [" + from + "-" + to + "] runs backwards; write [" + to + "-" + from + "]";
    }

    private static final Pattern BACKWARDS_RANGE =
        Pattern.compile("invalid range: from \\((\\d+)\\) cannot be > to \\((\\d+)\\)");

    /** A regular expression cut to a length that fits a message. */
    private static String shortened(String regexp) {
      return regexp.length() > 30 ? regexp.substring(0, 27) + "..." : regexp;
    }

    /**
     * Whether every string the regular expression matches starts with the same characters, which
     * lets Lucene seek to them instead of scanning every term. A malformed or too complex
     * expression passes here and is reported by Lucene.
     */
    private static boolean startsLiteral(String regex) {
      try {
        Automaton a =
            Operations.determinize(
                new RegExp(regex).toAutomaton(), Operations.DEFAULT_DETERMINIZE_WORK_LIMIT);
        return !Operations.getCommonPrefix(a).isEmpty();
      } catch (IllegalArgumentException | TooComplexToDeterminizeException e) {
        return true;
      }
    }

    private static String noDate(String field) throws ParseException {
      if (field.equals(NewsSchema.DATE)) {
        throw new ParseException(
            "date takes a day (date:2020-06-12) or a range (date:[2020-01-01 TO 2020-06-30])");
      }
      return field;
    }

    private static long day(String text) throws ParseException {
      try {
        LocalDate d = ArticleDates.parseIso(text.trim());
        return NewsSchema.toDays(d);
      } catch (IllegalArgumentException e) {
        throw new ParseException(
            "bad date in query: '" + text.trim() + "' is no day of the form YYYY-MM-DD");
      }
    }
  }
}
