package org.dateline.indexer.cli;

import org.dateline.indexer.entity.EntityExtractor;
import org.dateline.indexer.entity.StatisticalEntityExtractor;

/** The entity extractor the commands use. */
public final class Extractors {

  private Extractors() {}

  /** The statistical extractor with the bundled model, loaded once per process. */
  public static EntityExtractor standard() {
    return StatisticalEntityExtractor.shared();
  }
}
