package org.dateline.indexer.testing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.dateline.indexer.entity.Entity;
import org.dateline.indexer.entity.EntityExtractor;
import org.dateline.indexer.entity.EntityType;

/**
 * A deterministic extractor for tests: finds exactly the names it is given, so tests of indexing
 * and search do not depend on the statistical model.
 */
public final class DictionaryExtractor implements EntityExtractor {

  private final Map<String, EntityType> names;

  public DictionaryExtractor(Map<String, EntityType> names) {
    this.names = Map.copyOf(names);
  }

  @Override
  public List<List<Entity>> extractArticle(List<String> paragraphs) {
    List<List<Entity>> result = new ArrayList<>();
    for (String p : paragraphs) {
      List<Entity> found = new ArrayList<>();
      names.forEach(
          (name, type) -> {
            for (int i = p.indexOf(name); i >= 0; i = p.indexOf(name, i + name.length())) {
              found.add(new Entity(type, name, i, i + name.length()));
            }
          });
      found.sort(Comparator.comparingInt(Entity::start));
      result.add(found);
    }
    return result;
  }

  @Override
  public String version() {
    return "dictionary-" + names.hashCode();
  }
}
