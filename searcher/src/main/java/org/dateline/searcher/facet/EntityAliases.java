package org.dateline.searcher.facet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.dateline.indexer.entity.EntityType;
import org.dateline.indexer.entity.SurnameAliases;
import org.dateline.indexer.schema.NewsSchema;

/**
 * The person values of one index snapshot that stand for another across articles ({@link
 * SurnameAliases}: {@code Reagan} for {@code Ronald Reagan}), and what facets, filters and hits do
 * with them: a facet counts the articles of its aliases as its own ({@link #fold}), a filter on a
 * value also matches the articles whose value is one of its aliases ({@link #aliasesOf}), and a hit
 * shows the value an alias stands for ({@link #shown}).
 *
 * <p>Made from the articles per value of the whole snapshot, one walk over its facet doc values
 * (deleted articles left out), so the aliases follow the index as it grows. Immutable; thread-safe.
 */
public final class EntityAliases {

  /** No aliases (an index without person facets). */
  public static final EntityAliases NONE = new EntityAliases(Map.of(), Map.of(), new int[0][]);

  /** The person dimension's name in {@link FacetsConfig} paths. */
  private static final String DIM = NewsSchema.entityField(EntityType.PERSON);

  private final Map<String, String> fullNameOf;
  private final Map<String, List<String>> aliasesByNormalizedName;

  /** Pairs of global ordinals: an alias, then the value it stands for. */
  private final int[][] ordPairs;

  private EntityAliases(
      Map<String, String> fullNameOf,
      Map<String, List<String>> aliasesByNormalizedName,
      int[][] ordPairs) {
    this.fullNameOf = fullNameOf;
    this.aliasesByNormalizedName = aliasesByNormalizedName;
    this.ordPairs = ordPairs;
  }

  /**
   * Finds the aliases of a snapshot's person values.
   *
   * @param analyzer normalizes values as entity filters do ({@link NewsSchema#analyzer()})
   */
  static EntityAliases of(
      SortedSetDocValuesReaderState state, GlobalOrdinalCounts ordinals, Analyzer analyzer)
      throws IOException {
    OrdRange persons = state.getOrdRange(DIM);
    if (persons == null) {
      return NONE;
    }
    int[] articles = articlesPerValue(state, ordinals, persons);
    SortedSetDocValues labels = state.getDocValues();
    Map<String, Integer> perName = new HashMap<>();
    Map<String, Integer> ordOf = new HashMap<>();
    for (int ord = persons.start; ord <= persons.end; ord++) {
      if (articles[ord - persons.start] > 0) {
        String name = FacetsConfig.stringToPath(labels.lookupOrd(ord).utf8ToString())[1];
        perName.put(name, articles[ord - persons.start]);
        ordOf.put(name, ord);
      }
    }
    Map<String, String> fullNameOf = SurnameAliases.of(perName);
    Map<String, List<String>> byNormalized = new HashMap<>();
    int[][] pairs = new int[fullNameOf.size()][];
    int i = 0;
    for (Map.Entry<String, String> e : fullNameOf.entrySet()) {
      String normalized = analyzer.normalize(DIM, e.getValue()).utf8ToString();
      byNormalized.computeIfAbsent(normalized, k -> new ArrayList<>()).add(e.getKey());
      pairs[i++] = new int[] {ordOf.get(e.getKey()), ordOf.get(e.getValue())};
    }
    return new EntityAliases(Map.copyOf(fullNameOf), Map.copyOf(byNormalized), pairs);
  }

  /** Live articles per person value, indexed by global ordinal from the range's start. */
  private static int[] articlesPerValue(
      SortedSetDocValuesReaderState state, GlobalOrdinalCounts ordinals, OrdRange persons)
      throws IOException {
    int[] articles = new int[persons.end - persons.start + 1];
    for (LeafReaderContext leaf : state.getReader().leaves()) {
      SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), state.getField());
      int[] toGlobal = ordinals.globalOrds(leaf);
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = values.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = values.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        for (int k = values.docValueCount(); k > 0; k--) {
          int g = toGlobal[(int) values.nextOrd()];
          if (g >= persons.start && g <= persons.end) {
            articles[g - persons.start]++;
          }
        }
      }
    }
    return articles;
  }

  /** Whether there are none. */
  public boolean isEmpty() {
    return fullNameOf.isEmpty();
  }

  /** The value a hit shows for a canonical value of an article: its full name if it is an alias. */
  public String shown(EntityType type, String value) {
    return type == EntityType.PERSON ? fullNameOf.getOrDefault(value, value) : value;
  }

  /**
   * The canonical values that stand for a value, as an entity filter gets it.
   *
   * @param normalized the filter's value normalized by the entity field's analyzer
   */
  public List<String> aliasesOf(EntityType type, String normalized) {
    return type == EntityType.PERSON
        ? aliasesByNormalizedName.getOrDefault(normalized, List.of())
        : List.of();
  }

  /** Adds the articles counted for each alias to the value it stands for (by global ordinal). */
  void fold(int[] counts) {
    for (int[] pair : ordPairs) {
      counts[pair[1]] += counts[pair[0]];
      counts[pair[0]] = 0;
    }
  }

  /** {@link #fold} for the values of one dimension counted by Lucene. */
  List<LabelAndValue> fold(String dim, List<LabelAndValue> values) {
    if (!dim.equals(DIM) || isEmpty()) {
      return values;
    }
    Map<String, Long> counts = new HashMap<>();
    for (LabelAndValue lv : values) {
      counts.merge(shown(EntityType.PERSON, lv.label), lv.value.longValue(), Long::sum);
    }
    List<LabelAndValue> folded = new ArrayList<>(counts.size());
    counts.forEach((label, count) -> folded.add(new LabelAndValue(label, count)));
    return folded;
  }
}
