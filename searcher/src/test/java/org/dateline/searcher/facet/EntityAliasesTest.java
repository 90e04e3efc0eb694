package org.dateline.searcher.facet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.dateline.indexer.entity.EntityType;
import org.dateline.indexer.schema.NewsSchema;
import org.junit.jupiter.api.Test;

/**
 * Aliases from the facet values of a raw index: articles written directly, as an index analysed
 * before the rules that resolve short names within an article could hold them.
 */
class EntityAliasesTest {

  private static final FacetsConfig CONFIG = NewsSchema.facetsConfig();

  private static void add(IndexWriter w, String id, EntityType type, List<String> names)
      throws IOException {
    Document d = new Document();
    d.add(new StringField("id", id, Field.Store.NO));
    for (String n : names) {
      d.add(new SortedSetDocValuesFacetField(NewsSchema.entityField(type), n));
    }
    w.addDocument(CONFIG.build(d));
  }

  /** The aliases of an index of articles naming the given persons, after deleting some. */
  private static EntityAliases aliases(List<List<String>> articles, String... deleted)
      throws IOException {
    return aliases(EntityType.PERSON, articles, deleted);
  }

  private static EntityAliases organizations(List<List<String>> articles) throws IOException {
    return aliases(EntityType.ORGANIZATION, articles);
  }

  private static EntityAliases aliases(
      EntityType type, List<List<String>> articles, String... deleted) throws IOException {
    try (Directory dir = new ByteBuffersDirectory();
        Analyzer analyzer = NewsSchema.analyzer()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
        for (int i = 0; i < articles.size(); i++) {
          add(w, "a" + i, type, articles.get(i));
          if (i % 2 == 1) {
            w.commit(); // several segments: ordinals mapped to global ones
          }
        }
        for (String id : deleted) {
          w.deleteDocuments(new Term("id", id));
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        SortedSetDocValuesReaderState state =
            new DefaultSortedSetDocValuesReaderState(reader, CONFIG);
        return EntityAliases.of(state, GlobalOrdinalCounts.of(state), analyzer);
      }
    }
  }

  private static final List<List<String>> REAGAN =
      List.of(
          List.of("Ronald Reagan"),
          List.of("Ronald Reagan", "George Shultz"),
          List.of("Reagan"),
          List.of("Reagan", "George Shultz"));

  @Test
  void aSurnameStandsForTheFullNameAndFiltersFindIt() throws IOException {
    EntityAliases a = aliases(REAGAN);
    assertEquals("Ronald Reagan", a.shown(EntityType.PERSON, "Reagan"));
    assertEquals("George Shultz", a.shown(EntityType.PERSON, "George Shultz"));
    assertEquals(List.of("Reagan"), a.aliasesOf(EntityType.PERSON, "ronald reagan"));
    assertEquals(List.of(), a.aliasesOf(EntityType.ORGANIZATION, "ronald reagan"));
  }

  @Test
  void noAliasForAPairThatOneArticleHoldsBoth() throws IOException {
    // adding up would count the last article twice for Ronald Reagan
    List<List<String>> articles = new java.util.ArrayList<>(REAGAN);
    articles.add(List.of("Reagan", "Ronald Reagan"));
    EntityAliases a = aliases(articles);
    assertEquals("Reagan", a.shown(EntityType.PERSON, "Reagan"));
    assertEquals(List.of(), a.aliasesOf(EntityType.PERSON, "ronald reagan"));
  }

  @Test
  void deletedArticlesDoNotCount() throws IOException {
    List<List<String>> articles = new java.util.ArrayList<>(REAGAN);
    articles.add(List.of("Reagan", "Ronald Reagan")); // a4: the pair together
    articles.add(List.of("Ronald Reagan")); // a5, in a4's segment, which stays
    assertEquals("Reagan", aliases(articles).shown(EntityType.PERSON, "Reagan"));
    assertEquals("Ronald Reagan", aliases(articles, "a4").shown(EntityType.PERSON, "Reagan"));
  }

  @Test
  void noAliasForAcronymsThatOneArticleHoldsTwoOfForOneName() throws IOException {
    // as an index analysed before dotted acronyms lost their dots could hold them
    String full = "Securities and Exchange Commission";
    List<List<String>> articles =
        List.of(List.of(full), List.of(full), List.of("SEC"), List.of("S.E.C."));
    EntityAliases a = organizations(articles);
    assertEquals(full, a.shown(EntityType.ORGANIZATION, "SEC"));
    assertEquals(full, a.shown(EntityType.ORGANIZATION, "S.E.C."));
    List<List<String>> both = new java.util.ArrayList<>(articles);
    both.add(List.of("SEC", "S.E.C.")); // would count twice for the full name
    EntityAliases b = organizations(both);
    assertEquals("SEC", b.shown(EntityType.ORGANIZATION, "SEC"));
    assertEquals("S.E.C.", b.shown(EntityType.ORGANIZATION, "S.E.C."));
  }
}
