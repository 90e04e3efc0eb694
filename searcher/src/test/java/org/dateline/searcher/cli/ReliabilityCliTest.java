package org.dateline.searcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Limits and failures as a user of the command line meets them: one line, the right exit code. */
class ReliabilityCliTest {

  @TempDir Path tmp;
  Path index;
  Path articles;

  @BeforeEach
  void indexTwoArticles() throws IOException {
    index = tmp.resolve("index");
    articles = Files.createDirectories(tmp.resolve("articles"));
    Files.writeString(articles.resolve("iraq.txt"), "date 2020-06-12 US troops left Iraq.");
    Files.writeString(articles.resolve("berlin.txt"), "date 2021-02-01 Ministers met in Berlin.");
    CliRun run = CliRun.of("index", "--index", index.toString(), articles.toString());
    assertEquals(0, run.exitCode(), run.err());
  }

  private CliRun search(String... args) {
    String[] all = new String[args.length + 3];
    all[0] = "search";
    all[1] = "--index";
    all[2] = index.toString();
    System.arraycopy(args, 0, all, 3, args.length);
    return CliRun.of(all);
  }

  private static void assertOneLineError(CliRun run, int exitCode, String contains) {
    assertEquals(exitCode, run.exitCode(), run.err());
    assertTrue(run.err().contains(contains), run.err());
    assertEquals(1, run.err().lines().count(), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  /** An option's value refused: the reason, then the pointer to the command's help (exit 2). */
  private static void assertUsageError(CliRun run, String contains) {
    assertUsageError(run, "search", contains);
  }

  private static void assertUsageError(CliRun run, String command, String contains) {
    assertEquals(2, run.exitCode(), run.err());
    List<String> lines = run.err().lines().toList();
    assertEquals(2, lines.size(), run.err());
    assertTrue(
        lines.get(0).startsWith("dateline " + command + ": ") && lines.get(0).contains(contains),
        run.err());
    assertEquals("Try 'dateline " + command + " --help' for more.", lines.get(1));
  }

  @Test
  void indexSummarySaysWhenItCommitted() throws IOException {
    Files.writeString(articles.resolve("new.txt"), "date 2020-01-01 A new article.");
    CliRun run =
        CliRun.of(
            "index", "--index", index.toString(), "--commit-every", "500", articles.toString());
    assertTrue(
        run.out()
            .contains(
                "holds 3 articles, committed 1 time (every 500 articles, every 60 s, at the end)"),
        run.out());
  }

  @Test
  void aSearchPastItsTimeoutIsMarkedPartialInJsonAndText() throws IOException {
    JsonNode cut = DatelineCliTest.json(search("--json", "--timeout", "0.000000001", "*:*"));
    assertTrue(cut.get("partial").asBoolean());
    JsonNode whole = DatelineCliTest.json(search("--json", "*:*"));
    assertFalse(whole.get("partial").asBoolean());
    assertEquals(2, whole.get("total").asInt());
    CliRun text = search("--timeout", "0.000000001", "*:*");
    assertEquals(0, text.exitCode(), text.err());
    assertTrue(
        text.out().contains("Partial results: the search stopped at its time limit"), text.out());
    assertUsageError(search("--timeout", "0", "x"), "--timeout (0.0) must be a number of seconds");
  }

  @Test
  void facetsPastTheirTimeoutSayTheCountsArePartial() {
    CliRun cut =
        CliRun.of("facets", "--index", index.toString(), "--timeout", "0.000000001", "*:*");
    assertEquals(0, cut.exitCode(), cut.err());
    assertTrue(
        cut.err()
            .contains("counts are partial: the search stopped at its time limit of 0.000000001 s"),
        cut.err());
    CliRun whole = CliRun.of("facets", "--index", index.toString(), "--timeout", "30", "*:*");
    assertEquals("", whole.err());
    assertTrue(whole.out().startsWith("2 articles match '*:*'"), whole.out());
    assertUsageError(
        CliRun.of("facets", "--index", index.toString(), "--timeout", "-1", "*:*"),
        "facets",
        "--timeout (-1.0) must be a number of seconds");
  }

  @Test
  void facetsJsonSaysHowManyArticlesWereCountedAndWhetherTheCountsArePartial() throws IOException {
    JsonNode cut =
        DatelineCliTest.json(
            CliRun.of(
                "facets",
                "--index",
                index.toString(),
                "--json",
                "--timeout",
                "0.000000001",
                "*:*"));
    assertTrue(cut.get("partial").asBoolean(), cut.toString());
    JsonNode whole =
        DatelineCliTest.json(CliRun.of("facets", "--index", index.toString(), "--json", "*:*"));
    assertFalse(whole.get("partial").asBoolean(), whole.toString());
    // the facets object as search --json nests it, and partial
    List<String> keys = new java.util.ArrayList<>();
    whole.fieldNames().forEachRemaining(keys::add);
    assertEquals(
        List.of(
            "person",
            "organization",
            "location",
            "date",
            "dateBuckets",
            "total",
            "totalExact",
            "partial"),
        keys);
    assertEquals(2, whole.get("total").asInt(), whole.toString());
    assertTrue(whole.get("totalExact").asBoolean(), whole.toString());
    assertEquals(2, whole.get("date").size(), whole.toString());
  }

  @Test
  void aTimeLimitIsPrintedAsGivenNotRoundedToZero() {
    CliRun text = search("--timeout", "0.000000001", "*:*");
    assertTrue(
        text.out().contains("the search stopped at its time limit of 0.000000001 s;"), text.out());
    // the duration is the seconds given, not the nearest below that a double's product makes
    assertEquals("0.3", QueryOptions.formatSeconds(QueryOptions.seconds("--timeout", 0.3)));
    assertEquals("10", QueryOptions.formatSeconds(QueryOptions.seconds("--timeout", 10)));
  }

  @Test
  void aResultWindowPastTheCapExitsTwoPointingToTheCursor() {
    assertUsageError(
        search("--offset", "9995", "--limit", "10", "troops"),
        "offset + limit (10005) exceeds 10000; page deeper with the cursor");
    assertUsageError(search("--paragraphs", "4", "troops"), "must be 0, 1, 2 or 3");
    assertUsageError(
        search("--from", "2020/01/01", "troops"), "--from: '2020/01/01' is not a date");
    assertUsageError(search("--fb-docs", "5", "troops"), "--fb-docs applies to --feedback only");
    assertUsageError(
        search("--date-buckets", "year", "troops"), "--date-buckets applies to --facets only");
  }

  @Test
  void tooManyClausesExitTwoWithTheLimit() {
    StringBuilder q = new StringBuilder();
    for (int i = 0; i < 1_500; i++) {
      q.append("w").append(i).append(' ');
    }
    assertOneLineError(search(q.toString()), 2, "expands to more than 1024 clauses");
  }

  @Test
  void aQueryOfAMegabyteExitsTwoWithTheLimit() {
    assertOneLineError(
        search("x".repeat(1 << 20)),
        2,
        "query is 1,048,576 characters long; the limit is 10,000: shorten it");
  }

  @Test
  void regularExpressionsThatScanEveryTermExitTwo() {
    assertOneLineError(search("/.*/"), 2, "would scan every term in the index");
    assertOneLineError(search("text:/[a-z]+.*/"), 2, "would scan every term in the index");
    assertEquals(0, search("--allow-leading-wildcard", "/.*/").exitCode());
  }

  @Test
  void everyCommandOnAMissingIndexExitsOneNamingIt() {
    String nowhere = tmp.resolve("nowhere").toString();
    for (String[] args :
        new String[][] {
          {"search", "--index", nowhere, "x"},
          {"facets", "--index", nowhere, "x"},
          {"related", "--index", nowhere, "x"},
          {"stats", "--index", nowhere},
          {"delete", "--index", nowhere, "x"},
          {"check", "--index", nowhere}
        }) {
      assertOneLineError(CliRun.of(args), 1, "no index in " + nowhere);
    }
  }

  @Test
  void anIndexLocationThatIsAFileIsABadValueForEveryCommand() throws IOException {
    Path file = Files.writeString(tmp.resolve("file"), "x");
    String f = file.toString();
    for (String[] args :
        new String[][] {
          {"index", "--index", f, articles.toString()},
          {"search", "--index", f, "x"},
          {"facets", "--index", f, "x"},
          {"related", "--index", f, "x"},
          {"stats", "--index", f},
          {"delete", "--index", f, "x"},
          {"check", "--index", f}
        }) {
      assertUsageError(
          CliRun.of(args),
          args[0],
          "Invalid value for option '--index': " + f + " is a file; give the index's folder");
    }
    assertEquals("x", Files.readString(file));
  }

  @Test
  void aMissingIndexIsNamedAsGivenNotByTheFolderALinkLeadsTo() throws IOException {
    Path real = Files.createDirectories(tmp.resolve("corpus"));
    Path link = Files.createSymbolicLink(tmp.resolve("link"), real);
    String given = link.toString();
    assertOneLineError(
        CliRun.of("search", "--index", given, "x"),
        1,
        "dateline search: no index in "
            + given
            + "; create one with: dateline index --index "
            + given
            + " FILES");
  }

  @Test
  void aReadOnlyIndexFolderRefusesIndexingButStillAnswersSearches() throws IOException {
    assumeTrue(
        !"root".equals(System.getProperty("user.name")),
        "skipped: root ignores permission bits, so a read-only folder cannot be made;"
            + " IndexFailureTest covers it with a read-only Directory");
    Files.setPosixFilePermissions(index, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assertOneLineError(
          CliRun.of("index", "--index", index.toString(), articles.toString()),
          1,
          "cannot write the index folder");
      assertEquals(2, DatelineCliTest.json(search("--json", "*:*")).get("total").asInt());
    } finally {
      Files.setPosixFilePermissions(index, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void checkReportsASoundIndexWithWhatItsLastCommitRecorded() {
    CliRun run = CliRun.of("check", "--index", index.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains(": 2 articles, 2 paragraphs"), run.out());
    assertTrue(run.out().contains("recorded 2 articles"), run.out());
    assertTrue(run.out().endsWith("OK\n"), run.out());
  }
}
