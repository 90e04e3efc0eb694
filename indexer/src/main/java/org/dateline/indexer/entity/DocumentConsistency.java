package org.dateline.indexer.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes the names of one document agree with each other, after the sentence-by-sentence tagging:
 *
 * <ul>
 *   <li>{@link Rule#MAJORITY_TYPE}: the same name gets the type it was given most often;
 *   <li>{@link Rule#PERSON_PARTS}: a single word that is part of a person's full name met in the
 *       document (the surname "Hale" after "David Hale") is a person;
 *   <li>{@link Rule#PROPAGATE}: an untagged occurrence of a name tagged elsewhere in the document,
 *       written the same way, is tagged too.
 * </ul>
 */
final class DocumentConsistency {

  /** The rules; {@link #DEFAULT} holds the ones that helped on the CoNLL development set. */
  enum Rule {
    MAJORITY_TYPE,
    PERSON_PARTS,
    PROPAGATE
  }

  // on CoNLL dev (micro F1 PER+ORG+LOC): none 0.9003, all three 0.9059, PERSON_PARTS + PROPAGATE
  // 0.9121; MAJORITY_TYPE alone lowers F1 (0.8968): one wrong early guess spreads to every mention
  static final Set<Rule> DEFAULT = EnumSet.of(Rule.PERSON_PARTS, Rule.PROPAGATE);

  private DocumentConsistency() {}

  static List<List<TokenSpan>> apply(List<String[]> sentences, List<List<TokenSpan>> spans) {
    return apply(sentences, spans, DEFAULT);
  }

  static List<List<TokenSpan>> apply(
      List<String[]> sentences, List<List<TokenSpan>> spans, Set<Rule> rules) {
    Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
    Set<String> personParts = new HashSet<>();
    for (int s = 0; s < sentences.size(); s++) {
      for (TokenSpan span : spans.get(s)) {
        String[] tokens = sentences.get(s);
        votes
            .computeIfAbsent(
                text(tokens, span.start(), span.end()), k -> new EnumMap<>(EntityType.class))
            .merge(span.type(), 1, Integer::sum);
        if (span.type() == EntityType.PERSON && span.end() - span.start() >= 2) {
          for (int i = span.start(); i < span.end(); i++) {
            if (tokens[i].length() > 1 && Character.isUpperCase(tokens[i].charAt(0))) {
              personParts.add(tokens[i]);
            }
          }
        }
      }
    }
    Map<String, EntityType> majority = new HashMap<>();
    votes.forEach(
        (name, byType) ->
            majority.put(
                name, byType.entrySet().stream().max(Map.Entry.comparingByValue()).get().getKey()));
    List<List<TokenSpan>> out = new ArrayList<>(spans.size());
    for (int s = 0; s < sentences.size(); s++) {
      String[] tokens = sentences.get(s);
      List<TokenSpan> fixed = new ArrayList<>();
      for (TokenSpan span : spans.get(s)) {
        EntityType type = span.type();
        String name = text(tokens, span.start(), span.end());
        if (rules.contains(Rule.MAJORITY_TYPE)) {
          type = majority.get(name);
        }
        if (rules.contains(Rule.PERSON_PARTS)
            && span.end() - span.start() == 1
            && personParts.contains(name)) {
          type = EntityType.PERSON;
        }
        fixed.add(new TokenSpan(span.start(), span.end(), type));
      }
      if (rules.contains(Rule.PROPAGATE)) {
        propagate(
            tokens, fixed, majority, rules.contains(Rule.PERSON_PARTS) ? personParts : Set.of());
      }
      out.add(fixed);
    }
    return out;
  }

  private static void propagate(
      String[] tokens, List<TokenSpan> spans, Map<String, EntityType> names, Set<String> parts) {
    boolean[] taken = new boolean[tokens.length];
    for (TokenSpan span : spans) {
      for (int i = span.start(); i < span.end(); i++) {
        taken[i] = true;
      }
    }
    int before = spans.size();
    for (int i = 0; i < tokens.length; i++) {
      if (taken[i] || !Character.isUpperCase(tokens[i].charAt(0))) {
        continue;
      }
      int limit = i + 1;
      while (limit < tokens.length && limit < i + Gazetteer.MAX_NAME_TOKENS && !taken[limit]) {
        limit++;
      }
      for (int j = limit; j > i; j--) {
        String name = text(tokens, i, j);
        EntityType type = names.get(name);
        if (type == null && j == i + 1 && parts.contains(name)) {
          type = EntityType.PERSON;
        }
        if (type != null && (j > i + 1 || name.length() > 1)) {
          spans.add(new TokenSpan(i, j, type));
          for (int k = i; k < j; k++) {
            taken[k] = true;
          }
          i = j - 1;
          break;
        }
      }
    }
    if (spans.size() > before) {
      spans.sort(Comparator.comparingInt(TokenSpan::start));
    }
  }

  private static String text(String[] tokens, int start, int end) {
    if (end == start + 1) {
      return tokens[start];
    }
    return String.join(" ", java.util.Arrays.asList(tokens).subList(start, end));
  }
}
