package org.dateline.searcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dateline.indexer.schema.NewsSchema;
import org.dateline.indexer.testing.TestIndexes;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatelineCliTest {

  @TempDir Path tmp;
  Path index;
  Path articles;

  @BeforeEach
  void writeArticles() throws IOException {
    index = tmp.resolve("index");
    articles = Files.createDirectories(tmp.resolve("articles"));
    Files.writeString(
        articles.resolve("iraq.txt"),
        " date 2020-06-12 US troops will leave Iraq.\n\nTalks were held in Baghdad.");
    Files.writeString(
        articles.resolve("berlin.txt"), "date 2021-02-01 Ministers met in Berlin.\n\nTroops too.");
  }

  private CliRun indexArticles() {
    CliRun run = CliRun.of("index", "--index", index.toString(), articles.toString());
    assertEquals(0, run.exitCode(), run.err());
    return run;
  }

  @Test
  void indexPrintsSummaryAndExitsZero() {
    CliRun run = indexArticles();
    assertTrue(
        run.out().contains("Indexed 2 articles (2 added, 0 replaced, 0 unchanged), 4 paragraphs"),
        run.out());
    assertTrue(run.out().contains("holds 2 articles"), run.out());
    assertFalse(run.out().contains("Skipped"), run.out());
  }

  @Test
  void indexCountsTheArticlesItSkipsForHoldingNoText() throws IOException {
    Path reuters = Files.createDirectories(tmp.resolve("reuters"));
    Files.writeString(
        reuters.resolve("reut2-000.sgm"),
        "<REUTERS NEWID=\"1\">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n<TEXT TYPE=\"BRIEF\">&#2;\n"
            + "******<TITLE>ONLY A HEADLINE\n</TITLE>Blah blah blah.\n&#3;\n</TEXT>\n</REUTERS>\n"
            + "<REUTERS NEWID=\"2\">\n<DATE>26-FEB-1987 15:02:00.00</DATE>\n<TEXT>&#2;\n"
            + "<TITLE>GOLD FIXED</TITLE><BODY>Gold was fixed at 418.70 dlrs.\n Reuter\n&#3;</BODY>"
            + "</TEXT>\n</REUTERS>\n");
    CliRun run = CliRun.of("index", "--index", index.toString(), reuters.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("Indexed 1 article (1 added"), run.out());
    assertTrue(
        run.out()
            .contains(
                "Skipped 1 article with no text to index (such as Reuters briefs, a headline only)"),
        run.out());
  }

  @Test
  void createReplacesTheOldIndexAtOnceUnlessCommitsAreAsked() {
    indexArticles();
    CliRun rebuilt =
        CliRun.of(
            "index",
            "--create",
            "--threads",
            "1",
            "--index",
            index.toString(),
            articles.toString());
    assertEquals(0, rebuilt.exitCode(), rebuilt.err());
    assertTrue(
        rebuilt
            .out()
            .contains(
                "holds 2 articles, committed 1 time (at the end: --create replaces the old index"
                    + " at once)"),
        rebuilt.out());

    CliRun everyArticle =
        CliRun.of(
            "index",
            "--create",
            "--threads",
            "1",
            "--commit-every",
            "1",
            "--index",
            index.toString(),
            articles.toString());
    assertEquals(0, everyArticle.exitCode(), everyArticle.err());
    assertTrue(
        everyArticle.out().contains("committed 2 times (every article, at the end)"),
        everyArticle.out());
  }

  @Test
  void indexPrintsTenRejectionsOfAFileAndCountsTheRest() throws IOException {
    Path lines = tmp.resolve("lines");
    Files.createDirectories(lines);
    StringBuilder bad =
        new StringBuilder("{\"id\":\"a\",\"date\":\"2020-01-01\",\"body\":\"Fine.\"}\n");
    for (int i = 0; i < 2_000; i++) {
      bad.append("{not json\n");
    }
    Path file = Files.writeString(lines.resolve("bad.jsonl"), bad);
    CliRun run =
        CliRun.of("index", "--index", index.toString(), "--format", "jsonl", lines.toString());
    assertEquals(3, run.exitCode(), run.err());
    assertTrue(run.err().contains("Rejected 2,000 inputs:"), run.err());
    assertTrue(run.err().contains(file + ":11: not JSON"), run.err());
    assertFalse(run.err().contains(file + ":12: not JSON"), run.err());
    assertTrue(run.err().lines().anyMatch(("  ... and 1,990 more in " + file)::equals), run.err());
    assertTrue(run.err().lines().count() < 20, run.err());
  }

  @Test
  void indexExitsThreeAndNamesEachRejectedFile() throws IOException {
    Files.writeString(articles.resolve("nodate.txt"), "No date line.");
    Files.writeString(articles.resolve("baddate.txt"), "date 2020-13-45 Impossible.");
    Files.write(articles.resolve("empty.txt"), new byte[0]);
    Files.write(articles.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1});
    Files.write(
        articles.resolve("latin1.txt"),
        "date 2020-01-01 caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    CliRun run = CliRun.of("index", "--index", index.toString(), articles.toString());
    assertEquals(3, run.exitCode());
    assertTrue(run.out().contains("Indexed 2 articles"), run.out());
    assertTrue(run.err().contains("Rejected 5 inputs"), run.err());
    assertTrue(
        run.err().contains("nodate.txt:1: expected the article to start with 'date YYYY-MM-DD'"),
        run.err());
    assertTrue(run.err().contains("baddate.txt:1: '2020-13-45' is not a valid date"), run.err());
    assertTrue(run.err().contains("empty.txt: file is empty"), run.err());
    assertTrue(run.err().contains("binary.txt: binary file"), run.err());
    assertTrue(
        run.err()
            .contains("latin1.txt:1: not valid UTF-8 text (a bad byte sequence at byte offset 19)"),
        run.err());
    assertFalse(run.err().contains("Exception"), run.err());
  }

  @Test
  void reindexingReplacesInsteadOfDuplicating() throws IOException {
    indexArticles();
    Files.writeString(articles.resolve("iraq.txt"), "date 2020-06-12 Changed text about Iraq.");
    CliRun run = indexArticles();
    assertTrue(run.out().contains("(0 added, 1 replaced, 1 unchanged)"), run.out());
    CliRun search = CliRun.of("search", "--index", index.toString(), "--json", "iraq");
    assertEquals(1, json(search).get("total").asInt());
  }

  @Test
  void searchPrintsArticlesWithHighlightedParagraphs() {
    indexArticles();
    CliRun run = CliRun.of("search", "--index", index.toString(), "troops", "Iraq");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("2 articles match 'troops Iraq'"), run.out());
    assertTrue(run.out().contains("1. iraq  2020-06-12"), run.out());
    assertTrue(run.out().contains("[1] US [[troops]] will leave [[Iraq]]."), run.out());
  }

  @Test
  void searchPrintsJsonWithDocumentedShape() throws IOException {
    indexArticles();
    JsonNode r =
        json(CliRun.of("search", "--index", index.toString(), "--json", "--facets", "baghdad"));
    assertEquals(1, r.get("total").asInt());
    JsonNode hit = r.get("hits").get(0);
    assertEquals("iraq", hit.get("id").asText());
    assertEquals("2020-06-12", hit.get("date").asText());
    assertTrue(hit.get("score").asDouble() > 0);
    assertTrue(hit.has("title"));
    JsonNode p = hit.get("paragraphs").get(0);
    assertEquals(2, p.get("number").asInt());
    assertEquals("Talks were held in Baghdad.", p.get("text").asText());
    assertEquals("Talks were held in <em>Baghdad</em>.", p.get("highlighted").asText());
    assertTrue(hit.get("entities").isObject());
    JsonNode facets = r.get("facets");
    for (String dim : new String[] {"person", "organization", "location", "date"}) {
      assertTrue(facets.get(dim).isArray(), dim);
    }
    assertEquals(
        "2020-06-12",
        facets.get("date").get(0).get("value").asText(),
        "days: the one matching article spans a day (the index spans 8 months)");
    assertEquals("day", facets.get("dateBuckets").asText());
    assertEquals(1, facets.get("date").get(0).get("count").asInt());
  }

  @Test
  void searchFiltersByDate() throws IOException {
    indexArticles();
    String i = index.toString();
    assertEquals(
        1,
        json(CliRun.of("search", "--index", i, "--json", "--from", "2021-01-01", "troops"))
            .get("total")
            .asInt());
    assertEquals(
        1,
        json(CliRun.of("search", "--index", i, "--json", "--to", "2020-12-31", "troops"))
            .get("total")
            .asInt());
  }

  @Test
  void badQueryGivesOneLineAndExitTwo() {
    indexArticles();
    CliRun run = CliRun.of("search", "--index", index.toString(), "\"troops");
    assertEquals(2, run.exitCode());
    assertEquals(
        "dateline search: unbalanced quotes in query '\"troops': a phrase is opened but not closed\n",
        run.err());
    assertEquals("", run.out());
  }

  @Test
  void anExcludedWordTakenForAnOptionGetsTheWayToWriteIt() {
    indexArticles();
    CliRun run = CliRun.of("search", "--index", index.toString(), "troops", "-iraq");
    assertEquals(2, run.exitCode());
    assertTrue(
        run.err()
            .contains(
                "A query word starting with '-' (-iraq) is read as an option: put '--' before the"
                    + " query (dateline search -- troops -iraq) or quote the whole query."),
        run.err());
    CliRun written = CliRun.of("search", "--index", index.toString(), "--", "troops", "-iraq");
    assertEquals(0, written.exitCode(), written.err());
    assertTrue(written.out().startsWith("1 article matches 'troops -iraq'"), written.out());
    // not -h (help) with more letters, nor -V (version)
    for (String word : List.of("-hamas", "-Vienna")) {
      CliRun help = CliRun.of("search", "--index", index.toString(), "troops", word);
      assertEquals(2, help.exitCode(), word);
      assertTrue(help.err().contains("A query word starting with '-' (" + word + ")"), help.err());
    }
    // a mistyped option, or an option's bad value, is no query word: no hint
    assertFalse(
        CliRun.of("search", "--index", index.toString(), "--limt", "2", "x")
            .err()
            .contains("'--'"));
    assertFalse(
        CliRun.of("search", "--index", index.toString(), "--sort", "-date", "x")
            .err()
            .contains("'--'"));
  }

  @Test
  void badOptionsExitTwo() {
    indexArticles();
    assertEquals(
        2, CliRun.of("search", "--index", index.toString(), "--limit", "-1", "x").exitCode());
    assertEquals(
        2,
        CliRun.of("search", "--index", index.toString(), "--from", "2020-13-01", "x").exitCode());
    assertEquals(
        2,
        CliRun.of("search", "--index", index.toString(), "--entity", "colour=red", "x").exitCode());
    assertEquals(2, CliRun.of("search", "--no-such-option", "x").exitCode());
    for (String command : List.of("index", "delete", "search", "soak", "eval")) {
      CliRun emptyIndex = CliRun.of(command, "--index", "", "x");
      assertEquals(2, emptyIndex.exitCode(), command);
      assertTrue(emptyIndex.err().contains("give a folder, not an empty path"), emptyIndex.err());
    }
    assertEquals(2, CliRun.of("search").exitCode());
    assertEquals(2, CliRun.of("frobnicate").exitCode());
    assertEquals(2, CliRun.of().exitCode());
  }

  @Test
  void aMistypedCommandIsNamedAsUnknownWithTheCommandMeantAndTheRootHelp() {
    CliRun typo = CliRun.of("serch", "x");
    assertEquals(2, typo.exitCode());
    // the commands a letter or two away in spelling, the closest first
    assertTrue(
        typo.err().startsWith("dateline: unknown command 'serch'\nDid you mean: dateline search"),
        typo.err());
    assertTrue(typo.err().endsWith("?\nTry 'dateline --help' for more.\n"), typo.err());
    assertEquals(3, typo.err().lines().count(), typo.err());
    CliRun help = CliRun.of("help", "serch");
    assertEquals(2, help.exitCode());
    assertEquals(typo.err(), help.err());
    CliRun none = CliRun.of();
    assertEquals(2, none.exitCode());
    assertEquals("dateline: a command is required\nTry 'dateline --help' for more.\n", none.err());
    // nothing like any command: no suggestion
    assertEquals(
        "dateline: unknown command 'zzz'\nTry 'dateline --help' for more.\n",
        CliRun.of("zzz").err());
    // a subcommand's usage errors still name it, and a nested one its parent too
    assertTrue(
        CliRun.of("search", "--limt", "2", "x")
            .err()
            .endsWith("Try 'dateline search --help' for more.\n"));
    assertTrue(
        CliRun.of("bench", "quer").err().startsWith("dateline bench: unknown command 'quer'\n"));
  }

  @Test
  void aMistypedCommandWithHelpIsStillUnknownAndOnlyCommandsOfLikeSpellingAreSuggested()
      throws IOException {
    for (List<String> args :
        List.of(
            List.of("serch", "--help"),
            List.of("--verbose", "serch", "--help"),
            List.of("bench", "quer", "--help"))) {
      CliRun run = CliRun.of(args.toArray(String[]::new));
      assertEquals(2, run.exitCode(), args.toString());
      assertTrue(run.err().contains("unknown command"), run.err());
      assertEquals("", run.out(), args.toString());
    }
    assertEquals(
        "dateline: unknown command 'nosuch'\nTry 'dateline --help' for more.\n",
        CliRun.of("nosuch").err());
    // a file of arguments naming the command is picocli's to expand
    Path args = tmp.resolve("args.txt");
    Files.writeString(args, "serch\n");
    CliRun atFile = CliRun.of("@" + args);
    assertTrue(atFile.err().startsWith("dateline: unknown command 'serch'\n"), atFile.err());
    Files.writeString(args, "stats\n--index\n" + tmp.resolve("none") + "\n");
    assertFalse(CliRun.of("@" + args).err().contains("unknown command"));
    assertEquals(
        "dateline: unknown command 'relate'\n"
            + "Did you mean: dateline related or dateline delete?\n"
            + "Try 'dateline --help' for more.\n",
        CliRun.of("relate").err());
    // an option of a command, typed as a command
    assertEquals(
        "dateline: unknown command 'prune'\n"
            + "Did you mean: dateline index --prune?\n"
            + "Try 'dateline --help' for more.\n",
        CliRun.of("prune").err());
  }

  @Test
  void searchAndFacetsRefuseLeadingWildcardsWithSimpleSyntaxWhichHasNoWildcards() {
    indexArticles();
    for (String command : List.of("search", "facets")) {
      CliRun run =
          CliRun.of(
              command, "--index", index.toString(), "--simple", "--allow-leading-wildcard", "*ops");
      assertEquals(2, run.exitCode(), command);
      assertEquals("", run.out());
      assertEquals(
          "dateline "
              + command
              + ": --simple, --allow-leading-wildcard are mutually exclusive (specify only one)\n"
              + "Try 'dateline "
              + command
              + " --help' for more.\n",
          run.err());
      assertEquals(
          0,
          CliRun.of(command, "--index", index.toString(), "--allow-leading-wildcard", "*ops")
              .exitCode());
      assertEquals(
          0, CliRun.of(command, "--index", index.toString(), "--simple", "*ops").exitCode());
    }
  }

  @Test
  void anOutputThatCannotBeWrittenFailsTheCommand() {
    java.io.OutputStream full =
        new java.io.OutputStream() {
          @Override
          public void write(int b) throws IOException {
            throw new IOException("No space left on device");
          }
        };
    java.io.StringWriter err = new java.io.StringWriter();
    java.io.PrintWriter out = new java.io.PrintWriter(full, true);
    int code =
        Dateline.run(
            new String[] {"--version"}, out, new java.io.PrintWriter(err, true), out::checkError);
    // a CI job writing "eval > results.txt" on a full disk must not pass
    assertEquals(1, code, err.toString());
    assertTrue(err.toString().contains("could not all be written"), err.toString());
  }

  @Test
  void evalTopicsRejectsATopicOfTooManyWordsAndScoresTheOthers() throws IOException {
    indexArticles();
    StringBuilder words = new StringBuilder();
    for (int i = 0; i < 500; i++) {
      words.append(" word").append(i);
    }
    Path topics = Files.writeString(tmp.resolve("t.tsv"), "1\ttroops iraq\n2\t" + words + "\n");
    Path qrels = Files.writeString(tmp.resolve("q.qrels"), "1 0 iraq 1\n2 0 berlin 1\n");
    Path runOut = tmp.resolve("out.run");
    CliRun run =
        CliRun.of(
            "eval",
            "--index",
            index.toString(),
            "--qrels",
            qrels.toString(),
            "--topics",
            topics.toString(),
            "--run-out",
            runOut.toString(),
            "-m",
            "num_q,recip_rank");
    assertEquals(3, run.exitCode(), run.err());
    List<String> err = run.err().lines().toList();
    assertEquals("dateline eval: rejected 1 of 2 topics, left out of the run:", err.get(0));
    assertTrue(
        err.get(1).startsWith("  " + topics + ":2: topic '2': query 'word0 word1"), err.get(1));
    assertTrue(err.get(1).contains("has or expands to more than 1024 clauses"), err.get(1));
    assertTrue(Files.readString(runOut).startsWith("1 Q0 iraq 1 "), Files.readString(runOut));
    assertEquals(
        List.of("num_q                 \tall\t2", "recip_rank            \tall\t0.5000"),
        run.out().lines().toList());
  }

  @Test
  void missingIndexFailsWithExitOne() {
    CliRun run = CliRun.of("search", "--index", tmp.resolve("nowhere").toString(), "x");
    assertEquals(1, run.exitCode());
    String nowhere = tmp.resolve("nowhere").toString();
    assertEquals(
        "dateline search: no index in "
            + nowhere
            + "; create one with: dateline index --index "
            + nowhere
            + " FILES",
        run.err().strip());
  }

  @Test
  void aSearchWhileAnInterruptedRebuildHoldsTheOldIndexAsideSaysWhereAndHowItComesBack()
      throws IOException {
    Path index = Files.createDirectories(tmp.resolve("rebuilt"));
    Path aside = Files.createDirectories(index.resolve("unreadable-index-123"));
    Files.writeString(aside.resolve("set-aside-files.txt"), "segments_1\n");
    Files.writeString(aside.resolve("segments_1"), "old");
    CliRun run = CliRun.of("search", "--index", index.toString(), "x");
    assertEquals(1, run.exitCode());
    assertEquals(
        "dateline search: no index in "
            + index
            + " now: a run of 'dateline index --create' stopped before its first commit and left"
            + " the old index, which could not be read, in "
            + aside
            + "; run 'dateline index --create' on "
            + index
            + " again to build the new one (the next 'dateline index' puts the old one back)",
        run.err().strip());
  }

  @Test
  void aFolderOfArticlesGivenAsTheIndexGetsAHintThatWritesNoIndexAmongThem() throws IOException {
    Path articles = Files.createDirectories(tmp.resolve("articles"));
    Files.writeString(articles.resolve("a.txt"), "date 2020-01-01 Words.");
    CliRun run = CliRun.of("search", "--index", articles.toString(), "x");
    assertEquals(1, run.exitCode());
    assertEquals(
        "dateline search: no index in "
            + articles
            + ", only other files; --index takes an index's folder (is "
            + articles
            + " the articles?); create one with: dateline index --index NEW_FOLDER "
            + articles,
        run.err().strip());
  }

  @Test
  void anIndexOfAnotherLayoutIsRefusedByEveryCommandWithTheWayToRebuildIt() throws IOException {
    indexArticles();
    try (Directory dir = FSDirectory.open(index)) {
      TestIndexes.recordLayout(dir, null);
    }
    String reason =
        "the index in "
            + index
            + " was written by an earlier version of Dateline, before index layouts were numbered;"
            + " this version reads and writes layout "
            + NewsSchema.VERSION
            + " only: rebuild the index from its sources"
            + " (dateline index --create [--index DIR] SOURCE...)";
    for (String[] args :
        List.of(
            new String[] {"search", "--index", index.toString(), "troops"},
            new String[] {"index", "--index", index.toString(), articles.toString()},
            new String[] {"delete", "--index", index.toString(), "iraq"})) {
      CliRun run = CliRun.of(args);
      assertEquals(1, run.exitCode(), args[0] + ": " + run.err());
      assertEquals(List.of("dateline " + args[0] + ": " + reason), run.err().lines().toList());
    }

    CliRun check = CliRun.of("check", "--index", index.toString());
    assertEquals(1, check.exitCode(), check.err());
    assertTrue(check.out().contains("OLD LAYOUT: REBUILD IT"), check.out());

    CliRun rebuilt =
        CliRun.of("index", "--create", "--index", index.toString(), articles.toString());
    assertEquals(0, rebuilt.exitCode(), rebuilt.err());
    assertTrue(CliRun.of("search", "--index", index.toString(), "troops").out().contains("iraq"));
  }

  @Test
  void anotherProgramsLuceneIndexIsRefusedAndLeftAsItIs() throws IOException {
    Path foreign = tmp.resolve("foreign");
    try (Directory dir = FSDirectory.open(foreign);
        org.apache.lucene.index.IndexWriter w =
            new org.apache.lucene.index.IndexWriter(
                dir,
                new org.apache.lucene.index.IndexWriterConfig(
                    new org.apache.lucene.analysis.standard.StandardAnalyzer()))) {
      // an "id" field, as most programs' indexes have (Solr's key, for one)
      org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
      d.add(
          new org.apache.lucene.document.StringField(
              "id", "1", org.apache.lucene.document.Field.Store.YES));
      d.add(
          new org.apache.lucene.document.TextField(
              "body", "troops in iraq", org.apache.lucene.document.Field.Store.YES));
      w.addDocument(d);
    }
    String reason =
        "the folder "
            + foreign
            + " holds a Lucene index that Dateline did not write (fields id, body); Dateline reads"
            + " and writes only its own indexes: use another folder";
    for (String[] args :
        List.of(
            new String[] {"search", "--index", foreign.toString(), "troops"},
            new String[] {"index", "--index", foreign.toString(), articles.toString()},
            new String[] {"index", "--create", "--index", foreign.toString(), articles.toString()},
            new String[] {"delete", "--index", foreign.toString(), "iraq"},
            new String[] {"check", "--index", foreign.toString()},
            new String[] {"stats", "--index", foreign.toString()})) {
      CliRun run = CliRun.of(args);
      assertEquals(1, run.exitCode(), args[0] + ": " + run.err());
      // no advice to rebuild it in place, which would delete the other program's index
      assertEquals(List.of("dateline " + args[0] + ": " + reason), run.err().lines().toList());
    }
    try (Directory dir = FSDirectory.open(foreign);
        org.apache.lucene.index.DirectoryReader r =
            org.apache.lucene.index.DirectoryReader.open(dir)) {
      assertEquals(1, r.numDocs());
    }
  }

  @Test
  void facetsCommandCountsArticles() {
    indexArticles();
    CliRun run = CliRun.of("facets", "--index", index.toString(), "--date-buckets", "year", "*:*");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("2 articles match '*:*'"), run.out());
    assertTrue(run.out().contains("date (by year):"), run.out());
    assertTrue(run.out().matches("(?s).*2020\\s+1.*2021\\s+1.*"), run.out());
  }

  @Test
  void relatedCommandExcludesTheArticle() throws IOException {
    indexArticles();
    JsonNode r = json(CliRun.of("related", "--index", index.toString(), "--json", "iraq"));
    assertFalse(r.get("hits").isEmpty(), r.toString());
    for (JsonNode hit : r.get("hits")) {
      assertFalse(hit.get("id").asText().equals("iraq"));
    }
    assertEquals(2, CliRun.of("related", "--index", index.toString(), "nope").exitCode());
  }

  @Test
  void relatedRefusesALimitOutsideTheResultWindow() throws IOException {
    indexArticles();
    for (String limit : List.of("0", "10001")) {
      CliRun run = CliRun.of("related", "--index", index.toString(), "--limit", limit, "iraq");
      assertEquals(2, run.exitCode(), run.err());
      assertTrue(
          run.err().contains("limit (" + limit + ") must be at least 1 and at most 10000"),
          run.err());
    }
  }

  @Test
  void statsCommandPrintsCounts() {
    indexArticles();
    CliRun run = CliRun.of("stats", "--index", index.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("Articles:   2"), run.out());
    assertTrue(run.out().contains("Paragraphs: 4"), run.out());
    assertTrue(run.out().contains("2020-06-12 to 2021-02-01"), run.out());
    assertTrue(run.out().matches("(?s).*Committed:  \\d{4}-\\d\\d-\\d\\dT.*"), run.out());
  }

  @Test
  void deleteCommandRemovesArticlesAndExitsThreeForUnknownIds() throws IOException {
    indexArticles();
    CliRun run = CliRun.of("delete", "--index", index.toString(), "iraq", "nope");
    assertEquals(3, run.exitCode());
    assertTrue(run.err().contains("no article with id 'nope'"), run.err());
    assertEquals(
        1,
        json(CliRun.of("search", "--index", index.toString(), "--json", "*:*"))
            .get("total")
            .asInt());
  }

  @Test
  void deleteCommandTakesAnIdNamedTwiceAsOneArticle() throws IOException {
    indexArticles();
    CliRun run = CliRun.of("delete", "--index", index.toString(), "iraq", "iraq");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(List.of("Deleted 1 article"), run.out().lines().toList());
  }

  @Test
  void indexCommandRefusesThreadCountsOutsideItsRange() {
    for (String threads : List.of("0", "257", "100000")) {
      CliRun run =
          CliRun.of("index", "--index", index.toString(), "--threads", threads, tmp.toString());
      assertEquals(2, run.exitCode(), threads);
      assertTrue(run.err().contains("must be between 1 and 256"), run.err());
    }
  }

  @Test
  void indexRefusesOptionsOutOfRangeAndAnIndexFolderGivenAsInputBeforeWritingAnything() {
    for (List<String> args :
        List.of(
            List.of("--commit-every", "-5"),
            List.of("--commit-interval", "-1"),
            List.of("--commit-interval", "99999999999"),
            List.of("--format", "nope"),
            List.of("--threads", "0"))) {
      List<String> all = new java.util.ArrayList<>(List.of("index", "--index", index.toString()));
      all.addAll(args);
      all.add(articles.toString());
      CliRun run = CliRun.of(all.toArray(String[]::new));
      assertEquals(2, run.exitCode(), args.toString());
      assertTrue(
          run.err().contains(args.get(0) + " (") || run.err().contains(args.get(0) + ": "),
          run.err());
      assertTrue(run.err().contains("Try 'dateline index --help'"), run.err());
    }
    CliRun same = CliRun.of("index", "--index", articles.toString(), articles.toString());
    assertEquals(2, same.exitCode(), same.err());
    assertTrue(same.err().contains("is also given as input"), same.err());
    assertFalse(Files.exists(articles.resolve("write.lock")), "nothing written among the articles");
  }

  @Test
  void createWithARejectedInputLeavesTheOldIndexAndTurnsOffOnlyTheCommitsNotAsked()
      throws IOException {
    indexArticles();
    Path notes = Files.createDirectories(tmp.resolve("notes"));
    Files.writeString(notes.resolve("notes.txt"), "Not an article.");
    CliRun wrongFormat =
        CliRun.of(
            "index",
            "--create",
            "--format",
            "reuters",
            "--index",
            index.toString(),
            notes.toString());
    assertEquals(3, wrongFormat.exitCode(), wrongFormat.err());
    assertTrue(wrongFormat.out().contains("is as it was: --create not done"), wrongFormat.out());
    assertTrue(
        CliRun.of("stats", "--index", index.toString()).out().contains("Articles:   2"),
        "the old index stays");

    CliRun noTimedCommits =
        CliRun.of(
            "index",
            "--create",
            "--commit-interval",
            "0",
            "--index",
            index.toString(),
            articles.toString());
    assertEquals(0, noTimedCommits.exitCode(), noTimedCommits.err());
    assertTrue(
        noTimedCommits.out().contains("(at the end: --create replaces the old index at once)"),
        noTimedCommits.out());
  }

  @Test
  void createWithCommitsDuringTheRunAndARejectedInputSaysTheOldIndexIsReplaced()
      throws IOException {
    indexArticles();
    Path fresh = Files.createDirectories(tmp.resolve("fresh"));
    for (int i = 0; i < 3; i++) {
      Files.writeString(fresh.resolve("a" + i + ".txt"), "date 2022-01-0" + (i + 1) + " Zebras.");
    }
    Files.writeString(fresh.resolve("zz-bad.txt"), "no date line");
    CliRun run =
        CliRun.of(
            "index",
            "--create",
            "--threads",
            "1",
            "--commit-every",
            "1",
            "--index",
            index.toString(),
            fresh.toString());
    assertEquals(3, run.exitCode(), run.err());
    assertTrue(
        run.out()
            .contains(
                "was replaced in part: --create not finished, since 1 input(s) were rejected;"
                    + " fix them and run again; the run's 3 commits"),
        run.out());
    assertTrue(run.out().contains("it holds the 3 articles of this run committed"), run.out());
    assertTrue(
        CliRun.of("stats", "--index", index.toString()).out().contains("Articles:   3"),
        "the old index is gone, as said");
  }

  @Test
  void createFromInputsWithoutArticlesIsRefusedAndLeavesTheIndex() throws IOException {
    indexArticles();
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    CliRun run = CliRun.of("index", "--create", "--index", index.toString(), empty.toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(
        run.out()
            .contains(
                "is as it was: --create not done, since the inputs hold no articles (to empty"
                    + " the index, delete its folder)"),
        run.out());
    assertTrue(
        CliRun.of("stats", "--index", index.toString()).out().contains("Articles:   2"),
        "the old index stays");
    // into a folder with no index: none is made
    Path fresh = tmp.resolve("fresh");
    CliRun none = CliRun.of("index", "--create", "--index", fresh.toString(), empty.toString());
    assertEquals(2, none.exitCode(), none.err());
    assertTrue(
        none.out()
            .contains(
                "No index was made in "
                    + fresh
                    + ": --create not done, since the inputs hold no"
                    + " articles"),
        none.out());
    // a damaged index is set aside while --create runs, and put back when it commits nothing
    try (var files = Files.list(index)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".cfs")).toList()) {
        Files.delete(f);
      }
    }
    List<Path> damagedFiles;
    try (var files = Files.list(index)) {
      damagedFiles = files.sorted().toList();
    }
    CliRun damaged = CliRun.of("index", "--create", "--index", index.toString(), empty.toString());
    assertEquals(2, damaged.exitCode(), damaged.err());
    assertTrue(damaged.out().contains("is as it was: --create not done"), damaged.out());
    try (var files = Files.list(index)) {
      assertEquals(damagedFiles, files.sorted().toList());
    }
  }

  @Test
  void createWithAPathThatDoesNotExistIsRefusedAndLeavesTheIndex() {
    indexArticles();
    CliRun run =
        CliRun.of(
            "index", "--create", "--index", index.toString(), tmp.resolve("artcles").toString());
    assertEquals(2, run.exitCode(), run.err());
    assertTrue(run.err().contains("artcles does not exist; nothing was changed"), run.err());
    assertTrue(
        CliRun.of("stats", "--index", index.toString()).out().contains("Articles:   2"),
        "the old index stays");
  }

  @Test
  void indexingNothingIntoANewFolderLeavesNoIndex() throws IOException {
    Path fresh = tmp.resolve("fresh");
    CliRun mistyped =
        CliRun.of("index", "--index", fresh.toString(), tmp.resolve("artcles").toString());
    assertEquals(3, mistyped.exitCode(), mistyped.err());
    assertTrue(mistyped.err().contains("artcles: no such file or folder"), mistyped.err());
    assertTrue(
        mistyped.out().contains("No index was made in " + fresh + ": no article was indexed"),
        mistyped.out());
    CliRun search = CliRun.of("search", "--index", fresh.toString(), "troops");
    assertEquals(1, search.exitCode(), search.out());
    assertTrue(search.err().contains("no index in " + fresh), search.err());

    Path empty = Files.createDirectories(tmp.resolve("empty"));
    CliRun none = CliRun.of("index", "--optimize", "--index", fresh.toString(), empty.toString());
    assertEquals(0, none.exitCode(), none.err());
    assertEquals(
        List.of(
            "Indexed 0 articles (0 added, 0 replaced, 0 unchanged), 0 paragraphs, in 0.0 s",
            "No index was made in " + fresh + ": no article was indexed"),
        none.out().lines().map(l -> l.replaceAll("in \\d+\\.\\d s", "in 0.0 s")).toList());

    CliRun some = CliRun.of("index", "--index", fresh.toString(), articles.toString());
    assertEquals(0, some.exitCode(), some.err());
    assertTrue(
        CliRun.of("stats", "--index", fresh.toString()).out().contains("Articles:   2"),
        "a later run makes the index");
  }

  @Test
  void pruningPathsThatHoldNoArticlesIsRefusedAndARunThatChangesNothingDoesNotCommit()
      throws IOException {
    indexArticles();
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    CliRun prune = CliRun.of("index", "--index", index.toString(), "--prune", empty.toString());
    assertEquals(2, prune.exitCode(), prune.err());
    assertTrue(prune.err().contains("hold no articles"), prune.err());
    CliRun again = indexArticles();
    assertTrue(again.out().contains("holds 2 articles; nothing changed"), again.out());
    CliRun stats = CliRun.of("stats", "--index", index.toString());
    assertTrue(stats.out().contains("Articles:   2"), stats.out());
  }

  @Test
  void argumentsALocaleThatIsNotUtf8CouldNotReadAreRefusedNamingTheFix() {
    assertEquals(null, Dateline.undecodedArgument(new String[] {"search", "Zürich"}, "UTF-8"));
    assertEquals(
        null, Dateline.undecodedArgument(new String[] {"search", "Zurich"}, "ANSI_X3.4-1968"));
    assertEquals(
        "dateline: the argument 'location=Z??rich' holds characters that the system's encoding"
            + " (ANSI_X3.4-1968) cannot read; run with a UTF-8 locale (LANG=C.UTF-8), as"
            + " ./dateline does",
        Dateline.undecodedArgument(
            new String[] {"search", "--entity", "location=Z\uFFFD\uFFFDrich", "x"},
            "ANSI_X3.4-1968"));
  }

  @Test
  void jsonForAnOutputThatCannotCarryEveryCharacterEscapesThemInstead() {
    try {
      org.dateline.indexer.cli.JsonOutput.escapeNonAscii(true);
      assertEquals(
          "{\n  \"value\" : \"Z\\u00FCrich\"\n}", Json.write(java.util.Map.of("value", "Zürich")));
    } finally {
      org.dateline.indexer.cli.JsonOutput.escapeNonAscii(false);
    }
    assertEquals("{\n  \"value\" : \"Zürich\"\n}", Json.write(java.util.Map.of("value", "Zürich")));
  }

  @Test
  void everyCommandHasHelp() {
    for (String command :
        new String[] {
          "index", "search", "facets", "related", "stats", "entities", "delete", "check", "soak"
        }) {
      CliRun run = CliRun.of(command, "--help");
      assertEquals(0, run.exitCode(), command);
      assertTrue(run.out().contains("Usage: dateline " + command), run.out());
    }
    assertTrue(CliRun.of("--help").out().contains("Exit codes"));
  }

  @Test
  void everyCommandPrintsTheVersionItsHelpOffers() {
    List<List<String>> commands = new java.util.ArrayList<>();
    collectCommands(
        Dateline.commandLine(
            new java.io.PrintWriter(java.io.Writer.nullWriter()),
            new java.io.PrintWriter(java.io.Writer.nullWriter())),
        List.of(),
        commands);
    assertTrue(commands.size() > 15, commands.toString());
    for (List<String> command : commands) {
      List<String> args = new java.util.ArrayList<>(command);
      args.add("--help");
      if (!CliRun.of(args.toArray(String[]::new)).out().contains("-V, --version")) {
        assertEquals(List.of("help"), command); // picocli's help command has -h only
        continue;
      }
      args.set(args.size() - 1, "--version");
      CliRun run = CliRun.of(args.toArray(String[]::new));
      assertEquals(0, run.exitCode(), command + ": " + run.err());
      assertEquals("dateline 0.1.0\n", run.out(), command.toString());
    }
  }

  private static void collectCommands(
      picocli.CommandLine cl, List<String> path, List<List<String>> commands) {
    commands.add(path);
    for (var sub : cl.getSubcommands().entrySet()) {
      List<String> subPath = new java.util.ArrayList<>(path);
      subPath.add(sub.getKey());
      collectCommands(sub.getValue(), subPath, commands);
    }
  }

  @Test
  void theCommandListShowsEachCommandsWholeFirstSentence() {
    String help = CliRun.of("--help").out();
    assertTrue(
        help.replaceAll("\\s+", " ")
            .contains(
                "entities Print the named entities in text files (or standard input), as JSON"
                    + " Lines. ner-train"),
        help);
    assertFalse(help.contains("one JSON object per line:"), help);
    String entities = CliRun.of("entities", "--help").out();
    assertFalse(entities.contains("'canonical'\n"), entities);
  }

  @Test
  void verboseAddsStackTrace() {
    CliRun run =
        CliRun.of("--verbose", "search", "--index", tmp.resolve("nowhere").toString(), "x");
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("\tat "), run.err());
  }

  @Test
  void seedArticleIsFoundEndToEnd() throws IOException {
    Path seeds = Paths.get("..", "seeds").toAbsolutePath().normalize();
    CliRun indexed = CliRun.of("index", "--index", index.toString(), seeds.toString());
    assertEquals(0, indexed.exitCode(), indexed.err());
    String i = index.toString();
    CliRun text = CliRun.of("search", "--index", i, "troops Iraq");
    assertTrue(text.out().contains("000_04c7bd04d78f40db  2020-06-12"), text.out());
    assertTrue(text.out().contains("[[troops]]"), text.out());
    JsonNode june =
        json(
            CliRun.of(
                "search",
                "--index",
                i,
                "--json",
                "--from",
                "2020-06-01",
                "--to",
                "2020-06-30",
                "Mosul"));
    assertEquals("000_04c7bd04d78f40db", june.get("hits").get(0).get("id").asText());
    JsonNode may = json(CliRun.of("search", "--index", i, "--json", "--to", "2020-05-31", "Mosul"));
    assertEquals(0, may.get("total").asInt());
  }

  @Test
  void aSearchOfTheDefaultIndexWhileAnIndexRunWritesItsFirstCommitFindsNoIndexYet()
      throws IOException {
    Path home = Files.createDirectories(tmp.resolve("home"));
    Path seeds = Files.createDirectories(home.resolve("seeds"));
    Files.copy(
        Paths.get("..", "seeds", "000_04c7bd04d78f40db.txt"),
        seeds.resolve("000_04c7bd04d78f40db.txt"));
    String before = System.getProperty("dateline.home");
    System.setProperty("dateline.home", home.toString());
    try {
      // an index run's writer, before its first commit: the folder holds no commit yet
      try (Directory dir = FSDirectory.open(home.resolve("index-data"));
          IndexWriter writer =
              new IndexWriter(dir, new IndexWriterConfig().setCommitOnClose(false))) {
        CliRun during = CliRun.of("search", "troops");
        assertEquals(1, during.exitCode(), during.err());
        assertTrue(during.err().startsWith("dateline search: no index in"), during.err());
        assertFalse(during.err().contains("indexing "), "the seeds are left to the run");
        assertTrue(during.err().contains("an index run is writing its first commit"), during.err());
      }
      // the run gone (its lock released, no commit made): the seeds are indexed
      CliRun after = CliRun.of("search", "troops");
      assertEquals(0, after.exitCode(), after.err());
      assertTrue(after.err().contains("indexing"), after.err());
    } finally {
      if (before == null) {
        System.clearProperty("dateline.home");
      } else {
        System.setProperty("dateline.home", before);
      }
    }
  }

  static JsonNode json(CliRun run) throws IOException {
    assertEquals(0, run.exitCode(), run.err());
    return new ObjectMapper().readTree(run.out());
  }

  @Test
  void deleteRefusesAFolderWithoutAnIndexAndLeavesItEmpty() throws IOException {
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    CliRun run = CliRun.of("delete", "--index", empty.toString(), "x");
    assertEquals(1, run.exitCode());
    assertTrue(run.err().contains("no index in"), run.err());
    try (var files = Files.list(empty)) {
      assertEquals(0, files.count());
    }
  }

  @Test
  void optimizeMergesTheIndexIntoOneSegment() {
    CliRun run =
        CliRun.of(
            "index",
            "--index",
            index.toString(),
            "--commit-every",
            "1",
            "--threads",
            "1",
            "--optimize",
            articles.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("Optimized: merged into one segment"), run.out());
    CliRun stats = CliRun.of("stats", "--index", index.toString());
    assertTrue(stats.out().contains(" in 1 segment"), stats.out());
    assertTrue(
        CliRun.of("search", "--index", index.toString(), "troops").out().startsWith("2 articles"));
  }
}
