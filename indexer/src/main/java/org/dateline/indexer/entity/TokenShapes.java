package org.dateline.indexer.entity;

import java.util.List;
import java.util.Locale;

/** Word shapes and casing tests shared by training and tagging. */
final class TokenShapes {

  private TokenShapes() {}

  /**
   * The collapsed shape of a word: upper case letters become X, lower case x, digits d, other
   * characters stay; runs of the same class collapse ({@code Bre-X} is {@code Xx-X}).
   */
  static String shape(String word) {
    StringBuilder sb = new StringBuilder(8);
    char last = 0;
    for (int i = 0; i < word.length() && sb.length() < 12; i++) {
      char c = word.charAt(i);
      char k;
      if (Character.isUpperCase(c)) {
        k = 'X';
      } else if (Character.isLetter(c)) {
        k = 'x';
      } else if (Character.isDigit(c)) {
        k = 'd';
      } else {
        k = c;
      }
      if (k != last) {
        sb.append(k);
        last = k;
      }
    }
    return sb.toString();
  }

  /** True when the word has letters and none of them is lower case. */
  static boolean isAllCaps(String word) {
    boolean letters = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      letters |= Character.isLetter(c);
    }
    return letters;
  }

  static boolean hasLowerCase(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLowerCase(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /**
   * True for a headline or dateline written in capitals ({@code WASHINGTON 1996-08-22}): at least
   * one word of two or more capitals and (almost) no word with lower case letters. Casing carries
   * no information in such a line, so the tagger looks at a true-cased view of it.
   */
  static boolean isCapsLine(String[] tokens) {
    return inCapitals(List.<String[]>of(tokens), false);
  }

  /**
   * Whether sentences are, taken together, an English text written in capitals, as {@link
   * #isCapsLine} says of a line, counting words in capitals of the Latin script only: the model
   * knows English, and Greek or Cyrillic text in capitals is no headline of it.
   */
  static boolean isWrittenInCapitals(List<String[]> sentences) {
    return inCapitals(sentences, true);
  }

  /**
   * At least one word of two or more capitals (of the Latin script only, if asked) and at most one
   * word with small letters for ten such words.
   */
  private static boolean inCapitals(List<String[]> sentences, boolean latinOnly) {
    int caps = 0;
    int lower = 0;
    for (String[] tokens : sentences) {
      for (String t : tokens) {
        if (hasLowerCase(t)) {
          lower++;
        } else if (t.length() > 1 && isAllCaps(t) && (!latinOnly || isLatin(t))) {
          caps++;
        }
      }
    }
    return caps > 0 && lower * 10 <= caps;
  }

  /** Whether every letter of the word is of the Latin script. */
  private static boolean isLatin(String word) {
    return word.codePoints()
        .filter(Character::isLetter)
        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
  }

  static String lower(String word) {
    return word.toLowerCase(Locale.ROOT);
  }

  static String titleCase(String word) {
    return word.substring(0, 1) + word.substring(1).toLowerCase(Locale.ROOT);
  }
}
