package org.dateline.indexer.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * The tagger's outcome labels: {@code O}, and {@code B-}/{@code I-} plus a CoNLL type code (IOB2).
 */
final class Labels {

  static final String OUTSIDE = "O";

  private Labels() {}

  /** The CoNLL code of a type: PER, ORG, LOC, MISC. */
  static String code(EntityType type) {
    return switch (type) {
      case PERSON -> "PER";
      case ORGANIZATION -> "ORG";
      case LOCATION -> "LOC";
      case MISC -> "MISC";
    };
  }

  /** The type of a CoNLL code. */
  static EntityType type(String code) {
    return switch (code) {
      case "PER" -> EntityType.PERSON;
      case "ORG" -> EntityType.ORGANIZATION;
      case "LOC" -> EntityType.LOCATION;
      case "MISC" -> EntityType.MISC;
      default ->
          throw new IllegalArgumentException(
              "unknown entity code '" + code + "'; expected PER, ORG, LOC or MISC");
    };
  }

  /** One label per token for the given spans. */
  static String[] encode(int length, List<TokenSpan> spans) {
    String[] labels = new String[length];
    java.util.Arrays.fill(labels, OUTSIDE);
    for (TokenSpan s : spans) {
      String code = code(s.type());
      labels[s.start()] = "B-" + code;
      for (int i = s.start() + 1; i < s.end(); i++) {
        labels[i] = "I-" + code;
      }
    }
    return labels;
  }

  /** The spans of a label sequence; an {@code I-} without a matching start begins a span. */
  static List<TokenSpan> decode(String[] labels) {
    List<TokenSpan> spans = new ArrayList<>();
    int start = -1;
    String code = null;
    for (int i = 0; i <= labels.length; i++) {
      String l = i < labels.length ? labels[i] : OUTSIDE;
      boolean continues = code != null && l.startsWith("I-") && l.substring(2).equals(code);
      if (!continues && code != null) {
        spans.add(new TokenSpan(start, i, type(code)));
        code = null;
      }
      if (!continues && !l.equals(OUTSIDE)) {
        start = i;
        code = l.substring(2);
      }
    }
    return spans;
  }

  /** Whether {@code label} may follow {@code previous} in IOB2. */
  static boolean allowed(String previous, String label) {
    return !label.startsWith("I-")
        || (!previous.equals(OUTSIDE) && previous.substring(2).equals(label.substring(2)));
  }
}
