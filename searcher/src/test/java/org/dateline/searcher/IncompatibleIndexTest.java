package org.dateline.searcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.IndexOutput;
import org.dateline.indexer.schema.IncompatibleIndexException;
import org.dateline.indexer.testing.TestIndexes;
import org.junit.jupiter.api.Test;

/** The searcher reads only indexes of the layout this version writes. */
class IncompatibleIndexTest {

  @Test
  void anIndexOfAnotherLayoutIsRefusedOnOpen() throws IOException {
    try (Directory dir = indexOfOneArticle()) {
      TestIndexes.recordLayout(dir, "0");

      IncompatibleIndexException e =
          assertThrows(IncompatibleIndexException.class, () -> NewsSearcher.open(dir));

      assertEquals("0", e.found());
    }
  }

  @Test
  void aRefreshOntoAnotherLayoutFailsAndSearchesKeepThePreviousView() throws IOException {
    try (Directory dir = indexOfOneArticle();
        NewsSearcher searcher = NewsSearcher.open(dir)) {
      assertEquals(1, searcher.search(SearchRequest.builder("troops").build()).total());

      TestIndexes.recordLayout(dir, "3"); // as a later version would commit it

      IncompatibleIndexException e =
          assertThrows(IncompatibleIndexException.class, searcher::refresh);
      assertEquals("3", e.found());
      assertEquals(1, searcher.search(SearchRequest.builder("troops").build()).total());
    }
  }

  @Test
  void anIndexWithADamagedCommitIsRefusedOnOpenNamingTheDamage() throws IOException {
    try (Directory dir = indexOfOneArticle()) {
      String commit = SegmentInfos.readLatestCommit(dir).getSegmentsFileName();
      byte[] bytes;
      try (IndexInput in = dir.openInput(commit, IOContext.READONCE)) {
        bytes = new byte[(int) in.length()];
        in.readBytes(bytes, 0, bytes.length);
      }
      bytes[bytes.length / 2] ^= 0x55;
      dir.deleteFile(commit);
      try (IndexOutput out = dir.createOutput(commit, IOContext.DEFAULT)) {
        out.writeBytes(bytes, bytes.length);
      }

      IncompatibleIndexException e =
          assertThrows(IncompatibleIndexException.class, () -> NewsSearcher.open(dir));

      assertTrue(e.getMessage().contains("is damaged"), e.getMessage());
      assertTrue(e.getMessage().contains(commit), e.getMessage());
      assertTrue(e.unreadable());
    }
  }

  private static Directory indexOfOneArticle() throws IOException {
    return TestIndexes.index(
        List.of(TestIndexes.article("a", "2020-06-12", "US troops will leave Iraq.")));
  }
}
