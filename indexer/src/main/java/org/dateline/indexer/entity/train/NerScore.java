package org.dateline.indexer.entity.train;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dateline.indexer.entity.EntityType;
import org.dateline.indexer.entity.TokenSpan;

/**
 * Strict named-entity scoring: a predicted name counts only when its span and type both equal a
 * gold name's. Precision, recall and F1 per type, and micro-averaged over person, organization and
 * location (the types Dateline facets on). Not thread-safe.
 */
public final class NerScore {

  /** The types of the headline figure. */
  public static final Set<EntityType> HEADLINE_TYPES =
      EnumSet.of(EntityType.PERSON, EntityType.ORGANIZATION, EntityType.LOCATION);

  private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);

  public NerScore() {
    for (EntityType t : EntityType.values()) {
      counts.put(t, new int[3]);
    }
  }

  /** Adds one sentence's gold and predicted names. */
  public void add(List<TokenSpan> gold, List<TokenSpan> predicted) {
    Set<TokenSpan> g = new HashSet<>(gold);
    for (TokenSpan p : predicted) {
      counts.get(p.type())[g.remove(p) ? 0 : 1]++;
    }
    for (TokenSpan missed : g) {
      counts.get(missed.type())[2]++;
    }
  }

  public double precision(Set<EntityType> types) {
    int tp = sum(types, 0);
    return ratio(tp, tp + sum(types, 1));
  }

  public double recall(Set<EntityType> types) {
    int tp = sum(types, 0);
    return ratio(tp, tp + sum(types, 2));
  }

  public double f1(Set<EntityType> types) {
    double p = precision(types);
    double r = recall(types);
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  /** Number of gold names of the given types. */
  public int gold(Set<EntityType> types) {
    return sum(types, 0) + sum(types, 2);
  }

  /** A table: one line per type, then the micro average over person, organization, location. */
  public String report() {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT, "%-14s %9s %9s %9s %6s%n", "type", "precision", "recall", "F1", "gold"));
    for (EntityType t : EntityType.values()) {
      line(sb, t.key(), EnumSet.of(t));
    }
    line(sb, "micro PER+ORG+LOC", HEADLINE_TYPES);
    return sb.toString();
  }

  private void line(StringBuilder sb, String label, Set<EntityType> types) {
    sb.append(
        String.format(
            Locale.ROOT,
            "%-14s %9.4f %9.4f %9.4f %6d%n",
            label,
            precision(types),
            recall(types),
            f1(types),
            gold(types)));
  }

  private int sum(Set<EntityType> types, int which) {
    int s = 0;
    for (EntityType t : types) {
      s += counts.get(t)[which];
    }
    return s;
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
