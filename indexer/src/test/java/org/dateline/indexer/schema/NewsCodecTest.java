package org.dateline.indexer.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SlowCodecReaderWrapper;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.dateline.indexer.ArticleIndexer;
import org.dateline.indexer.IndexerOptions;
import org.dateline.indexer.article.Article;
import org.dateline.indexer.testing.TestIndexes;
import org.junit.jupiter.api.Test;

class NewsCodecTest {

  @Test
  void isFoundByTheNameSegmentsRecord() {
    assertEquals(NewsCodec.class, Codec.forName(NewsCodec.NAME).getClass());
  }

  @Test
  void articleIndexerWritesSegmentsWithIt() throws IOException {
    Directory dir = new ByteBuffersDirectory();
    index(dir, "a1", "Troops left Mosul.");
    assertEquals(List.of(NewsCodec.NAME), codecs(dir));
  }

  @Test
  void indexWrittenWithLucenesCodecStaysReadableAndGrowsWithNewsCodecSegments() throws IOException {
    Directory dir = new ByteBuffersDirectory();
    copyWithCodec(TestIndexes.index(List.of(article("a1", "Troops left Mosul."))), dir);
    assertEquals(List.of(Codec.getDefault().getName()), codecs(dir));

    index(dir, "a2", "Talks in Berlin.");

    assertEquals(List.of(Codec.getDefault().getName(), NewsCodec.NAME), codecs(dir));
    try (DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      for (String id : List.of("a1", "a2")) {
        int article =
            searcher.search(
                    new BooleanQuery.Builder()
                        .add(new TermQuery(NewsSchema.idTerm(id)), Occur.FILTER)
                        .add(NewsSchema.articlesQuery(), Occur.FILTER)
                        .build(),
                    1)
                .scoreDocs[0]
                .doc;
        assertEquals(id, reader.storedFields().document(article).get(NewsSchema.ID));
        assertEquals(
            id.equals("a1") ? "Troops left Mosul." : "Talks in Berlin.",
            reader.storedFields().document(article - 1).get(NewsSchema.TEXT));
      }
    }
  }

  private static Article article(String id, String text) {
    return TestIndexes.article(id, "2020-06-12", text);
  }

  private static void index(Directory dir, String id, String text) throws IOException {
    try (ArticleIndexer indexer =
        ArticleIndexer.open(dir, IndexerOptions.defaults(TestIndexes.extractor()))) {
      indexer.index(article(id, text));
    }
  }

  /** Copies an index segment by segment with Lucene's default codec, as older Datelines wrote. */
  private static void copyWithCodec(Directory from, Directory to) throws IOException {
    IndexWriterConfig config =
        new IndexWriterConfig().setCodec(Codec.getDefault()).setMergePolicy(NoMergePolicy.INSTANCE);
    try (DirectoryReader reader = DirectoryReader.open(from);
        IndexWriter writer = new IndexWriter(to, config)) {
      for (LeafReaderContext leaf : reader.leaves()) {
        writer.addIndexes(SlowCodecReaderWrapper.wrap(leaf.reader()));
      }
      writer.setLiveCommitData(reader.getIndexCommit().getUserData().entrySet());
      writer.commit();
    }
  }

  private static List<String> codecs(Directory dir) throws IOException {
    List<String> names = new ArrayList<>();
    for (SegmentCommitInfo info : SegmentInfos.readLatestCommit(dir)) {
      names.add(info.info.getCodec().getName());
    }
    return names;
  }
}
