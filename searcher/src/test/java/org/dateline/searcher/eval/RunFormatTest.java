package org.dateline.searcher.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunFormatTest extends EvalInputContractTest {

  /** Parses as for scoring every topic, as when each is judged: a document twice is refused. */
  @Override
  int parse(String text) throws EvalFormatException {
    try {
      Run run = Run.parse(SOURCE, new StringReader(text));
      run.requireEachDocumentOnce(run.topics());
      return run.topics().stream().mapToInt(t -> run.ranking(t).size()).sum();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Override
  int read(Path file) throws IOException, EvalFormatException {
    Run run = Run.read(file);
    return run.topics().stream().mapToInt(t -> run.ranking(t).size()).sum();
  }

  @Override
  String valid() {
    return "1 Q0 d1 1 2.5 bm25\n1 Q0 d2 2 1e-3 bm25\n\n2 Q0 d1 1 -4 bm25\n";
  }

  @Override
  int validCount() {
    return 3;
  }

  @Override
  String malformed() {
    return "1 Q0 d1 1 2.5 bm25\n1 Q0 d2 2 1.5\n";
  }

  @Override
  int malformedLine() {
    return 2;
  }

  @Override
  String duplicate() {
    return "1 Q0 d1 1 2.5 bm25\n1 Q0 d2 2 2.0 bm25\n1 Q0 d1 3 1.5 bm25\n";
  }

  @Override
  int duplicateLine() {
    return 3;
  }

  @Test
  void rejectsNonNumericScoreNamingTheColumn() {
    EvalFormatException e =
        assertThrows(
            EvalFormatException.class,
            () -> Run.parse("r.run", new StringReader("1 Q0 d1 1 2.5 t\n1 Q0 d2 2 NaN t\n")));
    assertEquals("r.run:2: score (column 5) must be a number, found 'NaN'", e.getMessage());
  }

  @Test
  void ordersByScoreThenDocIdDescendingIgnoringTheRankColumn() throws Exception {
    Run run =
        Run.parse(
            SOURCE,
            new StringReader("1 Q0 a 1 1.0 t\n1 Q0 b 2 3.0 t\n1 Q0 c 3 1.0 t\n1 Q0 ab 4 1.0 t\n"));
    List<String> order = run.ranking("1").stream().map(ScoredDoc::docId).toList();
    assertEquals(List.of("b", "c", "ab", "a"), order);
  }

  @Test
  void ignoresWhatTheRankColumnHoldsAndTiesMinusZeroWithZeroAsTrecEvalDoes() throws Exception {
    Run run = Run.parse(SOURCE, new StringReader("1 Q0 a 1.0 1 t\n1 Q0 b x 0 t\n1 Q0 c - -0 t\n"));
    List<String> order = run.ranking("1").stream().map(ScoredDoc::docId).toList();
    // c (-0) and b (0) tie (trec_eval: -0 == 0), broken by document id descending
    assertEquals(List.of("a", "c", "b"), order);
  }

  @Test
  void takesTheTagOfTheLastLineAsTrecEvalDoes() throws Exception {
    Run run = Run.parse(SOURCE, new StringReader("1 Q0 a 1 1.0 first\n1 Q0 b 2 0.5 last\n"));
    assertEquals("last", run.tag());
  }

  @Test
  void writesRunLinesThatReadBackInTheSameOrder() throws Exception {
    Run run =
        Run.of(
            "mine",
            Map.of(
                "2",
                List.of(new ScoredDoc("x", 0.1f)),
                "1",
                List.of(new ScoredDoc("a", 1.0), new ScoredDoc("b", 2.0))));
    StringWriter out = new StringWriter();
    run.write(out);
    String expected = "1 Q0 b 1 2.0 mine\n1 Q0 a 2 1.0 mine\n2 Q0 x 1 " + (double) 0.1f + " mine\n";
    assertEquals(expected, out.toString());
    Run back = Run.parse(SOURCE, new StringReader(out.toString()));
    assertEquals(run.ranking("1"), back.ranking("1"));
    assertEquals(run.ranking("2"), back.ranking("2"));
  }

  @Test
  void scoresARunThatListsADocumentTwiceOnlyForATopicThatIsNotJudged() throws Exception {
    // trec_eval checks for duplicates only in the rankings it scores: those of judged topics
    Run run =
        Run.parse(
            "r.run", new StringReader("q1 Q0 d1 1 1.0 t\nq9 Q0 d1 1 1.0 t\nq9 Q0 d1 2 0.5 t\n"));
    Qrels qrels = Qrels.parse("q.qrels", new StringReader("q1 0 d1 1\n"));
    run.requireEachDocumentOnce(qrels.topics());
    Metric map = Metric.of(Metric.Kind.MAP);
    assertEquals(1.0, new Evaluator(qrels).evaluate(run, List.of(map)).summary(map));

    Qrels judged = Qrels.parse("q.qrels", new StringReader("q1 0 d1 1\nq9 0 d1 1\n"));
    EvalFormatException e =
        assertThrows(EvalFormatException.class, () -> run.requireEachDocumentOnce(judged.topics()));
    String message =
        "r.run:3: document 'd1' is retrieved twice for topic 'q9' (first on line 2); trec_eval"
            + " refuses duplicate documents in the ranking of a judged topic";
    assertEquals(message, e.getMessage());
    IllegalArgumentException scored =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Evaluator(judged).evaluate(run, List.of(map)));
    assertEquals(message, scored.getMessage());
  }

  @Test
  void ignoresColumnsAfterTheTagAsTrecEvalDoes() throws Exception {
    Run run =
        Run.parse(
            SOURCE,
            new StringReader("q1 Q0 d1 1 1.0 t extra\nq1 Q0 d2 2 0.5 last # a comment here\n"));
    assertEquals(List.of(new ScoredDoc("d1", 1.0), new ScoredDoc("d2", 0.5)), run.ranking("q1"));
    assertEquals("last", run.tag());
    EvalFormatException e =
        assertThrows(
            EvalFormatException.class,
            () -> Run.parse("r.run", new StringReader("q1 Q0 d1 1 1.0\n")));
    assertEquals(
        "r.run:1: expected at least 6 columns 'qid Q0 docid rank score tag', found 5",
        e.getMessage());
  }

  @Test
  void splitsColumnsOnAsciiWhiteSpaceOnlyInRunsAndQrelsAlikeAsTrecEvalDoes() throws Exception {
    // an em space and a unit separator are part of an id for trec_eval (C's isspace, "C" locale)
    Run run =
        Run.parse(
            "r.run",
            new StringReader(
                "q1 Q0 d\u2003x 1 1.0 t\nq1 Q0 d\u001fy 2 0.5 t\n\u2003q2\tQ0 d 1 1.0 t\u2003\n"));
    assertEquals(
        List.of(new ScoredDoc("d\u2003x", 1.0), new ScoredDoc("d\u001fy", 0.5)), run.ranking("q1"));
    assertEquals(List.of("q1", "\u2003q2"), run.topics());
    assertEquals("t\u2003", run.tag());
    Qrels qrels = Qrels.parse("q.qrels", new StringReader("q1 0 d\u001fy 1\nq1 0 d\u2003x 0\n"));
    assertEquals(java.util.Map.of("d\u001fy", 1, "d\u2003x", 0), qrels.judgments("q1"));
    Metric rr = Metric.of(Metric.Kind.RECIP_RANK);
    assertEquals(0.5, new Evaluator(qrels).evaluate(run, List.of(rr)).summary(rr));
    assertTrue(Run.isOneColumn("d\u2003x"));
    assertFalse(Run.isOneColumn("d\u000bx"));
  }

  @Test
  void refusesADocumentRetrievedTwiceInCode() {
    List<ScoredDoc> twice = List.of(new ScoredDoc("a", 1), new ScoredDoc("a", 0.5));
    assertThrows(IllegalArgumentException.class, () -> Run.of("t", Map.of("1", twice)));
  }
}
