package org.dateline.indexer.entity;

import java.util.Set;

/**
 * Companies' legal forms ("Corp", "Ltd", "SpA", "GmbH", "Limited"), which end a company's name and
 * are no name on their own. One list for the tagger's rules ({@link DocumentConsistency}, {@link
 * NerModel}) and for canonical values and acronyms ({@link NameAliases}, {@link EntityNormalizer}).
 */
final class LegalForms {

  /** Abbreviated forms, which acronyms leave out: "General Motors Corp" is GM. */
  private static final Set<String> ABBREVIATED =
      Set.of(
          "corp", "co", "cos", "inc", "ltd", "plc", "llc", "lp", "ag", "sa", "nv", "bv", "spa",
          "bhd", "gmbh", "pte", "pty");

  /**
   * Forms written out, which acronyms may spell ("British Broadcasting Corporation" is BBC), but
   * which end a company's name all the same.
   */
  private static final Set<String> WRITTEN_OUT = Set.of("limited", "incorporated", "corporation");

  private LegalForms() {}

  /**
   * Where a company's name ends before its legal form: {@code end - 1} for "Ruch SA" (and before a
   * comma: "Acme , Inc"), or {@code end} when the name has no legal form at its end, is the legal
   * form alone, or would end in "and" ("Merrill Lynch and Co" is the firm's whole name).
   *
   * @param words the words of the text; the name is {@code words[start, end)}
   */
  static int nameEnd(String[] words, int start, int end) {
    if (end - start < 2 || !isLegalForm(words[end - 1])) {
      return end;
    }
    int name = end - 1;
    while (name > start && words[name - 1].equals(",")) {
      name--;
    }
    if (name == start) {
      return end;
    }
    String last = words[name - 1];
    return last.equalsIgnoreCase("and") || last.equals("&") ? end : name;
  }

  /** Whether a word, dotted or not, in any case, is a legal form, abbreviated or written out. */
  static boolean isLegalForm(String word) {
    String key = EntityNormalizer.listKey(word);
    return ABBREVIATED.contains(key) || WRITTEN_OUT.contains(key);
  }

  /** Whether a word, dotted or not, in any case, is an abbreviated legal form ({@code Corp.}). */
  static boolean isAbbreviated(String word) {
    return ABBREVIATED.contains(EntityNormalizer.listKey(word));
  }
}
