package org.dateline.indexer.entity;

import java.util.Locale;

/** The kinds of named entity Dateline finds, as in CoNLL-2003. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  MISC;

  /** The lower-case name used in field names, facets and on the command line. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code person}, {@code PERSON}, {@code org}, {@code loc}, ... */
  public static EntityType parse(String value) {
    String v = value.trim().toUpperCase(Locale.ROOT);
    for (EntityType t : values()) {
      if (t.name().equals(v) || (v.length() >= 3 && t.name().startsWith(v))) {
        return t;
      }
    }
    throw new IllegalArgumentException(
        "unknown entity type '" + value + "'; use person, organization, location or misc");
  }
}
