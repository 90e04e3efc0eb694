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
   * @throws IllegalArgumentException if a level of parentheses holds both AND ({@code &&}) and OR
   *     ({@code ||})
   */
  static void refuse(String query, String text) {
    QueryParserTokenManager lexer =
        new QueryParserTokenManager(new FastCharStream(new StringReader(text)));
    Deque<Integer> outer = new ArrayDeque<>();
    int level = 0; // the operators met at the current level of parentheses
    try {
      for (Token t = lexer.getNextToken();
          t.kind != QueryParserConstants.EOF;
          t = lexer.getNextToken()) {
        switch (t.kind) {
          case QueryParserConstants.LPAREN -> {
            outer.push(level);
            level = 0;
          }
          case QueryParserConstants.RPAREN -> level = outer.isEmpty() ? 0 : outer.pop();
          case QueryParserConstants.AND -> level |= AND;
          case QueryParserConstants.OR -> level |= OR;
          default -> {}
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
}
