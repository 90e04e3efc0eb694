package org.dateline.searcher.facet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.dateline.indexer.ArticleIndexer;
import org.dateline.indexer.IndexerOptions;
import org.dateline.indexer.schema.NewsSchema;
import org.dateline.indexer.testing.TestIndexes;
import org.junit.jupiter.api.Test;

class FacetValueCacheTest {

  @Test
  void eachArticleHoldsItsDayThenItsFacetOrdinalsAndParagraphsHoldNothing() throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (ArticleIndexer indexer =
          ArticleIndexer.open(dir, IndexerOptions.defaults(TestIndexes.extractor()))) {
        indexer.index(TestIndexes.article("a", "2020-02-03", "NATO met in Berlin.", "Quiet."));
        indexer.index(TestIndexes.article("b", null, "Angela Merkel spoke."));
        indexer.index(TestIndexes.article("c", "1987-10-19", "Nothing named here."));
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        LeafReaderContext leaf = reader.leaves().get(0);
        FacetValueCache cache = new FacetValueCache();
        SegmentFacetValues values = cache.of(leaf.reader());
        SortedSetDocValues ords = leaf.reader().getSortedSetDocValues(cache.facetField());
        Map<String, List<String>> byArticle = new java.util.TreeMap<>();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          String id = leaf.reader().storedFields().document(doc).get(NewsSchema.ID);
          boolean article =
              leaf.reader().storedFields().document(doc).get(NewsSchema.PARAGRAPH_COUNT) != null;
          if (!article) {
            assertEquals(values.start(doc), values.end(doc), "paragraph " + doc);
            continue;
          }
          List<String> found = new ArrayList<>();
          int day = values.value(values.start(doc));
          found.add(day == SegmentFacetValues.NO_DAY ? "-" : NewsSchema.fromDays(day).toString());
          for (int i = values.start(doc) + 1; i < values.end(doc); i++) {
            found.add(ords.lookupOrd(values.value(i)).utf8ToString().replace('\u001f', '/'));
          }
          byArticle.put(id, found);
        }
        assertEquals(
            Map.of(
                "a", List.of("2020-02-03", "location/Berlin", "organization/NATO"),
                "b", List.of("-", "person/Angela Merkel"),
                "c", List.of("1987-10-19")),
            byArticle);
      }
    }
  }

  @Test
  void aRefreshReadsOnlyNewSegmentsAndClosedSegmentsAreDropped() throws IOException {
    try (Directory dir = new ByteBuffersDirectory();
        ArticleIndexer indexer =
            ArticleIndexer.open(dir, IndexerOptions.defaults(TestIndexes.extractor()))) {
      indexer.index(TestIndexes.article("a", "2020-02-03", "NATO met in Berlin."));
      indexer.commit();
      indexer.index(TestIndexes.article("b", "2021-02-03", "Angela Merkel in Berlin."));
      indexer.commit();
      FacetValueCache cache = new FacetValueCache();
      DirectoryReader first = DirectoryReader.open(dir);
      List<SegmentFacetValues> read = new ArrayList<>();
      for (LeafReaderContext leaf : first.leaves()) {
        read.add(cache.of(leaf.reader()));
      }
      assertEquals(2, cache.size());
      assertTrue(cache.ramBytesUsed() > 0);

      indexer.index(TestIndexes.article("c", "2022-02-03", "Mosul."));
      indexer.commit();
      DirectoryReader second = DirectoryReader.openIfChanged(first);
      assertNotNull(second);
      assertEquals(3, second.leaves().size());
      for (int i = 0; i < 2; i++) {
        assertSame(read.get(i), cache.of(second.leaves().get(i).reader()), "segment " + i);
      }
      cache.of(second.leaves().get(2).reader());
      assertEquals(3, cache.size());

      first.close();
      assertEquals(3, cache.size(), "the second reader still uses every segment");
      second.close();
      assertEquals(0, cache.size());
    }
  }
}
