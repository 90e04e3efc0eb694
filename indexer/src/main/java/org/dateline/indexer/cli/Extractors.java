package org.dateline.indexer.cli;

import java.util.ArrayList;
import java.util.List;
import org.dateline.indexer.entity.Entity;
import org.dateline.indexer.entity.EntityExtractor;

/** The entity extractor the commands use. */
public final class Extractors {

  private Extractors() {}

  /** The standard extractor, loaded once per process. */
  public static EntityExtractor standard() {
    return NONE;
  }

  private static final EntityExtractor NONE =
      paragraphs -> {
        List<List<Entity>> result = new ArrayList<>();
        paragraphs.forEach(p -> result.add(List.of()));
        return result;
      };
}
