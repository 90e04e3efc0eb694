package org.dateline.searcher.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.dateline.searcher.cli.Dateline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark commands on tiny inputs: what they count and report, not how fast. */
class BenchCommandsTest {

  @TempDir Path tmp;

  @Test
  void shippedQueryListHasFortyQueriesOfEachKind() throws IOException {
    Map<String, Integer> kinds = new TreeMap<>();
    for (QueryMix.Entry e : QueryMix.shipped().entries()) {
      kinds.merge(e.kind(), 1, Integer::sum);
    }
    assertEquals(Map.of("boolean", 40, "phrase", 40, "term", 40, "two-term", 40), kinds);
  }

  @Test
  void percentilesAreNearestRank() {
    Latencies l = new Latencies();
    for (int ms = 100; ms >= 1; ms--) {
      l.add(ms * 1_000_000L);
    }
    assertEquals(50.0, l.percentileMs(50));
    assertEquals(90.0, l.percentileMs(90));
    assertEquals(99.0, l.percentileMs(99));
    assertEquals(1.0, l.percentileMs(0));
    assertEquals(50.5, l.meanMs(), 1e-9);
  }

  @Test
  void indexRunCountsEveryCopyOfEveryParagraph() throws IOException {
    Path reuters = Files.createDirectories(tmp.resolve("reuters"));
    Files.writeString(
        reuters.resolve("reut2-000.sgm"),
        "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n"
            + article("1", "Oil prices rose.\n    Traders said so.")
            + article("2", "Wheat output fell."),
        StandardCharsets.ISO_8859_1);
    for (String config : new String[] {"LUCENE", "DATELINE_NO_ENTITIES"}) {
      JsonNode r = indexRun(reuters, config);
      assertEquals(config, r.get("config").asText());
      assertEquals(6, r.get("articles").asInt());
      assertEquals(9, r.get("paragraphs").asInt());
      assertEquals(
          3 * "Oil prices rose.Traders said so.Wheat output fell.".length(),
          r.get("textBytes").asInt());
      assertTrue(r.get("indexBytes").asLong() > 0, r.toString());
      assertTrue(r.get("peakHeapUsed").asLong() > 0, r.toString());
    }
  }

  private JsonNode indexRun(Path reuters, String config) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Dateline.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
            .execute(
                "bench",
                "index-run",
                "--config",
                config,
                "--reuters",
                reuters.toString(),
                "--copies",
                "3",
                "--index",
                tmp.resolve(config).toString());
    assertEquals(0, code, err.toString());
    return new ObjectMapper().readTree(out.toString());
  }

  private static String article(String newId, String body) {
    return "<REUTERS NEWID=\""
        + newId
        + "\">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n<TEXT><TITLE>STORY "
        + newId
        + "</TITLE><BODY>"
        + body
        + "\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n";
  }
}
