package org.dateline.searcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
            List.of("person:\"John text:smith\"", "person:John text:smith"))) {
      assertNotEquals(described(pair.get(0)), described(pair.get(1)), pair.toString());
    }
  }

  private static final List<String> MANY_CLAUSES =
      List.of(
          "oil prices opec saudi crude barrel output quota",
          "\"oil prices\" OR crude~2 OR gas* -coal +opec");

  /** Prints the description of each argument's query, one per line. */
  public static void main(String[] args) {
    CursorsTest t = new CursorsTest();
    for (String q : args) {
      System.out.println(t.described(q).replace('\u0000', '|'));
    }
  }

  /**
   * A cursor serves its search in the next process: Lucene seeds the hash that orders a Boolean
   * query's clauses anew in each JVM (from the clock, or from {@code tests.seed}).
   */
  @Test
  void aQueryIsDescribedAlikeInEveryJvm() throws IOException, InterruptedException {
    String first = describedInAJvmSeeded("1");
    assertEquals(first, describedInAJvmSeeded("2"));
    assertEquals(first, describedInAJvmSeeded("3"));
  }

  private static String describedInAJvmSeeded(String seed)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Dtests.seed=" + seed);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(CursorsTest.class.getName());
    command.addAll(MANY_CLAUSES);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(60, TimeUnit.SECONDS);
    assertEquals(0, p.exitValue(), out);
    return out;
  }

  @Test
  void aQueryWrittenInAnotherCaseOrSpacingIsDescribedAlike() {
    assertEquals(described("oil prices"), described("  OIL   Prices "));
    assertEquals(described("\"oil prices\"~2"), described("\"OIL prices\"~2"));
  }
}
