package org.dateline.indexer.entity;

/** Canonical forms of entity names, so that one entity is one facet value. */
public final class EntityNormalizer {

  private EntityNormalizer() {}

  /** The canonical value for a name as written: possessives and a leading "the" removed. */
  public static String canonical(EntityType type, String surface) {
    String s = surface.strip().replaceAll("\\s+", " ");
    if (s.endsWith("'s") || s.endsWith("\u2019s")) {
      s = s.substring(0, s.length() - 2);
    }
    if (s.regionMatches(true, 0, "the ", 0, 4)) {
      s = s.substring(4);
    }
    return s;
  }
}
