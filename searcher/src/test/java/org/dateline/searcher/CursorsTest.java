package org.dateline.searcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.apache.lucene.search.Query;
import org.dateline.indexer.schema.NewsSchema;
import org.junit.jupiter.api.Test;

class CursorsTest {

  private final ArticleQueries queries = new ArticleQueries(NewsSchema.analyzer());

  private String described(String query) {
    Query parsed = queries.parse(SearchRequest.builder(query).build());
    return Cursors.described(parsed);
  }

  @Test
  void queriesThatPrintAlikeButSearchDifferentlyAreDescribedApart() {
    for (List<String> pair :
        List.of(
            List.of("person:john~1", "person:\"john~1\""),
            List.of("prices*", "prices*|price"),
            List.of("person:\"John text:smith\"", "person:John text:smith"))) {
      assertNotEquals(described(pair.get(0)), described(pair.get(1)), pair.toString());
    }
  }

  @Test
  void aQueryWrittenInAnotherCaseOrSpacingIsDescribedAlike() {
    assertEquals(described("oil prices"), described("  OIL   Prices "));
    assertEquals(described("\"oil prices\"~2"), described("\"OIL prices\"~2"));
  }
}
