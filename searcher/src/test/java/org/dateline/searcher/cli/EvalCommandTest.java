package org.dateline.searcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.dateline.searcher.SearchRequest;
import org.dateline.searcher.eval.IncompleteRankingException;
import org.dateline.searcher.eval.Ranker;
import org.dateline.searcher.eval.ScoredDoc;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EvalCommandTest {

  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private Path qrels() throws IOException {
    return write("q.qrels", "1 0 a 1\n1 0 b 0\n2 0 c 2\n");
  }

  /** {@code eval --qrels QRELS --run RUN OPTIONS...}, run in this JVM. */
  private static CommandRunner eval(Path qrels, Path run, String... options) {
    List<String> args =
        new ArrayList<>(List.of("--qrels", qrels.toString(), "--run", run.toString()));
    args.addAll(List.of(options));
    return CommandRunner.run(new EvalCommand(), args.toArray(new String[0]));
  }

  @Test
  void printsTrecEvalSummaryLinesForARun() throws IOException {
    // topic 1: a at rank 2 -> map 0.5; topic 2 not ranked -> 0; mean 0.25
    Path run = write("r.run", "1 Q0 b 1 2.0 mine\n1 Q0 a 2 1.0 mine\n");
    CommandRunner r = eval(qrels(), run, "--metrics", "map,P_5,num_ret");
    assertEquals(
        "dateline eval: warning: the run ranks 1 of the 2 judged topics; the other 1 score 0 for"
            + " it",
        r.err.strip());
    assertEquals(0, r.exitCode);
    assertEquals(
        "num_ret               \tall\t2\n"
            + "map                   \tall\t0.2500\n"
            + "P_5                   \tall\t0.1000\n",
        r.out.replace(System.lineSeparator(), "\n"));
  }

  @Test
  void printsPerQueryLinesAndAppliesTheLevel() throws IOException {
    Path run = write("r.run", "1 Q0 a 1 2.0 mine\n2 Q0 c 1 1.0 mine\n");
    CommandRunner r = eval(qrels(), run, "-m", "map", "-q", "-l", "2");
    // at level 2 only c (grade 2) is relevant
    assertEquals(
        List.of(
            "map                   \t1\t0.0000",
            "map                   \t2\t1.0000",
            "map                   \tall\t0.5000"),
        r.out.lines().toList());
  }

  @Test
  void runsTopicsThroughTheRankerWritesTheRunAndScoresIt() throws IOException {
    Path topics = write("t.tsv", "1\tfirst query\n2\tsecond query\n");
    Path runOut = dir.resolve("out.run");
    List<String> calls = new ArrayList<>();
    FakeSearcher searcher = new FakeSearcher(calls);
    RankerFactory factory =
        (indexDir, ranking) -> {
          calls.add("open " + indexDir.getFileName());
          return searcher;
        };
    CommandRunner r =
        CommandRunner.run(
            new EvalCommand(factory),
            "--qrels",
            qrels().toString(),
            "--topics",
            topics.toString(),
            "--index",
            dir.resolve("idx").toString(),
            "--run-out",
            runOut.toString(),
            "--tag",
            "fake",
            "--depth",
            "5",
            "-m",
            "map,num_ret");
    assertEquals("", r.err);
    assertEquals(0, r.exitCode);
    assertEquals(
        List.of("open idx", "rank 'first query' 5", "rank 'second query' 5", "close"), calls);
    assertEquals(
        "1 Q0 a 1 2.0 fake\n1 Q0 c 2 1.0 fake\n2 Q0 a 1 2.0 fake\n2 Q0 c 2 1.0 fake\n",
        Files.readString(runOut));
    // topic 1: a at rank 1 -> 1; topic 2: c at rank 2 -> 0.5
    assertEquals(
        List.of("num_ret               \tall\t4", "map                   \tall\t0.7500"),
        r.out.lines().toList());
  }

  @Test
  void givesEveryTopicsSearchTheTimeLimitOfTimeoutOrTenSeconds() throws IOException {
    Path topics = write("t.tsv", "1\tfirst query\n");
    List<Duration> limits = new ArrayList<>();
    RankerFactory factory =
        (indexDir, ranking) -> {
          limits.add(ranking.apply(SearchRequest.builder("x")).build().timeout());
          return new FakeSearcher(new ArrayList<>());
        };
    for (String[] timeout : List.of(new String[] {"--timeout", "2.5"}, new String[0])) {
      List<String> args =
          new ArrayList<>(
              List.of(
                  "--qrels",
                  qrels().toString(),
                  "--topics",
                  topics.toString(),
                  "--index",
                  dir.resolve("idx").toString()));
      args.addAll(List.of(timeout));
      CommandRunner r = CommandRunner.run(new EvalCommand(factory), args.toArray(new String[0]));
      assertEquals(0, r.exitCode, r.err);
    }
    assertEquals(List.of(Duration.ofMillis(2500), Duration.ofSeconds(10)), limits);

    CommandRunner none =
        CommandRunner.run(
            new EvalCommand(factory),
            "--qrels",
            qrels().toString(),
            "--topics",
            topics.toString(),
            "--timeout",
            "0");
    assertEquals(2, none.exitCode);
    assertTrue(
        none.err.startsWith("--timeout (0.0) must be a number of seconds above 0"), none.err);
  }

  /** Ranks a then c, but refuses a query of too many words and runs out of time on a slow one. */
  private static final Ranker PICKY =
      (query, depth) -> {
        if (query.startsWith("too many")) {
          throw new IllegalArgumentException("query '" + query + "' expands to too many clauses");
        }
        if (query.startsWith("slow")) {
          throw new IncompleteRankingException(query, "the search for '" + query + "' ran out");
        }
        return List.of(new ScoredDoc("a", 2.0), new ScoredDoc("c", 1.0));
      };

  @Test
  void rejectsATopicItCannotRankNamingFileLineAndIdAndScoresAndWritesTheOthers()
      throws IOException {
    Path topics = write("t.tsv", "1\tfirst query\n# a comment\n2\ttoo many words\n9\tslow one\n");
    Path runOut = dir.resolve("out.run");
    CommandRunner r =
        CommandRunner.run(
            new EvalCommand((indexDir, ranking) -> PICKY),
            "--qrels",
            qrels().toString(),
            "--topics",
            topics.toString(),
            "--run-out",
            runOut.toString(),
            "-m",
            "num_q,map");
    assertEquals(3, r.exitCode, r.err);
    assertEquals(
        List.of(
            "dateline eval: rejected 2 of 3 topics, left out of the run:",
            "  " + topics + ":3: topic '2': query 'too many words' expands to too many clauses",
            "  " + topics + ":4: topic '9': the search for 'slow one' ran out",
            "dateline eval: warning: the run ranks 1 of the 2 judged topics; the other 1 score 0"
                + " for it"),
        r.err.lines().toList());
    assertEquals("1 Q0 a 1 2.0 dateline\n1 Q0 c 2 1.0 dateline\n", Files.readString(runOut));
    // topic 1: a at rank 1 -> 1; topic 2, judged but rejected, scores 0 as trec_eval -c scores it
    assertEquals(
        List.of("num_q                 \tall\t2", "map                   \tall\t0.5000"),
        r.out.lines().toList());
  }

  @Test
  void aTopicOutOfTimeIsRejectedWithTheCommandLinesWayToGiveItMore() throws IOException {
    Path topics = write("t.tsv", "1\tfirst query\n2\tslow one\n");
    Ranker hurried =
        (query, depth) -> {
          if (query.startsWith("slow")) {
            throw new IncompleteRankingException(
                query,
                Duration.ofNanos(500_000),
                "the search for '" + query + "' ran out (SearchRequest.Builder.timeout)");
          }
          return PICKY.rank(query, depth);
        };
    CommandRunner r =
        CommandRunner.run(
            new EvalCommand((indexDir, ranking) -> hurried),
            "--qrels",
            qrels().toString(),
            "--topics",
            topics.toString(),
            "--timeout",
            "0.0005",
            "-m",
            "map");
    assertEquals(3, r.exitCode, r.err);
    assertEquals(
        "  "
            + topics
            + ":2: topic '2': its search ran out of time (0.0005 s) and its ranking is incomplete,"
            + " which would score as if it were whole; give each topic's search more time with"
            + " --timeout SECONDS",
        r.err.lines().toList().get(1));
    assertFalse(r.err.contains("SearchRequest"), r.err);
  }

  @Test
  void scoresAndWritesNothingWhenNoTopicCanBeRanked() throws IOException {
    Path topics = write("t.tsv", "1\ttoo many words\n2\tslow one\n");
    Path runOut = dir.resolve("out.run");
    CommandRunner r =
        CommandRunner.run(
            new EvalCommand((indexDir, ranking) -> PICKY),
            "--qrels",
            qrels().toString(),
            "--topics",
            topics.toString(),
            "--run-out",
            runOut.toString());
    assertEquals(3, r.exitCode, r.err);
    assertEquals("", r.out);
    assertTrue(r.err.startsWith("dateline eval: rejected 2 of 2 topics"), r.err);
    assertTrue(
        r.err
            .strip()
            .endsWith("no topic could be ranked, so nothing is scored or written to " + runOut),
        r.err);
    assertTrue(!Files.exists(runOut), "an empty run is no run: eval --run would refuse it");
  }

  @Test
  void warnsWhenTheSearcherFindsNothingForAnyTopic() throws IOException {
    Path topics = write("t.tsv", "1\tfirst query\n2\tsecond query\n");
    // an empty index: every topic is asked, none ranks a document
    Ranker empty = (query, depth) -> List.of();
    CommandRunner r =
        CommandRunner.run(
            new EvalCommand((indexDir, ranking) -> empty),
            "--qrels",
            qrels().toString(),
            "--topics",
            topics.toString(),
            "--index",
            dir.resolve("idx").toString(),
            "-m",
            "map");
    assertEquals(0, r.exitCode, r.err);
    assertTrue(r.err.contains("ranks none of the"), r.err);
    assertTrue(r.err.contains("does the index hold the collection"), r.err);
  }

  @Test
  void acceptsTrecEvalsCompleteOptionWhichItAlwaysAppliesAloneOrClusteredWithQ()
      throws IOException {
    Path run = write("r.run", "1 Q0 b 1 2.0 mine\n1 Q0 a 2 1.0 mine\n");
    String qrels = qrels().toString();
    // through the whole command line, as trec_eval users type it
    CliRun plain = CliRun.of("eval", "--qrels", qrels, "--run", run.toString(), "-m", "map");
    CliRun c = CliRun.of("eval", "--qrels", qrels, "--run", run.toString(), "-c", "-m", "map");
    assertEquals(0, c.exitCode(), c.err());
    assertEquals(plain.out(), c.out());
    assertEquals("map                   \tall\t0.2500\n", c.out());
    CliRun q = CliRun.of("eval", "--qrels", qrels, "--run", run.toString(), "-q", "-m", "map");
    CliRun qc = CliRun.of("eval", "--qrels", qrels, "--run", run.toString(), "-qc", "-m", "map");
    assertEquals(0, qc.exitCode(), qc.err());
    assertEquals(q.out(), qc.out());
    assertTrue(qc.out().contains("map                   \t2\t0.0000\n"), qc.out());
  }

  @Test
  void takesMeasuresRepeatedAndInTrecEvalsCutoffListForm() throws IOException {
    Path run = write("r.run", "1 Q0 b 1 2.0 mine\n1 Q0 a 2 1.0 mine\n2 Q0 c 1 1.0 mine\n");
    CommandRunner r = eval(qrels(), run, "-m", "map", "-m", "P.1,2");
    assertEquals("", r.err);
    assertEquals(0, r.exitCode);
    // map (0.5 + 1) / 2; P_1 (0 + 1) / 2; P_2 (1/2 + 1/2) / 2
    assertEquals(
        List.of(
            "map                   \tall\t0.7500",
            "P_1                   \tall\t0.5000",
            "P_2                   \tall\t0.5000"),
        r.out.lines().toList());
  }

  @Test
  void refusesARunOutThatWouldOverwriteTheQrelsOrTheTopics() throws IOException {
    Path qrels = qrels();
    Path topics = write("t.tsv", "1\tquery\n");
    RankerFactory factory = (indexDir, ranking) -> new FakeSearcher(new ArrayList<>());
    for (Path input : List.of(qrels, topics)) {
      CommandRunner r =
          CommandRunner.run(
              new EvalCommand(factory),
              "--qrels",
              qrels.toString(),
              "--topics",
              topics.toString(),
              "--index",
              dir.resolve("idx").toString(),
              "--run-out",
              input.toString());
      assertEquals(2, r.exitCode, r.err);
      assertTrue(r.err.contains("writing the run would overwrite it"), r.err);
    }
    assertEquals("1 0 a 1\n1 0 b 0\n2 0 c 2\n", Files.readString(qrels));
    assertEquals("1\tquery\n", Files.readString(topics));
  }

  @Test
  void namesAMissingIndexWithoutJavaClassNames() throws IOException {
    Path topics = write("t.tsv", "1\tquery\n");
    RankerFactory factory =
        (indexDir, ranking) -> {
          throw new org.dateline.searcher.NoSuchIndexException(indexDir.toString());
        };
    CommandRunner r =
        CommandRunner.run(
            new EvalCommand(factory),
            "--qrels",
            qrels().toString(),
            "--topics",
            topics.toString(),
            "--index",
            dir.resolve("idx").toString());
    assertEquals(1, r.exitCode);
    assertTrue(r.err.startsWith("dateline eval: no index in "), r.err);
    assertTrue(!r.err.contains("Exception"), r.err);
  }

  @Test
  void scoresAGradeAsLargeAsAnIntAndNamesOneLarger() throws IOException {
    Path run = write("r.run", "1 Q0 a 1 2.0 mine\n");
    CommandRunner big =
        CommandRunner.run(
            new EvalCommand(),
            "--qrels",
            write("big.qrels", "1 0 a 2147483647\n").toString(),
            "--run",
            run.toString(),
            "-m",
            "map,ndcg");
    assertEquals(0, big.exitCode, big.err);
    assertEquals(
        List.of("map                   \tall\t1.0000", "ndcg                  \tall\t1.0000"),
        big.out.lines().toList());
    CommandRunner larger =
        CommandRunner.run(
            new EvalCommand(),
            "--qrels",
            write("larger.qrels", "1 0 a 99999999999\n").toString(),
            "--run",
            run.toString());
    assertEquals(2, larger.exitCode);
    assertTrue(larger.err.contains("larger.qrels:1:"), larger.err);
    assertTrue(larger.err.contains("is out of range"), larger.err);
  }

  /** A searcher stand-in: ranks a then c for every query, and records calls. */
  private static final class FakeSearcher implements Ranker, Closeable {
    private final List<String> calls;

    FakeSearcher(List<String> calls) {
      this.calls = calls;
    }

    @Override
    public List<ScoredDoc> rank(String query, int depth) {
      calls.add("rank '" + query + "' " + depth);
      return List.of(new ScoredDoc("a", 2.0), new ScoredDoc("c", 1.0));
    }

    @Override
    public void close() {
      calls.add("close");
    }
  }

  @Test
  void exitsOneWhenNoSearcherIsWiredForTopics() throws IOException {
    Path topics = write("t.tsv", "1\tquery\n");
    CommandRunner r =
        CommandRunner.run(
            new EvalCommand(), "--qrels", qrels().toString(), "--topics", topics.toString());
    assertEquals(1, r.exitCode);
    assertEquals(1, r.err.lines().count(), r.err);
    assertTrue(r.err.startsWith("dateline eval: --topics needs a searcher"), r.err);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "wrong column count | 1 Q0 a 1 2.0 t\\n1 Q0 b 2 1.0\\n"
            + " | r.run:2: expected at least 6 columns 'qid Q0 docid rank score tag', found 5",
        "non-numeric score | 1 Q0 a 1 high t\\n"
            + " | r.run:1: score (column 5) must be a number, found 'high'",
        "duplicate document | 1 Q0 a 1 2.0 t\\n1 Q0 a 2 1.0 t\\n"
            + " | r.run:2: document 'a' is retrieved twice for topic '1' (first on line 1);"
            + " trec_eval refuses duplicate documents in the ranking of a judged topic",
        "empty file | ''"
            + " | r.run:1: the file has no data lines (expected lines 'qid Q0 docid rank score tag')"
      })
  void exitsTwoNamingFileAndLineOfABadRun(String name, String text, String message)
      throws IOException {
    Path run = write("r.run", text.replace("\\n", "\n"));
    CommandRunner r = eval(qrels(), run);
    assertEquals(2, r.exitCode);
    assertEquals("dateline eval: " + dir.resolve(message.strip()), r.err.strip());
    assertEquals("", r.out);
  }

  @Test
  void scoresARunWithMoreColumnsOrADocumentTwiceForATopicNotJudgedAsTrecEvalDoes()
      throws IOException {
    Path run = write("r.run", "1 Q0 a 1 2.0 mine # note\n9 Q0 x 1 1.0 mine\n9 Q0 x 2 0.5 mine\n");
    CommandRunner r = eval(qrels(), run, "-m", "runid,map");
    assertEquals(0, r.exitCode, r.err);
    // topic 1: a at rank 1 -> 1; topic 2 not ranked -> 0; topic 9 not judged, not scored
    assertEquals(
        List.of("runid                 \tall\tmine", "map                   \tall\t0.5000"),
        r.out.lines().toList());
  }

  @Test
  void scoresADocumentIdWithAnEmSpaceAsTheSameIdInRunAndQrels() throws IOException {
    Path qrels = write("q.qrels", "q1 0 d\u2003x 1\n");
    Path run = write("r.run", "q1 Q0 d\u2003x 1 1.0 t\n");
    CommandRunner r = eval(qrels, run, "-m", "num_rel_ret,map");
    assertEquals(0, r.exitCode, r.err);
    assertEquals(
        List.of("num_rel_ret           \tall\t1", "map                   \tall\t1.0000"),
        r.out.lines().toList());
  }

  @Test
  void exitsTwoNamingFileAndLineOfABadQrelsLine() throws IOException {
    Path q = write("bad.qrels", "1 0 a 1\n1 0 b yes\n");
    Path run = write("r.run", "1 Q0 a 1 2.0 t\n");
    CommandRunner r = eval(q, run);
    assertEquals(2, r.exitCode);
    assertEquals(
        "dateline eval: " + q + ":2: grade (column 4) must be an integer, found 'yes'",
        r.err.strip());
  }

  @Test
  void exitsTwoNamingFileAndLineOfABlankQrelsLineButSkipsBlankRunLinesAsTrecEvalDoes()
      throws IOException {
    Path run = write("r.run", "1 Q0 a 1 2.0 t\n\n1 Q0 b 2 1.0 t\n");
    Path blank = write("blank.qrels", "1 0 a 1\n1 0 b 0\n\n");
    CommandRunner refused = eval(blank, run);
    assertEquals(2, refused.exitCode);
    assertEquals(
        "dateline eval: "
            + blank
            + ":3: blank line: trec_eval refuses blank lines here (\"Malformed line\"); delete it"
            + " or give it the columns 'qid 0 docid grade'",
        refused.err.strip());
    assertEquals("", refused.out);
    CommandRunner scored = eval(write("ok.qrels", "1 0 a 1\n1 0 b 0\n"), run, "-m", "map");
    assertEquals(0, scored.exitCode, scored.err);
    assertEquals("map                   \tall\t1.0000", scored.out.strip());
  }

  @Test
  void exitsTwoForAMissingFileOrAnUnknownMetric() throws IOException {
    CommandRunner missing =
        CommandRunner.run(
            new EvalCommand(), "--qrels", qrels().toString(), "--run", dir + "/none.run");
    assertEquals(2, missing.exitCode);
    assertEquals("dateline eval: no such file: " + dir + "/none.run", missing.err.strip());

    CommandRunner unknown =
        CommandRunner.run(
            new EvalCommand(), "--qrels", qrels().toString(), "--run", "x", "-m", "nDCG@10");
    assertEquals(2, unknown.exitCode);
    assertTrue(unknown.err.startsWith("--metrics: unknown measure 'nDCG@10'"), unknown.err);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "--run-out, y",
    "--index, idx",
    "--depth, 10",
    "--tag, mine",
    "--timeout, 30",
    "--feedback,",
    "--fb-docs, 5",
    "--fb-terms, 5",
    "--fb-weight, 0.3",
    "--paragraph-weight, 0"
  })
  void refusesWithRunEveryOptionThatAppliesOnlyToTopics(String option, String value)
      throws IOException {
    Path run = write("r.run", "1 Q0 a 1 2.0 mine\n");
    List<String> args =
        new ArrayList<>(List.of("--qrels", qrels().toString(), "--run", run.toString()));
    args.add(option);
    if (value != null) {
      args.add(value);
    }
    CommandRunner r = CommandRunner.run(new EvalCommand(), args.toArray(new String[0]));
    assertEquals(2, r.exitCode, r.err);
    assertTrue(r.err.startsWith(option + " goes with --topics, not --run"), r.err);
  }
}
