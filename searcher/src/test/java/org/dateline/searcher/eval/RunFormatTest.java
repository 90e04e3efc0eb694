package org.dateline.searcher.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunFormatTest extends EvalInputContractTest {

  @Override
  int parse(String text) throws EvalFormatException {
    try {
      Run run = Run.parse(SOURCE, new StringReader(text));
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
  void refusesADocumentRetrievedTwiceInCode() {
    List<ScoredDoc> twice = List.of(new ScoredDoc("a", 1), new ScoredDoc("a", 0.5));
    assertThrows(IllegalArgumentException.class, () -> Run.of("t", Map.of("1", twice)));
  }
}
