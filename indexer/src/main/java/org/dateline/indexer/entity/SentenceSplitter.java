package org.dateline.indexer.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Groups tokens into sentences by rule: a sentence ends after {@code .}, {@code !}, {@code ?} (and
 * any closing quotes or brackets after it) when the next token does not start with a lower-case
 * letter, and at blank lines. No sentence is longer than {@value #MAX_SENTENCE_TOKENS} tokens, so
 * text without any sentence end (a 1 MB run of words) still costs linear time. Stateless.
 */
public final class SentenceSplitter {

  /** Longest sentence; longer runs are cut here. */
  public static final int MAX_SENTENCE_TOKENS = 150;

  private SentenceSplitter() {}

  /**
   * Splits {@code tokens} of {@code text} into sentences.
   *
   * @return for each sentence, {@code {firstTokenIndex, endTokenIndexExclusive}}
   */
  public static List<int[]> split(String text, List<Token> tokens) {
    List<int[]> sentences = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < tokens.size(); i++) {
      boolean end = i + 1 == tokens.size() || i + 1 - start >= MAX_SENTENCE_TOKENS;
      if (!end) {
        Token next = tokens.get(i + 1);
        end = blankLineBetween(text, tokens.get(i).end(), next.start());
        if (!end && isTerminal(tokens.get(i).text()) && !isCloser(next.text())) {
          end = !Character.isLowerCase(next.text().charAt(0));
        }
        if (!end && endsWithAbbreviation(tokens.get(i).text())) {
          end = SENTENCE_STARTERS.contains(next.text());
        }
        if (!end && isCloser(tokens.get(i).text()) && i > start) {
          end =
              isTerminal(tokens.get(i - 1).text())
                  && !Character.isLowerCase(next.text().charAt(0))
                  && !isCloser(next.text());
        }
      }
      if (end) {
        sentences.add(new int[] {start, i + 1});
        start = i + 1;
      }
    }
    return sentences;
  }

  /** "U.S." or "D.C." can end a sentence; these words after one show that it does. */
  private static final Set<String> SENTENCE_STARTERS =
      Set.of(
          "The",
          "A",
          "An",
          "In",
          "On",
          "At",
          "It",
          "He",
          "She",
          "They",
          "We",
          "I",
          "This",
          "That",
          "These",
          "Those",
          "But",
          "And",
          "However",
          "Its",
          "His",
          "Her",
          "Their",
          "There",
          "If",
          "When",
          "While",
          "After",
          "Before",
          "According",
          "Some",
          "Many",
          "Most",
          "As",
          "For");

  private static boolean endsWithAbbreviation(String token) {
    return token.length() > 2 && token.endsWith(".") && token.indexOf('.') < token.length() - 1;
  }

  private static boolean isTerminal(String token) {
    char c = token.charAt(0);
    return c == '.' || c == '!' || c == '?';
  }

  private static boolean isCloser(String token) {
    char c = token.charAt(0);
    return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
  }

  private static boolean blankLineBetween(String text, int from, int to) {
    int newlines = 0;
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n') {
        newlines++;
      }
    }
    return newlines >= 2;
  }
}
