package org.dateline.searcher.facet;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.dateline.indexer.entity.EntityType;
import org.dateline.indexer.entity.NameAliases;
import org.dateline.indexer.schema.NewsSchema;

/**
 * The entity values of one index snapshot that stand for another across articles ({@link
 * NameAliases}: {@code Reagan} for {@code Ronald Reagan}, {@code SEC} for {@code Securities and
 * Exchange Commission}, {@code Goldman, Sachs and Co} for {@code Goldman Sachs and Co}), and what
 * facets, filters and hits do with them: a facet counts an article holding any of a value's aliases
 * as one of its own, once ({@link #target}, used by {@link FacetCounter}), a filter on a value also
 * matches the articles whose value is one of its aliases ({@link #aliasesOf}), and a hit shows the
 * value an alias stands for ({@link #shown}).
 *
 * <p>Made from the articles per value of the whole snapshot (deleted articles left out; one walk
 * over the facet doc values), so the aliases follow the index as it grows. Immutable; thread-safe.
 */
public final class EntityAliases {

  /** No aliases (an index without entity facets). */
  public static final EntityAliases NONE =
      new EntityAliases(Map.of(), Map.of(), Map.of(), new int[0], new int[0]);

  /** The dimensions with aliases, and how each finds them from the articles per value. */
  private static final Map<EntityType, Function<Map<String, Integer>, Map<String, String>>> RULES =
      Map.of(
          EntityType.PERSON, NameAliases::persons,
          EntityType.ORGANIZATION, NameAliases::organizations,
          EntityType.LOCATION, NameAliases::locations);

  /** Per type: alias to the value it stands for. */
  private final Map<EntityType, Map<String, String>> fullNameOf;

  /** Per type: a value as filters normalize it, to its aliases. */
  private final Map<EntityType, Map<String, List<String>>> aliasesByNormalizedName;

  /**
   * Per type: a value as filters normalize it (without dots, commas and hyphens, {@link
   * #spellingKey}), to the values live articles hold that it is.
   */
  private final Map<EntityType, Map<String, List<String>>> heldByNormalizedName;

  /** By global ordinal: the global ordinal of the value it stands for, or -1. */
  private final int[] target;

  private EntityAliases(
      Map<EntityType, Map<String, String>> fullNameOf,
      Map<EntityType, Map<String, List<String>>> aliasesByNormalizedName,
      Map<EntityType, Map<String, List<String>>> heldByNormalizedName,
      int[] target,
      int[] articles) {
    this.fullNameOf = fullNameOf;
    this.aliasesByNormalizedName = aliasesByNormalizedName;
    this.heldByNormalizedName = heldByNormalizedName;
    this.target = target;
    this.articles = articles;
  }

  /** By global ordinal: the live articles holding the value. */
  private final int[] articles;

  /** Whether a live article holds the value of this global ordinal (not only deleted ones). */
  boolean isHeld(long globalOrd) {
    return globalOrd >= 0 && globalOrd < articles.length && articles[(int) globalOrd] > 0;
  }

  /**
   * Finds the aliases of a snapshot's values.
   *
   * @param analyzer normalizes values as entity filters do ({@link NewsSchema#analyzer()})
   */
  static EntityAliases of(
      SortedSetDocValuesReaderState state, GlobalOrdinalCounts ordinals, Analyzer analyzer)
      throws IOException {
    int[] articles = articlesPerValue(state, ordinals);
    SortedSetDocValues labels = state.getDocValues();
    int[] target = new int[articles.length];
    Arrays.fill(target, -1);
    Map<EntityType, Map<String, String>> fullNameOf = new EnumMap<>(EntityType.class);
    Map<EntityType, Map<String, List<String>>> held = new EnumMap<>(EntityType.class);
    for (Map.Entry<EntityType, Function<Map<String, Integer>, Map<String, String>>> rule :
        RULES.entrySet()) {
      String dimension = dimension(rule.getKey());
      OrdRange range = state.getOrdRange(dimension);
      if (range == null) {
        continue;
      }
      Map<String, Integer> perName = new HashMap<>();
      Map<String, Integer> ordOf = new HashMap<>();
      Map<String, List<String>> heldByNormalized = new HashMap<>();
      for (int ord = range.start; ord <= range.end; ord++) {
        if (articles[ord] > 0) {
          String name = FacetsConfig.stringToPath(labels.lookupOrd(ord).utf8ToString())[1];
          perName.put(name, articles[ord]);
          ordOf.put(name, ord);
          heldByNormalized
              .computeIfAbsent(
                  spellingKey(analyzer.normalize(dimension, name).utf8ToString()),
                  k -> new ArrayList<>(1))
              .add(name);
        }
      }
      held.put(rule.getKey(), heldByNormalized);
      rule.getValue().apply(perName).forEach((a, f) -> target[ordOf.get(a)] = ordOf.get(f));
    }
    Map<EntityType, Map<String, List<String>>> byNormalized = new EnumMap<>(EntityType.class);
    Map<EntityType, Map<String, String>> normalizedAliases = new EnumMap<>(EntityType.class);
    for (int alias = 0; alias < target.length; alias++) {
      if (target[alias] < 0) {
        continue;
      }
      String[] a = FacetsConfig.stringToPath(labels.lookupOrd(alias).utf8ToString());
      String full = FacetsConfig.stringToPath(labels.lookupOrd(target[alias]).utf8ToString())[1];
      EntityType type = typeOf(a[0]);
      fullNameOf.computeIfAbsent(type, t -> new HashMap<>()).put(a[1], full);
      String normalized = analyzer.normalize(a[0], full).utf8ToString();
      byNormalized
          .computeIfAbsent(type, t -> new HashMap<>())
          .computeIfAbsent(normalized, k -> new ArrayList<>())
          .add(a[1]);
      String aliasNormalized = analyzer.normalize(a[0], a[1]).utf8ToString();
      if (!aliasNormalized.equals(normalized)) {
        normalizedAliases.computeIfAbsent(type, t -> new HashMap<>()).put(aliasNormalized, full);
      } else {
        // written alike but for case or accents ("Zürich" for "Zurich", "NEW YORK" for "New
        // York"): a filter naming the alias finds the group under the full name's key, so the
        // full name goes in the group too
        List<String> group = byNormalized.get(type).get(normalized);
        if (!group.contains(full)) {
          group.add(full);
        }
      }
    }
    // a filter naming an alias ("Goldman Sachs & Co", "Reagan") matches what its facet value is
    // counted under: the full name and all its aliases
    normalizedAliases.forEach(
        (type, aliasToFull) -> {
          Map<String, List<String>> groups = byNormalized.get(type);
          Map<String, List<String>> viaAlias = new HashMap<>();
          aliasToFull.forEach(
              (alias, full) -> {
                List<String> group = new ArrayList<>();
                group.add(full);
                group.addAll(groups.get(analyzer.normalize(dimension(type), full).utf8ToString()));
                viaAlias.put(alias, group);
              });
          viaAlias.forEach((alias, group) -> groups.merge(alias, group, EntityAliases::union));
        });
    return new EntityAliases(fullNameOf, byNormalized, held, target, articles);
  }

  /** The live articles holding each value of the snapshot, by global ordinal. */
  private static int[] articlesPerValue(
      SortedSetDocValuesReaderState state, GlobalOrdinalCounts ordinals) throws IOException {
    int[] articles = new int[Math.toIntExact(state.getSize())];
    for (LeafReaderContext leaf : state.getReader().leaves()) {
      SortedSetDocValues values = DocValues.getSortedSet(leaf.reader(), state.getField());
      int[] toGlobal = ordinals.globalOrds(leaf);
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = values.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = values.nextDoc()) {
        if (live == null || live.get(doc)) {
          for (int k = values.docValueCount(); k > 0; k--) {
            articles[toGlobal[(int) values.nextOrd()]]++;
          }
        }
      }
    }
    return articles;
  }

  private static String dimension(EntityType type) {
    return NewsSchema.entityField(type);
  }

  private static List<String> union(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    for (String v : b) {
      if (!all.contains(v)) {
        all.add(v);
      }
    }
    return all;
  }

  /** The entity type whose facet dimension this is, or {@code null}. */
  private static EntityType typeOf(String dim) {
    for (EntityType t : NewsSchema.FACET_TYPES) {
      if (NewsSchema.entityField(t).equals(dim)) {
        return t;
      }
    }
    return null;
  }

  /**
   * The global ordinal of the value that a value stands for, or -1 if it stands for none.
   *
   * @param globalOrd a global ordinal of the snapshot's facet field
   */
  int target(int globalOrd) {
    return globalOrd < target.length ? target[globalOrd] : -1;
  }

  /** The value a hit shows for a canonical value of an article: its full name if it is an alias. */
  public String shown(EntityType type, String value) {
    Map<String, String> aliases = fullNameOf.get(type);
    return aliases == null ? value : aliases.getOrDefault(value, value);
  }

  /**
   * The canonical values that stand for a value, as an entity filter gets it; for a value that is
   * itself an alias ({@code Reagan}, a spelling fewer articles use), the value it stands for and
   * all of that value's aliases, so that the filter matches what the facet counts it under.
   *
   * @param normalized the filter's value normalized by the entity field's analyzer
   */
  public List<String> aliasesOf(EntityType type, String normalized) {
    Map<String, List<String>> aliases = aliasesByNormalizedName.get(type);
    return aliases == null ? List.of() : aliases.getOrDefault(normalized, List.of());
  }

  /**
   * The values of a type that live articles hold and that a filter's value is, written in any case
   * (or with or without accents): {@code Reagan} for {@code reagan}, {@code EC} for {@code ec}.
   *
   * @param normalized the filter's value normalized by the entity field's analyzer
   */
  public List<String> heldValues(EntityType type, String normalized) {
    Map<String, List<String>> values = heldByNormalizedName.get(type);
    return values == null ? List.of() : values.getOrDefault(spellingKey(normalized), List.of());
  }

  /**
   * The values of a type that live articles hold and that are variants of a filter's value, as
   * {@link NameAliases} groups values across articles: "Corporation" for "Corp", "&amp;" for "and",
   * a possessive, an abbreviated legal form at the end or not ({@code General Motors Corp} for
   * {@code General Motors Corporation}).
   */
  public List<String> heldVariants(EntityType type, String value) {
    Map<EntityType, Map<String, List<String>>> variants = heldByVariantKey;
    if (variants == null) {
      variants = variantKeys(); // on first use: most filters name a value as it is written
      heldByVariantKey = variants;
    }
    Map<String, List<String>> values = variants.get(type);
    return values == null
        ? List.of()
        : values.getOrDefault(NameAliases.variantKey(type, value), List.of());
  }

  /** Per type, lazily: a held value's {@link NameAliases#variantKey} to the values held. */
  private volatile Map<EntityType, Map<String, List<String>>> heldByVariantKey;

  private Map<EntityType, Map<String, List<String>>> variantKeys() {
    Map<EntityType, Map<String, List<String>>> byKey = new EnumMap<>(EntityType.class);
    heldByNormalizedName.forEach(
        (type, byName) -> {
          Map<String, List<String>> keys = new HashMap<>();
          byName
              .values()
              .forEach(
                  names ->
                      names.forEach(
                          name ->
                              keys.computeIfAbsent(
                                      NameAliases.variantKey(type, name), k -> new ArrayList<>(1))
                                  .add(name)));
          byKey.put(type, keys);
        });
    return byKey;
  }

  /**
   * A normalized name without the dots, commas and hyphens that facet values written differently
   * may differ by ({@code leigh pemberton} is {@code leigh-pemberton}), as the indexer merges them.
   */
  private static String spellingKey(String normalized) {
    return normalized
        .replace('-', ' ')
        .replace(".", "")
        .replace(",", "")
        .trim()
        .replaceAll(" +", " ");
  }
}
