package org.dateline.searcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dateline.indexer.CommitInfo;
import org.dateline.indexer.IndexCheck;
import org.dateline.indexer.schema.NewsSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child {@code dateline index} process with SIGKILL at random moments and checks, after
 * each kill, that the index opens, passes CheckIndex, holds exactly what its last commit recorded
 * (whole articles, no duplicates), and that re-running the same command completes it exactly.
 *
 * <p>The kill points come from a seeded {@link Random}; the seed is printed, and {@code
 * -Ddateline.crash.seed=N} replays a run.
 */
class CrashSafetyTest {

  static final int ARTICLES = 12_000;
  static final int KILLS = 6;

  @TempDir Path tmp;

  @Test
  void killedIndexRunsLeaveTheLastCommitAndARerunCompletesExactly() throws Exception {
    long seed = Long.getLong("dateline.crash.seed", System.nanoTime());
    System.out.println(
        "CrashSafetyTest seed: " + seed + " (replay with -Ddateline.crash.seed=" + seed + ")");
    Random random = new Random(seed);
    Path corpus = writeCorpus(tmp.resolve("corpus"), ARTICLES);
    Path index = tmp.resolve("index");
    String[] command = {
      "index",
      "--index",
      index.toString(),
      "--no-entities",
      "--threads",
      "2",
      "--commit-every",
      "50",
      "--commit-interval",
      "0",
      corpus.toString()
    };
    long before = 0;
    int killed = 0;
    for (int round = 0; round < KILLS; round++) {
      String where = "seed " + seed + ", round " + round;
      Path logs = tmp.resolve("logs-" + round);
      long generation = generation(index);
      Process child = ChildIndexer.start(logs, command);
      // even rounds: anywhere from JVM start on; odd rounds: while it writes and commits
      boolean writing = round % 2 == 1 && awaitNewCommit(index, generation, child);
      long delay = writing ? random.nextInt(1_000) : random.nextInt(2_500);
      boolean finished = child.waitFor(delay, TimeUnit.MILLISECONDS);
      if (!finished) {
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS), where + ": the child did not die");
        killed++;
      } else {
        assertEquals(0, child.exitValue(), where + ": " + ChildIndexer.output(logs));
      }
      if (before == 0 && !exists(index)) {
        // killed before the new index's first commit: no index, as before the run
        System.out.printf("%s: killed %d ms after start, before the index existed%n", where, delay);
        continue;
      }
      IndexCheck.Result r = check(index, where);
      assertTrue(
          r.articles() >= before, where + ": committed articles were lost: " + before + " -> " + r);
      assertTrue(r.articles() <= ARTICLES, where + ": " + r);
      before = r.articles();
      System.out.printf(
          "%s: %s %d ms after %s, index holds %d articles%n",
          where,
          finished ? "finished" : "killed",
          delay,
          writing ? "its first commit" : "start",
          r.articles());
    }
    assertTrue(killed > 0, "seed " + seed + ": no run was killed; the corpus is too small");

    Path logs = tmp.resolve("logs-final");
    Process rerun = ChildIndexer.start(logs, command);
    assertTrue(rerun.waitFor(120, TimeUnit.SECONDS), "seed " + seed + ": the rerun hung");
    String output = ChildIndexer.output(logs);
    assertEquals(0, rerun.exitValue(), output);
    long added = ARTICLES - before;
    assertTrue(
        output.contains(
            String.format(
                "Indexed %,d articles (%,d added, 0 replaced, %,d unchanged)",
                ARTICLES, added, before)),
        "seed " + seed + ": " + output);
    assertTrue(output.contains(String.format("holds %,d articles", ARTICLES)), output);
    IndexCheck.Result done = check(index, "seed " + seed + ", after the rerun");
    assertEquals(ARTICLES, done.articles());
    assertEquals(ARTICLES * 5L / 2, done.paragraphs(), "1 to 4 paragraphs, 2.5 on average");
  }

  @Test
  void aSecondIndexRunIsRefusedAndSearchesSeeTheLastCommitWhileOneRuns() throws Exception {
    Path corpus = writeCorpus(tmp.resolve("corpus"), ARTICLES);
    Path index = tmp.resolve("index");
    Path logs = tmp.resolve("logs");
    Process child = oneThreadIndexing(logs, index, corpus, 20);
    try {
      long committed = awaitCommit(index, child);

      CliRun second = CliRun.of("index", "--index", index.toString(), corpus.toString());
      assertEquals(1, second.exitCode(), second.err());
      assertEquals(
          "dateline index: index is being written by another process ("
              + index
              + "); wait for it to finish, then try again\n",
          second.err());

      try (Directory dir = FSDirectory.open(index);
          DirectoryReader reader = DirectoryReader.open(dir)) {
        CommitInfo commit = CommitInfo.of(reader.getIndexCommit().getUserData());
        assertNotNull(commit);
        assertEquals(
            commit.articles(), new IndexSearcher(reader).count(NewsSchema.articlesQuery()));
        assertTrue(commit.articles() >= committed);
      }
      CliRun search = CliRun.of("search", "--index", index.toString(), "--json", "*:*");
      long total = DatelineCliTest.json(search).get("total").asLong();
      assertTrue(total >= committed && total <= ARTICLES, "total " + total);
    } finally {
      child.destroyForcibly();
      child.waitFor(30, TimeUnit.SECONDS);
    }
  }

  @Test
  void aFirstRunKilledBeforeItsFirstCommitLeavesNoIndexForSearchesToFind() throws Exception {
    Path corpus = writeCorpus(tmp.resolve("corpus"), ARTICLES);
    Path index = tmp.resolve("index");
    Path logs = tmp.resolve("logs");
    Process child = oneThreadIndexing(logs, index, corpus, 0);
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (!Files.exists(index.resolve("write.lock")) && System.nanoTime() < deadline) {
        assertTrue(child.isAlive(), "the child ended before it opened the index");
        Thread.sleep(5);
      }
      Thread.sleep(300); // well into the run: it has written, and committed nothing
      assertTrue(child.isAlive(), "the child finished before it could be killed");
    } finally {
      child.destroyForcibly();
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    }
    assertFalse(exists(index), "a killed first run leaves no index, not an empty one");
    CliRun search = CliRun.of("search", "--index", index.toString(), "unique1");
    assertEquals(1, search.exitCode(), search.out() + search.err());
    assertTrue(search.err().startsWith("dateline search: no index in " + index), search.err());
  }

  @Test
  void aCreateRunStoppedAfterItsOwnCommitsSaysTheOldIndexWasReplacedInPart() throws Exception {
    Path index = tmp.resolve("index");
    Path old = writeCorpus(tmp.resolve("old"), 4);
    CliRun first = CliRun.of("index", "--index", index.toString(), "--no-entities", old.toString());
    assertEquals(0, first.exitCode(), first.err());
    String err = stopAfterACommit(index, writeCorpus(tmp.resolve("corpus"), ARTICLES), "--create");
    long held = check(index, "after the stop").articles();
    assertTrue(
        err.contains(
            "Index "
                + index
                + " was replaced in part: --create not finished, since the run was stopped; the"
                + " run's "),
        err);
    assertTrue(
        err.endsWith(
            String.format(
                "had replaced the old index, and it holds the %,d articles of this run committed"
                    + " by then%n",
                held)),
        err);
  }

  @Test
  void aRunStoppedAfterItsCommitsSaysWhatTheLastOneHolds() throws Exception {
    Path index = tmp.resolve("index");
    String err = stopAfterACommit(index, writeCorpus(tmp.resolve("corpus"), ARTICLES));
    long held = check(index, "after the stop").articles();
    assertTrue(
        err.matches(
            "(?s)Index "
                + java.util.regex.Pattern.quote(index.toString())
                + String.format(" holds the %,d articles of the run's last commit", held)
                + " \\(\\d+ made\\), since the run was stopped; run it again to complete it\n"),
        err);
  }

  /**
   * Runs {@code dateline index OPTIONS} of the corpus into the index in a child, one thread,
   * committing every 50 articles, and stops it (SIGTERM) after a commit; its stderr.
   */
  private String stopAfterACommit(Path index, Path corpus, String... options) throws Exception {
    List<String> args = new ArrayList<>(List.of("index"));
    args.addAll(List.of(options));
    args.addAll(
        List.of(
            "--index",
            index.toString(),
            "--no-entities",
            "--threads",
            "1",
            "--commit-every",
            "50",
            corpus.toString()));
    long generation = generation(index);
    Path logs = tmp.resolve("logs");
    Process child = ChildIndexer.start(logs, args.toArray(new String[0]));
    try {
      assertTrue(awaitNewCommit(index, generation, child), ChildIndexer.output(logs));
    } finally {
      child.destroy(); // SIGTERM, as Ctrl-C's SIGINT: the JVM runs its shutdown hooks
      assertTrue(child.waitFor(30, TimeUnit.SECONDS));
    }
    assertEquals(143, child.exitValue(), ChildIndexer.output(logs));
    assertEquals("", Files.readString(logs.resolve("out.txt")));
    return Files.readString(logs.resolve("err.txt"));
  }

  /** An {@code index} run in a child JVM, without entities, on one thread, committing as asked. */
  private static Process oneThreadIndexing(Path logs, Path index, Path corpus, int commitEvery)
      throws IOException {
    return ChildIndexer.start(
        logs,
        "index",
        "--index",
        index.toString(),
        "--no-entities",
        "--threads",
        "1",
        "--commit-every",
        Integer.toString(commitEvery),
        "--commit-interval",
        "0",
        corpus.toString());
  }

  private static boolean exists(Path index) throws IOException {
    if (!Files.isDirectory(index)) {
      return false;
    }
    try (Directory dir = FSDirectory.open(index)) {
      return DirectoryReader.indexExists(dir);
    }
  }

  /** The generation of the last commit, 0 for none. */
  private static long generation(Path index) throws IOException {
    if (!Files.isDirectory(index)) {
      return 0;
    }
    try (Directory dir = FSDirectory.open(index)) {
      return Math.max(0, SegmentInfos.getLastCommitGeneration(dir));
    }
  }

  /** Waits until the child makes a commit after {@code generation}; false if it ended first. */
  private static boolean awaitNewCommit(Path index, long generation, Process child)
      throws Exception {
    while (child.isAlive()) {
      if (generation(index) > generation) {
        return true;
      }
      Thread.sleep(5);
    }
    return false;
  }

  /** Waits until the running child has committed some articles; returns how many. */
  private static long awaitCommit(Path index, Process child) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (System.nanoTime() < deadline) {
      assertTrue(child.isAlive(), "the child ended before the test could see it write");
      if (Files.isDirectory(index)) {
        try (Directory dir = FSDirectory.open(index)) {
          if (DirectoryReader.indexExists(dir)) {
            CommitInfo info = CommitInfo.latest(dir);
            if (info != null && info.articles() > 0) {
              return info.articles();
            }
          }
        }
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the child made no commit within 60 s");
  }

  private static IndexCheck.Result check(Path index, String where) throws IOException {
    try (Directory dir = FSDirectory.open(index)) {
      assertTrue(DirectoryReader.indexExists(dir), where + ": no index to open");
      IndexCheck.Result r = IndexCheck.check(dir);
      assertTrue(r.ok(), where + ": " + r);
      assertNotNull(r.commit(), where + ": the commit recorded no article count");
      return r;
    }
  }

  /** Seed-format articles {@code a0000...}, each with 1 to 4 paragraphs and a unique word. */
  static Path writeCorpus(Path dir, int n) throws IOException {
    Files.createDirectories(dir);
    for (int i = 0; i < n; i++) {
      StringBuilder text = new StringBuilder();
      text.append(
          String.format(
              "date 2020-%02d-%02d Article %d is about unique%d.", 1 + i % 12, 1 + i % 28, i, i));
      for (int p = 1; p < 1 + i % 4; p++) {
        text.append("\n\nParagraph ").append(p + 1).append(" of article ").append(i).append('.');
      }
      Files.writeString(dir.resolve(String.format("a%05d.txt", i)), text);
    }
    return dir;
  }
}
