package org.dateline.searcher.facet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.dateline.indexer.entity.EntityType;
import org.dateline.indexer.schema.NewsSchema;
import org.dateline.searcher.FacetResults;
import org.dateline.searcher.FacetResults.FacetValue;
import org.dateline.searcher.SearchRequest.DateBuckets;
import org.junit.jupiter.api.Test;

/**
 * Counting with aliases, on articles written directly (as an index analysed before the rules that
 * resolve names within an article could hold them, or as a name written two ways in one article
 * is): an article is counted once for a value, whatever it holds of it, and the same through the
 * drill-sideways path as through a plain count.
 */
class AliasCountingTest {

  private static final FacetsConfig CONFIG = NewsSchema.facetsConfig();

  /** Per article: its persons, its organizations. */
  private record Named(List<String> persons, List<String> organizations) {}

  private static Named persons(String... names) {
    return new Named(List.of(names), List.of());
  }

  private static Named organizations(String... names) {
    return new Named(List.of(), List.of(names));
  }

  /** The counts of one dimension over every live article, by a plain count and sideways. */
  private static Map<String, Long> counts(List<Named> articles, EntityType type, String... deleted)
      throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
        for (int i = 0; i < articles.size(); i++) {
          Document d = new Document();
          d.add(new StringField("id", "a" + i, Field.Store.NO));
          d.add(new StringField("all", "yes", Field.Store.NO));
          for (String p : articles.get(i).persons()) {
            d.add(new SortedSetDocValuesFacetField(NewsSchema.entityField(EntityType.PERSON), p));
          }
          for (String o : articles.get(i).organizations()) {
            d.add(
                new SortedSetDocValuesFacetField(
                    NewsSchema.entityField(EntityType.ORGANIZATION), o));
          }
          w.addDocument(CONFIG.build(d));
          if (i % 2 == 1) {
            w.commit(); // several segments: ordinals mapped to global ones
          }
        }
        for (String id : deleted) {
          w.deleteDocuments(new Term("id", id));
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        for (int copying = 0; copying < 3; copying++) {
          // the first count reads the doc values, the second copies them, the third reads the copy
          FacetValueCache cache = new FacetValueCache();
          FacetCounter counter = FacetCounter.forReader(reader, CONFIG, cache);
          for (int i = 0; i < copying; i++) {
            counter.count(
                searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager()),
                1,
                DateBuckets.YEAR);
          }
          FacetResults plain =
              counter.count(
                  searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager()),
                  1000,
                  DateBuckets.YEAR);
          // filtered on another dimension by a filter every article passes: counted sideways
          EntityType other =
              type == EntityType.PERSON ? EntityType.ORGANIZATION : EntityType.PERSON;
          FacetResults sideways =
              counter.count(
                  searcher,
                  new MatchAllDocsQuery(),
                  Map.of(NewsSchema.entityField(other), new TermQuery(new Term("all", "yes"))),
                  1000,
                  DateBuckets.YEAR);
          assertEquals(asMap(plain, type), asMap(sideways, type), "sideways");
          if (copying == 2) {
            return asMap(plain, type);
          }
        }
        throw new AssertionError();
      }
    }
  }

  private static Map<String, Long> asMap(FacetResults r, EntityType type) {
    Map<String, Long> m = new TreeMap<>();
    for (FacetValue v : r.get(type.key())) {
      m.put(v.value(), v.count());
    }
    return m;
  }

  private static final List<Named> REAGAN =
      List.of(
          persons("Ronald Reagan"),
          persons("Ronald Reagan", "George Shultz"),
          persons("Reagan"),
          persons("Reagan", "George Shultz"));

  @Test
  void countsASurnamesArticlesAsTheFullNames() throws IOException {
    assertEquals(
        Map.of("Ronald Reagan", 4L, "George Shultz", 2L), counts(REAGAN, EntityType.PERSON));
  }

  @Test
  void countsAnArticleHoldingAnAliasAndItsNameOnce() throws IOException {
    List<Named> articles = new ArrayList<>(REAGAN);
    articles.add(persons("Reagan", "Ronald Reagan"));
    assertEquals(
        Map.of("Ronald Reagan", 5L, "George Shultz", 2L), counts(articles, EntityType.PERSON));
  }

  @Test
  void countsAnArticleHoldingTwoAliasesOfOneNameOnce() throws IOException {
    String sec = "Securities and Exchange Commission";
    List<Named> articles =
        List.of(
            organizations(sec),
            organizations(sec),
            organizations("SEC"),
            organizations("S.E.C."),
            organizations("SEC", "S.E.C."),
            organizations("Securities and Exchange commission", "SEC"),
            organizations("Securities and Exchange commission", "SEC", "S.E.C."),
            organizations(sec, "SEC", "S.E.C."),
            organizations(sec, "Securities and Exchange commission", "SEC", "S.E.C."));
    assertEquals(Map.of(sec, 9L), counts(articles, EntityType.ORGANIZATION));
  }

  @Test
  void deletedArticlesDoNotCountTowardsAnAlias() throws IOException {
    List<Named> articles = new ArrayList<>(REAGAN);
    articles.add(persons("Nancy Reagan")); // a4
    articles.add(persons("Nancy Reagan")); // a5, in a4's segment, which stays
    // Ronald Reagan is named in 2 of the 4 articles naming a full Reagan: no alias
    assertEquals(2L, counts(articles, EntityType.PERSON).get("Reagan"));
    // with a4 deleted, in 2 of 3: still none; with one more Ronald Reagan, 3 of 4
    assertEquals(2L, counts(articles, EntityType.PERSON, "a4").get("Reagan"));
    articles.add(persons("Ronald Reagan")); // a6
    assertEquals(
        Map.of("Ronald Reagan", 5L, "Nancy Reagan", 1L, "George Shultz", 2L),
        counts(articles, EntityType.PERSON, "a4"));
  }
}
