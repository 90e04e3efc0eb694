package org.dateline.indexer.entity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits news text into tokens the way the CoNLL-2003 data is tokenized, keeping character offsets
 * into the original text. Hyphenated names ({@code Bre-X}, {@code Boutros-Ghali}), abbreviations
 * ({@code U.S.}, {@code Mr.}), numbers ({@code 1,000.5}, {@code 1996-08-22}) stay whole; the
 * possessive {@code 's} and {@code n't} become tokens of their own, as do punctuation marks.
 *
 * <p>Runs in time linear in the text; a token is never longer than {@value #MAX_TOKEN_LENGTH}
 * characters (longer runs, such as unspaced scripts, are cut). Stateless and thread-safe.
 */
public final class NewsTokenizer {

  /** Longest token produced; longer runs of letters are cut into pieces of this length. */
  public static final int MAX_TOKEN_LENGTH = 64;

  /** Abbreviated titles, which a name follows. */
  private static final Set<String> TITLE_ABBREVIATIONS =
      Set.of(
          "mr", "mrs", "ms", "mme", "mlle", "dr", "gen", "col", "lt", "sgt", "capt", "gov", "sen",
          "rep", "prof", "maj", "adm", "cmdr", "rev", "hon", "pres", "messrs");

  private static final Set<String> ABBREVIATIONS = new HashSet<>(TITLE_ABBREVIATIONS);

  static {
    ABBREVIATIONS.addAll(
        Set.of(
            "st", "jr", "sr", "inc", "corp", "co", "ltd", "bros", "jan", "feb", "mar", "apr", "aug",
            "sep", "sept", "oct", "nov", "dec", "no", "vs", "etc", "mt", "ft", "ave", "blvd",
            "dept", "univ", "assn", "approx", "fig"));
  }

  private static final int LONGEST_ABBREVIATION =
      ABBREVIATIONS.stream().mapToInt(String::length).max().getAsInt();

  private NewsTokenizer() {}

  /** The tokens of {@code text}, in order; empty for empty or blank text. */
  public static List<Token> tokenize(String text) {
    List<Token> tokens = new ArrayList<>();
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        i = word(text, i, tokens);
      } else if (isApostrophe(c) && startsContraction(text, i)) {
        int end = i + 2;
        tokens.add(new Token(text.substring(i, end), i, end));
        i = end;
      } else {
        int end = i + Character.charCount(text.codePointAt(i));
        while (end < n && text.charAt(end) == c && end - i < MAX_TOKEN_LENGTH) {
          end++; // "...", "--"
        }
        tokens.add(new Token(text.substring(i, end), i, end));
        i = end;
      }
    }
    return tokens;
  }

  private static int word(String text, int start, List<Token> tokens) {
    int n = text.length();
    int i = start;
    boolean innerPeriod = false;
    while (i < n && i - start < MAX_TOKEN_LENGTH) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        if (c == 'n' && i + 2 < n + 1 && isNegation(text, i)) {
          if (i > start) {
            break;
          }
        }
        i++;
      } else if (Character.isHighSurrogate(c) && i + 1 < n) {
        i += 2;
      } else if (isConnector(c) && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
        if (isApostrophe(c) && startsContraction(text, i)) {
          break;
        }
        if (c == ',' || c == ':' || c == '/') {
          if (!Character.isDigit(text.charAt(i - 1)) || !Character.isDigit(text.charAt(i + 1))) {
            break;
          }
        }
        innerPeriod |= c == '.';
        i++;
      } else {
        break;
      }
    }
    if (i < n && text.charAt(i) == '.' && i - start < MAX_TOKEN_LENGTH) {
      boolean letter = Character.isLetter(text.charAt(start));
      if (letter && (innerPeriod || i - start == 1 || isAbbreviation(text, start, i))) {
        i++;
      }
    }
    tokens.add(new Token(text.substring(start, i), start, i));
    return i;
  }

  private static boolean isAbbreviation(String text, int start, int end) {
    if (end - start > LONGEST_ABBREVIATION) {
      return false;
    }
    String word = text.substring(start, end);
    if (word.equals("Alex")) {
      // the brokerage "Alex. Brown and Sons"; elsewhere "Alex." ends a sentence
      return text.startsWith(" Brown", end + 1);
    }
    return ABBREVIATIONS.contains(isLowerCase(word) ? word : word.toLowerCase(Locale.ROOT));
  }

  /** True when lower-casing would not change the word (most words, so skip it). */
  private static boolean isLowerCase(String word) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.toLowerCase(c) != c || Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /** {@code n't} at {@code i}, ending the word: "don't" is "do" + "n't". */
  private static boolean isNegation(String text, int i) {
    return i + 2 < text.length()
        && isApostrophe(text.charAt(i + 1))
        && (text.charAt(i + 2) == 't' || text.charAt(i + 2) == 'T')
        && (i + 3 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 3)));
  }

  /** {@code 's}, {@code 're}, ... at {@code i}: a clitic that is a token of its own. */
  private static boolean startsContraction(String text, int i) {
    if (i + 1 >= text.length()) {
      return false;
    }
    char next = Character.toLowerCase(text.charAt(i + 1));
    int after = i + 2;
    boolean ends = after == text.length() || !Character.isLetterOrDigit(text.charAt(after));
    return ends && (next == 's' || next == 'm' || next == 'd');
  }

  private static boolean isConnector(char c) {
    return c == '-' || c == '.' || c == '&' || c == ',' || c == ':' || c == '/' || isApostrophe(c);
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }
}
