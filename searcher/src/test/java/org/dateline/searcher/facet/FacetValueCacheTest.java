package org.dateline.searcher.facet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
        String field = new FacetValueCache().facetField();
        SegmentFacetValues values = SegmentFacetValues.read(leaf.reader(), field);
        SortedSetDocValues ords = leaf.reader().getSortedSetDocValues(field);
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
  void theHeapCopyCountsWhatTheDocValuesCount() throws IOException {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    List<String> names = new ArrayList<>(TestIndexes.NAMES.keySet());
    names.sort(null);
    try (Directory dir = new ByteBuffersDirectory()) {
      try (ArticleIndexer indexer =
          ArticleIndexer.open(dir, IndexerOptions.defaults(TestIndexes.extractor()))) {
        for (int i = 0; i < 120; i++) {
          List<String> paragraphs = new ArrayList<>();
          for (int p = random.nextInt(4); p >= 0; p--) {
            paragraphs.add(
                names.get(random.nextInt(names.size()))
                    + " and "
                    + names.get(random.nextInt(names.size()))
                    + (random.nextBoolean()
                        ? " met."
                        : " spoke in " + names.get(random.nextInt(3))));
          }
          String date =
              random.nextInt(5) == 0
                  ? null
                  : LocalDate.of(1990, 1, 1).plusDays(random.nextInt(20_000)).toString();
          indexer.index(TestIndexes.article("a" + i, date, paragraphs.toArray(String[]::new)));
          if (i % 50 == 49) {
            indexer.commit();
          }
        }
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertTrue(reader.leaves().size() > 1);
        DayCounts days = DayCounts.of(reader);
        String field = new FacetValueCache().facetField();
        for (LeafReaderContext leaf : reader.leaves()) {
          ArticleValues copy = SegmentFacetValues.read(leaf.reader(), field).walk();
          ArticleValues docValues = ArticleValues.fromDocValues(leaf.reader(), field);
          int ords = (int) leaf.reader().getSortedSetDocValues(field).getValueCount();
          int[] identity = java.util.stream.IntStream.range(0, ords).toArray();
          for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
            DayCounts.Tally copiedDays = days.tally();
            DayCounts.Tally readDays = days.tally();
            int[] copied = new int[ords];
            int[] read = new int[ords];
            copy.count(doc, copiedDays, identity, copied);
            docValues.count(doc, readDays, identity, read);
            assertArrayEquals(read, copied, "doc " + doc + ", seed " + seed);
            assertArrayEquals(readDays.counts(), copiedDays.counts(), "doc " + doc);
          }
          // one walk over matches near and far apart (the copy gallops to each)
          for (int density : new int[] {2, 10, 200}) {
            ArticleValues walk = SegmentFacetValues.read(leaf.reader(), field).walk();
            ArticleValues dv = ArticleValues.fromDocValues(leaf.reader(), field);
            DayCounts.Tally copiedDays = days.tally();
            DayCounts.Tally readDays = days.tally();
            int[] copied = new int[ords];
            int[] read = new int[ords];
            for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
              if (random.nextInt(density) == 0) {
                walk.count(doc, copiedDays, identity, copied);
                dv.count(doc, readDays, identity, read);
              }
            }
            assertArrayEquals(read, copied, "1 doc in " + density + ", seed " + seed);
            assertArrayEquals(readDays.counts(), copiedDays.counts(), "seed " + seed);
          }
        }
      }
    }
  }

  @Test
  void theSecondCountCopiesASegmentARefreshCopiesOnlyNewOnesAndClosingDropsThem()
      throws IOException {
    try (Directory dir = new ByteBuffersDirectory();
        ArticleIndexer indexer =
            ArticleIndexer.open(dir, IndexerOptions.defaults(TestIndexes.extractor()))) {
      indexer.index(TestIndexes.article("a", "2020-02-03", "NATO met in Berlin."));
      indexer.commit();
      indexer.index(TestIndexes.article("b", "2021-02-03", "Angela Merkel in Berlin."));
      indexer.commit();
      FacetValueCache cache = new FacetValueCache();
      DirectoryReader first = DirectoryReader.open(dir);
      for (LeafReaderContext leaf : first.leaves()) {
        cache.forCounting(leaf.reader());
        assertNull(cache.copy(leaf.reader()));
      }
      assertEquals(0, cache.copies(), "a first count reads the doc values");
      assertEquals(0, cache.ramBytesUsed());
      List<SegmentFacetValues> copies = new ArrayList<>();
      for (LeafReaderContext leaf : first.leaves()) {
        cache.forCounting(leaf.reader());
        copies.add(cache.copy(leaf.reader()));
      }
      assertEquals(2, cache.copies());
      assertTrue(cache.ramBytesUsed() > 0);

      indexer.index(TestIndexes.article("c", "2022-02-03", "Mosul."));
      indexer.commit();
      DirectoryReader second = DirectoryReader.openIfChanged(first);
      assertNotNull(second);
      assertEquals(3, second.leaves().size());
      for (int i = 0; i < 2; i++) {
        cache.forCounting(second.leaves().get(i).reader());
        assertSame(copies.get(i), cache.copy(second.leaves().get(i).reader()), "seg " + i);
      }
      cache.forCounting(second.leaves().get(2).reader());
      assertEquals(2, cache.copies(), "the new segment has been counted once");
      assertEquals(3, cache.segments());

      first.close();
      assertEquals(3, cache.segments(), "the second reader still uses every segment");
      second.close();
      assertEquals(0, cache.segments());
    }
  }

  @Test
  void copiesStayWithinTheirBudgetAndClosingGivesTheBytesBack() throws IOException {
    try (Directory dir = new ByteBuffersDirectory()) {
      try (ArticleIndexer indexer =
          ArticleIndexer.open(dir, IndexerOptions.defaults(TestIndexes.extractor()))) {
        indexer.index(TestIndexes.article("a", "2020-02-03", "NATO met in Berlin."));
        indexer.commit();
        indexer.index(TestIndexes.article("b", "2021-02-03", "Angela Merkel in Berlin."));
      }
      long oneSegment;
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        assertEquals(2, reader.leaves().size());
        String field = new FacetValueCache().facetField();
        oneSegment =
            Math.max(
                SegmentFacetValues.read(reader.leaves().get(0).reader(), field).ramBytesUsed(),
                SegmentFacetValues.read(reader.leaves().get(1).reader(), field).ramBytesUsed());
        FacetValueCache none = new FacetValueCache(0);
        FacetValueCache one = new FacetValueCache(oneSegment);
        for (int count = 0; count < 3; count++) {
          for (LeafReaderContext leaf : reader.leaves()) {
            none.forCounting(leaf.reader());
            assertNull(none.copy(leaf.reader()));
            one.forCounting(leaf.reader());
          }
        }
        assertEquals(0, none.copies());
        assertEquals(0, none.ramBytesUsed());
        assertEquals(1, one.copies(), "the second segment does not fit");
        assertTrue(one.ramBytesUsed() > 0 && one.ramBytesUsed() <= oneSegment);
        reader.close();
        assertEquals(0, one.ramBytesUsed());
        assertEquals(0, one.segments());
      }
    }
  }
}
