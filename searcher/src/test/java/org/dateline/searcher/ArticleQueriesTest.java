package org.dateline.searcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.search.Query;
import org.dateline.indexer.schema.NewsSchema;
import org.junit.jupiter.api.Test;

class ArticleQueriesTest {

  private final ArticleQueries queries = new ArticleQueries(NewsSchema.analyzer());

  private String scored(String q, double paragraphWeight) {
    SearchRequest request = SearchRequest.builder(q).build();
    Query parsed = queries.parse(request);
    return queries
        .scored(
            queries.lift(parsed),
            queries.passages(parsed), // as the search ranks: the text's passages alone
            paragraphWeight)
        .toString();
  }

  @Test
  void filtersArticlesOnlyWhenMatchingMayMatchParagraphs() {
    // required words are joins from paragraphs or title words: articles only
    assertFalse(scored("+wheat +exports", 1).contains("#parents"));
    assertFalse(scored("dollar AND (deficit OR budget)", 1).contains("#parents"));
    assertFalse(scored("+shares -strike", 1).contains("#parents"));
    // a query of prohibited words alone, or entity names (on paragraphs too) OR-ed, may not be
    assertTrue(scored("-strike", 1).contains("#parents"));
    assertFalse(scored("+person:hale +wheat", 1).contains("#parents"));
    assertTrue(scored("person:hale OR wheat", 1).contains("#parents"));
    // and without a best-paragraph clause the query keeps its filter
    assertTrue(scored("+wheat +exports", 0).contains("#parents"));
  }

  @Test
  void scoresAOneWordQueryAsOneJoinWithoutAFilter() {
    String q = scored("wheat", 1);
    assertFalse(q.contains("#parents"), q);
    assertEquals(1, q.split("best\\(", -1).length - 1, q); // one join, not two
  }
}
