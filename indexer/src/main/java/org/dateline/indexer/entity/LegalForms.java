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
          "bhd", "gmbh");

  /**
   * Forms written out, which acronyms may spell ("British Broadcasting Corporation" is BBC), but
   * which end a company's name all the same.
   */
  private static final Set<String> WRITTEN_OUT = Set.of("limited", "incorporated", "corporation");

  private LegalForms() {}

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
