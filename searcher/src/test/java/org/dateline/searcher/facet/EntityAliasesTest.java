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

  private static void add(IndexWriter w, String id, String... persons) throws IOException {
    Document d = new Document();
    d.add(new StringField("id", id, Field.Store.NO));
    for (String p : persons) {
      d.add(new SortedSetDocValuesFacetField(NewsSchema.entityField(EntityType.PERSON), p));
    }
    w.addDocument(CONFIG.build(d));
  }

  /** The aliases of an index of the given articles (a name list each), after deleting some. */
  private static EntityAliases aliases(List<List<String>> articles, String... deleted)
      throws IOException {
    try (Directory dir = new ByteBuffersDirectory();
        Analyzer analyzer = NewsSchema.analyzer()) {
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
        for (int i = 0; i < articles.size(); i++) {
          add(w, "a" + i, articles.get(i).toArray(String[]::new));
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
    articles.add(List.of("Reagan", "Ronald Reagan")); // a4, the pair together
    articles.add(List.of("Nancy Reagan")); // a5
    articles.add(List.of("Nancy Reagan")); // a6
    // with a4 deleted the pair is not held together; Nancy Reagan (2 of 4) still stops the alias
    assertEquals("Reagan", aliases(articles, "a4").shown(EntityType.PERSON, "Reagan"));
    // with a5 gone too, Ronald Reagan has 2 of 3 articles naming a full Reagan: still short
    assertEquals("Reagan", aliases(articles, "a4", "a5").shown(EntityType.PERSON, "Reagan"));
    articles.add(List.of("Ronald Reagan")); // a7: 3 of 4
    assertEquals("Ronald Reagan", aliases(articles, "a4", "a5").shown(EntityType.PERSON, "Reagan"));
  }
}
