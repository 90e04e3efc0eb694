package org.dateline.searcher.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QrelsFormatTest extends EvalInputContractTest {

  @Override
  int parse(String text) throws EvalFormatException {
    try {
      Qrels qrels = Qrels.parse(SOURCE, new StringReader(text));
      return qrels.topics().stream().mapToInt(t -> qrels.judgments(t).size()).sum();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Override
  int read(Path file) throws IOException, EvalFormatException {
    Qrels qrels = Qrels.read(file);
    return qrels.topics().stream().mapToInt(t -> qrels.judgments(t).size()).sum();
  }

  @Override
  String valid() {
    return "# judged by hand\n10 0 d1 2\n10 0 d2 0\n9 0 d1 1\n";
  }

  @Override
  int validCount() {
    return 3;
  }

  @Override
  String fillerLine() {
    return "# a comment: trec_eval refuses blank lines in qrels\n";
  }

  @Override
  String malformed() {
    return "1 0 d1 1\n1 0 d2\n";
  }

  @Override
  int malformedLine() {
    return 2;
  }

  @Override
  String duplicate() {
    return "1 0 d1 1\n2 0 d1 1\n1 0 d1 0\n";
  }

  @Override
  int duplicateLine() {
    return 3;
  }

  @Test
  void rejectsNonIntegerGradeNamingTheColumn() {
    EvalFormatException e =
        assertThrows(
            EvalFormatException.class,
            () -> Qrels.parse("q.txt", new StringReader("1 0 d1 1\n1 0 d2 high\n")));
    assertEquals("q.txt:2: grade (column 4) must be an integer, found 'high'", e.getMessage());
  }

  @Test
  void refusesABlankLineAnywhereAsTrecEvalDoesNamingItsLine() {
    // trec_eval (9.0.8 and 10.0) stops at "Malformed line" for each of these
    for (String text :
        List.of(
            "1 0 a 1\n\n1 0 b 0\n",
            "1 0 a 1\n \t \n1 0 b 0\n",
            "1 0 a 1\r\n\r\n1 0 b 0\r\n",
            "1 0 a 1\n1 0 b 0\n\n")) {
      EvalFormatException e =
          assertThrows(
              EvalFormatException.class, () -> Qrels.parse("q.txt", new StringReader(text)));
      assertEquals(
          (text.endsWith("\n\n") ? "q.txt:3: " : "q.txt:2: ")
              + "blank line: trec_eval refuses blank lines here (\"Malformed line\"); delete it"
              + " or give it the columns 'qid 0 docid grade'",
          e.getMessage());
    }
  }

  @Test
  void refusesADocumentJudgedTwiceInATopicEvenWithTheSameGradeAsTrecEvalCDoes() {
    // trec_eval -c 10.0 checks every judged topic (one a run leaves out is scored against an
    // empty ranking), so it refuses this whatever the run ranks
    EvalFormatException e =
        assertThrows(
            EvalFormatException.class,
            () -> Qrels.parse("q.txt", new StringReader("1 0 a 1\n2 0 c 1\n2 0 c 1\n")));
    assertEquals(
        "q.txt:3: document 'c' is judged twice for topic '2' (first on line 2); trec_eval -c"
            + " refuses duplicate judgments in any judged topic, ranked or not",
        e.getMessage());
  }

  @Test
  void ordersTopicsAsTrecEvalDoes() throws Exception {
    Qrels qrels = Qrels.parse(SOURCE, new StringReader("9 0 a 1\n10 0 a 1\n1 0 a 0\n"));
    assertEquals(List.of("1", "10", "9"), qrels.topics());
    assertEquals(Map.of("a", 0), qrels.judgments("1"));
    assertEquals(2, qrels.countPositive());
  }
}
