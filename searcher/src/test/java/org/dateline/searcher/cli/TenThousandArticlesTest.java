package org.dateline.searcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A self-generated corpus of 10,000 articles (5,000 seed-format files and 5,000 JSON Lines
 * records), indexed end to end by the {@code index} command with entity extraction on, then counted
 * and searched. Words planted in known articles give exact expected counts.
 */
class TenThousandArticlesTest {

  private static final int ARTICLES = 10_000;
  private static final int PARAGRAPHS_EACH = 2;
  private static final long SEED = 20_200_612L;
  private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);

  private static final String[] WORDS = {
    "government",
    "minister",
    "talks",
    "market",
    "prices",
    "troops",
    "election",
    "budget",
    "workers",
    "company",
    "shares",
    "council",
    "report",
    "plans",
    "officials",
    "week",
    "agreement",
    "trade",
    "energy",
    "police",
    "court",
    "city",
    "bank",
    "growth",
    "schools"
  };
  private static final String[] PEOPLE = {
    "Angela Merkel", "David Hale", "Emmanuel Macron", "Jacinda Ardern", "Narendra Modi"
  };
  private static final String[] PLACES = {"Berlin", "Baghdad", "Paris", "Mosul", "Wellington"};

  @TempDir Path tmp;

  @Test
  void indexesTenThousandArticlesWithEntitiesAndFindsExactlyThePlantedOnes() throws IOException {
    System.out.println("TenThousandArticlesTest seed " + SEED);
    Path corpus = Files.createDirectories(tmp.resolve("corpus"));
    write(corpus, new Random(SEED));
    Path index = tmp.resolve("index");

    CliRun indexed = CliRun.of("index", "--index", index.toString(), corpus.toString());
    assertEquals(0, indexed.exitCode(), indexed.err());
    assertTrue(
        indexed
            .out()
            .contains(
                "Indexed 10,000 articles (10,000 added, 0 replaced, 0 unchanged), 20,000"
                    + " paragraphs"),
        indexed.out());

    JsonNode stats = json("stats", "--index", index.toString(), "--json");
    assertEquals(ARTICLES, stats.get("articles").asInt());
    assertEquals(ARTICLES * PARAGRAPHS_EACH, stats.get("paragraphs").asInt());
    assertEquals(FIRST_DAY.toString(), stats.get("firstDate").asText());
    assertEquals(FIRST_DAY.plusDays(365).toString(), stats.get("lastDate").asText());

    // "zebrafish" is in every 100th article, the phrase "blue harbour" in every 250th
    JsonNode zebrafish = search(index, "zebrafish", "--facets");
    assertEquals(100, zebrafish.get("total").asInt());
    assertTrue(zebrafish.get("totalExact").asBoolean());
    JsonNode first = zebrafish.get("hits").get(0);
    assertTrue(
        first.get("paragraphs").get(0).get("highlighted").asText().contains("<em>zebrafish</em>"),
        first.toString());
    assertFalse(zebrafish.get("facets").get("person").isEmpty(), zebrafish.toString());
    assertEquals(40, search(index, "\"blue harbour\"").get("total").asInt());
    assertEquals(20, search(index, "+zebrafish +\"blue harbour\"").get("total").asInt());
    // dates run one a day through 2020, then again from 2020-01-01
    int january = 0;
    for (int i = 0; i < ARTICLES; i += 100) {
      if (day(i).getMonthValue() == 1) {
        january++;
      }
    }
    assertEquals(
        january,
        search(index, "zebrafish", "--from", "2020-01-01", "--to", "2020-01-31")
            .get("total")
            .asInt());

    CliRun again = CliRun.of("index", "--index", index.toString(), corpus.toString());
    assertEquals(0, again.exitCode(), again.err());
    assertTrue(again.out().contains("(0 added, 0 replaced, 10,000 unchanged)"), again.out());
  }

  private static JsonNode search(Path index, String query, String... more) throws IOException {
    List<String> args = new ArrayList<>(List.of("search", "--index", index.toString(), "--json"));
    args.addAll(List.of(more));
    args.add(query);
    return json(args.toArray(String[]::new));
  }

  private static JsonNode json(String... args) throws IOException {
    CliRun run = CliRun.of(args);
    assertEquals(0, run.exitCode(), run.err());
    return new ObjectMapper().readTree(run.out());
  }

  private static LocalDate day(int article) {
    return FIRST_DAY.plusDays(article % 366);
  }

  /** Even-numbered articles as seed files (100 to a folder), odd ones as JSON Lines. */
  private static void write(Path corpus, Random random) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    List<BufferedWriter> jsonl = new ArrayList<>();
    for (int f = 0; f < 5; f++) {
      jsonl.add(
          Files.newBufferedWriter(corpus.resolve("part-" + f + ".jsonl"), StandardCharsets.UTF_8));
    }
    try {
      for (int i = 0; i < ARTICLES; i++) {
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < PARAGRAPHS_EACH; p++) {
          paragraphs.add(paragraph(random, i, p));
        }
        String id = String.format("a%05d", i);
        if (i % 2 == 0) {
          Path folder = Files.createDirectories(corpus.resolve("seed-" + (i / 200)));
          Files.writeString(
              folder.resolve(id + ".txt"),
              " date " + day(i) + " " + String.join("\n\n", paragraphs) + "\n",
              StandardCharsets.UTF_8);
        } else {
          ObjectNode o = mapper.createObjectNode();
          o.put("id", id);
          o.put("date", day(i).toString());
          o.put("title", "Report " + i);
          ArrayNode ps = o.putArray("paragraphs");
          paragraphs.forEach(ps::add);
          BufferedWriter w = jsonl.get(i % 5);
          w.write(mapper.writeValueAsString(o));
          w.newLine();
        }
      }
    } finally {
      for (BufferedWriter w : jsonl) {
        w.close();
      }
    }
  }

  private static String paragraph(Random random, int article, int number) {
    StringBuilder sb = new StringBuilder();
    if (number == 0) {
      sb.append(PEOPLE[random.nextInt(PEOPLE.length)])
          .append(" said on Tuesday in ")
          .append(PLACES[random.nextInt(PLACES.length)])
          .append(" that the ");
    } else {
      sb.append("The ");
    }
    for (int w = 0; w < 12; w++) {
      sb.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
    }
    if (number == 1 && article % 100 == 0) {
      sb.append("zebrafish ");
    }
    if (number == 1 && article % 250 == 0) {
      sb.append("near the blue harbour ");
    }
    return sb.append("would change.").toString();
  }
}
