package org.dateline.indexer.entity;

import java.util.Objects;

/**
 * A named entity found in a text.
 *
 * @param type what kind of entity
 * @param text the entity as written (the surface form)
 * @param start offset of the first character in the text
 * @param end offset after the last character (exclusive)
 */
public record Entity(EntityType type, String text, int start, int end) {

  public Entity {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for " + text);
    }
  }
}
