package org.dateline.searcher.query;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import org.apache.lucene.queryparser.charstream.FastCharStream;
import org.apache.lucene.queryparser.classic.QueryParserConstants;
import org.apache.lucene.queryparser.classic.QueryParserTokenManager;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.queryparser.classic.TokenMgrError;

/**
 * Refuses AND and OR mixed at one level of parentheses. Lucene's classic parser gives them no
 * precedence: each AND makes the clauses on both its sides required, whatever an OR beside them
 * says, so {@code oil OR gold AND silver} means {@code oil +gold +silver} (an article must hold
 * gold and silver, oil is optional), not {@code oil OR (gold AND silver)}, and nothing tells the
 * user. A query whose parentheses say which goes first is read as written.
 *
 * <p>The query is split into tokens by Lucene's own lexer, so operators in phrases, ranges and
 * regular expressions, escaped characters and words that merely hold the letters ({@code ANDY}) are
 * no operators, exactly as the parser reads them. {@code NOT} ({@code !}) joins no clauses and goes
 * with either.
 */
final class MixedOperators {

  private static final int AND = 1;
  private static final int OR = 2;

  private MixedOperators() {}

  /**
   * @param query the query as the user wrote it, for the message
   * @param text the query as it is parsed, parsed already without error
   * @param requireAll whether clauses side by side are joined by AND ({@code --and}), not OR
   * @throws IllegalArgumentException if a level of parentheses holds both AND ({@code &&}) and OR
   *     ({@code ||}), written or implied by clauses side by side
   */
  static void refuse(String query, String text, boolean requireAll) {
    QueryParserTokenManager lexer =
        new QueryParserTokenManager(new FastCharStream(new StringReader(text)));
    int implicit = requireAll ? AND : OR; // what two clauses side by side are joined by
    Deque<Integer> outer = new ArrayDeque<>();
    int level = 0; // the operators met at the current level of parentheses
    boolean afterClause = false; // a clause ended, and no operator came after it yet
    boolean marked = false; // the next clause is marked +, - or NOT: required or excluded anyway
    try {
      for (Token t = lexer.getNextToken();
          t.kind != QueryParserConstants.EOF;
          t = lexer.getNextToken()) {
        switch (t.kind) {
          case QueryParserConstants.LPAREN -> {
            level |= joined(afterClause, marked, implicit);
            outer.push(level);
            level = 0;
            afterClause = false;
            marked = false;
          }
          case QueryParserConstants.RPAREN -> {
            level = outer.isEmpty() ? 0 : outer.pop();
            afterClause = true;
          }
          case QueryParserConstants.AND -> {
            level |= AND;
            afterClause = false;
          }
          case QueryParserConstants.OR -> {
            level |= OR;
            afterClause = false;
          }
          case QueryParserConstants.PLUS, QueryParserConstants.MINUS, QueryParserConstants.NOT -> {
            afterClause = false;
            marked = true;
          }
          case QueryParserConstants.COLON -> afterClause = false; // a field: its clause follows
          case QueryParserConstants.TERM,
              QueryParserConstants.QUOTED,
              QueryParserConstants.STAR,
              QueryParserConstants.PREFIXTERM,
              QueryParserConstants.WILDTERM,
              QueryParserConstants.REGEXPTERM,
              QueryParserConstants.RANGEIN_START,
              QueryParserConstants.RANGEEX_START,
              QueryParserConstants.BAREOPER -> {
            level |= joined(afterClause, marked, implicit);
            afterClause =
                t.kind != QueryParserConstants.RANGEIN_START
                    && t.kind != QueryParserConstants.RANGEEX_START;
            marked = false;
          }
          case QueryParserConstants.RANGEIN_END, QueryParserConstants.RANGEEX_END ->
              afterClause = true;
          default -> {} // a boost, a slop, a range's inside: part of the clause before
        }
        if (level == (AND | OR)) {
          throw new IllegalArgumentException(
              "query "
                  + UserQueryParser.abbreviate(query)
                  + " mixes AND and OR without parentheses; add them to say which goes first, as"
                  + " in 'oil OR (gold AND silver)'");
        }
      }
    } catch (TokenMgrError e) {
      // not for a query the parser read; its own error says what is wrong
    }
  }

  /**
   * The operator that joins a clause to the one before it when none is written: the default one
   * ({@code oil gold AND silver} is {@code oil +gold +silver} as well), none for the first clause
   * or one marked +, - or NOT, which is required or excluded whatever comes beside it.
   */
  private static int joined(boolean afterClause, boolean marked, int implicit) {
    return afterClause && !marked ? implicit : 0;
  }
}
