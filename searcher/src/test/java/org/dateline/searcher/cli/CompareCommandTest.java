package org.dateline.searcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.searcher.eval.Metric;
import org.dateline.searcher.eval.MetricComparison;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompareCommandTest {

  @TempDir Path dir;

  private Path qrels;
  private Path runA;
  private Path runB;

  private void writeInputs() throws IOException {
    // one relevant document per topic; recip_rank A: 1/2, 1/2, 1/2, 1; B: 1, 1, 1/3, 1
    qrels = Files.writeString(dir.resolve("q.qrels"), "1 0 r 1\n2 0 r 1\n3 0 r 1\n4 0 r 1\n");
    runA =
        Files.writeString(
            dir.resolve("a.run"),
            "1 Q0 x 1 2 base\n1 Q0 r 2 1 base\n2 Q0 x 1 2 base\n2 Q0 r 2 1 base\n"
                + "3 Q0 x 1 2 base\n3 Q0 r 2 1 base\n4 Q0 r 1 1 base\n");
    runB =
        Files.writeString(
            dir.resolve("b.run"),
            "1 Q0 r 1 1 new\n2 Q0 r 1 1 new\n3 Q0 x 1 3 new\n3 Q0 y 2 2 new\n3 Q0 r 3 1 new\n"
                + "4 Q0 r 1 1 new\n");
  }

  @Test
  void printsMeansWinsLossesAndRandomizationPValue() throws IOException {
    writeInputs();
    CommandRunner r =
        CommandRunner.run(
            new CompareCommand(),
            "--qrels",
            qrels.toString(),
            runA.toString(),
            runB.toString(),
            "-m",
            "recip_rank");
    assertEquals("", r.err);
    assertEquals(0, r.exitCode);
    // means: A (0.5+0.5+0.5+1)/4 = 0.625, B (1+1+1/3+1)/4 = 0.8333, B-A = +0.2083
    // d = (0.5, 0.5, -1/6, 0), sum 5/6; 16 sign flips: |sum| >= 5/6 only for +-(0.5+0.5+-1/6):
    // sums 0.5+0.5-1/6 = 0.8333 and 0.5+0.5+1/6 = 1.1667, with either sign, each twice (d4 = 0)
    // -> 8 of 16: p = 0.5
    List<String> lines = r.out.lines().toList();
    assertEquals("qrels   " + qrels + " (4 judged topics, relevant from grade 1)", lines.get(0));
    assertEquals("A       " + runA + " (tag base)", lines.get(1));
    assertEquals("B       " + runB + " (tag new)", lines.get(2));
    assertTrue(lines.get(3).startsWith("test    paired randomization test, two-sided"));
    assertEquals(
        "metric                A        B      B-A  wins  losses  ties         p", lines.get(4));
    assertEquals(
        "recip_rank       0.6250   0.8333  +0.2083     2       1     1    0.5000", lines.get(5));
  }

  @Test
  void printsMeansAsEvalDoesAndANullDifferenceWithoutASign() {
    // 0.53125 is a tie in binary: eval (as trec_eval) rounds it to even, 0.5312; the difference
    // of 0.3 and 0.1 + 0.2 is -5.6e-17, which is no loss
    assertEquals(
        "map              0.5312   0.5312   0.0000     0       0     2    1.0000",
        CompareCommand.format(
            new MetricComparison(Metric.of(Metric.Kind.MAP), 0.53125, 0.53125, 0, 0, 2, 1.0)));
    assertEquals(
        "P_10             0.3000   0.3000   0.0000     0       0     2    1.0000",
        CompareCommand.format(
            new MetricComparison(Metric.at(Metric.Kind.P, 10), 0.1 + 0.2, 0.3, 0, 0, 2, 1.0)));
  }

  @Test
  void usesTheTTestWhenAsked() throws IOException {
    writeInputs();
    CommandRunner r =
        CommandRunner.run(
            new CompareCommand(),
            "--qrels",
            qrels.toString(),
            runA.toString(),
            runB.toString(),
            "-m",
            "recip_rank",
            "--test",
            "t");
    assertEquals(0, r.exitCode, r.err);
    List<String> lines = r.out.lines().toList();
    assertEquals("test    paired t-test, two-sided", lines.get(3));
    // d = (0.5, 0.5, -1/6, 0): mean 0.208333, deviations (0.291667, 0.291667, -0.375, -0.208333)
    // sum of squares 0.085069*2 + 0.140625 + 0.043403 = 0.354167, sd = sqrt(0.354167/3) =
    // 0.343592, se = 0.171796, t = 1.212678, df 3. For df = 3 the two-sided
    // p = 1 - (2/pi) (t / (sqrt(3) (1 + t^2/3)) + atan(t / sqrt(3))) = 1 - 0.636620 * 1.080651
    // = 0.3120
    assertTrue(lines.get(5).endsWith("0.3120"), lines.get(5));
  }

  @Test
  void theTTestOfOneTopicThatDidNotMoveIsOneAndOfOneThatMovedNotApplicable() throws IOException {
    Path qrels = Files.writeString(dir.resolve("one.qrels"), "1 0 r 1\n");
    Path first = Files.writeString(dir.resolve("1.run"), "1 Q0 r 1 1 a\n");
    Path same = Files.writeString(dir.resolve("2.run"), "1 Q0 r 1 1 b\n");
    Path worse = Files.writeString(dir.resolve("3.run"), "1 Q0 x 1 2 c\n1 Q0 r 2 1 c\n");
    List<String> rows = new java.util.ArrayList<>();
    for (Path b : List.of(same, worse)) {
      CommandRunner r =
          CommandRunner.run(
              new CompareCommand(),
              "--qrels",
              qrels.toString(),
              first.toString(),
              b.toString(),
              "-m",
              "recip_rank",
              "--test",
              "t");
      assertEquals(0, r.exitCode, r.err);
      rows.add(r.out.lines().toList().get(5));
    }
    assertEquals(
        List.of(
            "recip_rank       1.0000   1.0000   0.0000     0       0     1    1.0000",
            "recip_rank       1.0000   0.5000  -0.5000     0       1     0       n/a"),
        rows);
  }

  @Test
  void warnsWhenARunMissesJudgedTopics() throws IOException {
    writeInputs();
    Path partial = Files.writeString(dir.resolve("p.run"), "1 Q0 r 1 1 p\n2 Q0 r 1 1 p\n");
    Path none = Files.writeString(dir.resolve("n.run"), "9 Q0 r 1 1 n\n");
    CommandRunner r =
        CommandRunner.run(
            new CompareCommand(),
            "--qrels",
            qrels.toString(),
            partial.toString(),
            none.toString(),
            "-m",
            "map");
    assertEquals(0, r.exitCode, r.err);
    assertEquals(
        List.of(
            "dateline compare: warning: run A ("
                + partial
                + ") ranks 2 of the 4 judged topics; the other 2 score 0 for it",
            "dateline compare: warning: run B ("
                + none
                + ") ranks none of the 4 judged topics, so every score is 0; do the qrels belong"
                + " to these topics?"),
        r.err.lines().toList());
  }

  @Test
  void exitsTwoNamingFileAndLineOfABadRun() throws IOException {
    writeInputs();
    Path bad = Files.writeString(dir.resolve("bad.run"), "1 Q0 r 1 1 t\n1 Q0 r 2 0.5 t\n");
    CommandRunner r =
        CommandRunner.run(
            new CompareCommand(), "--qrels", qrels.toString(), runA.toString(), bad.toString());
    assertEquals(2, r.exitCode);
    assertEquals(1, r.err.lines().count(), r.err);
    assertTrue(r.err.startsWith("dateline compare: " + bad + ":2: document 'r'"), r.err);
  }

  @Test
  void exitsTwoForACountMetricOrAnUnknownTest() throws IOException {
    writeInputs();
    CommandRunner count =
        CommandRunner.run(
            new CompareCommand(),
            "--qrels",
            qrels.toString(),
            runA.toString(),
            runB.toString(),
            "-m",
            "num_ret");
    assertEquals(2, count.exitCode);
    CommandRunner test =
        CommandRunner.run(
            new CompareCommand(),
            "--qrels",
            qrels.toString(),
            runA.toString(),
            runB.toString(),
            "--test",
            "wilcoxon");
    assertEquals(2, test.exitCode);
    assertTrue(test.err.startsWith("--test must be 'randomization' or 't'"), test.err);
  }

  @Test
  void refusesTheRandomizationTestsOptionsWithTheTTestRatherThanIgnoreThem() throws IOException {
    writeInputs();
    for (String option : List.of("--samples", "--seed")) {
      CliRun r =
          CliRun.of(
              "compare",
              "--qrels",
              qrels.toString(),
              "--test",
              "t",
              option,
              "10",
              runA.toString(),
              runB.toString());
      assertEquals(2, r.exitCode(), option);
      assertEquals("", r.out());
      assertEquals(
          "dateline compare: "
              + option
              + " applies to the randomization test only, not to --test t; leave it out\n"
              + "Try 'dateline compare --help' for more.\n",
          r.err());
    }
    CliRun randomization =
        CliRun.of(
            "compare",
            "--qrels",
            qrels.toString(),
            "--samples",
            "1000",
            "--seed",
            "7",
            runA.toString(),
            runB.toString());
    assertEquals(0, randomization.exitCode(), randomization.err());
  }
}
