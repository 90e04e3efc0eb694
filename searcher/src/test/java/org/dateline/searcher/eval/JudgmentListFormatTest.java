package org.dateline.searcher.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JudgmentListFormatTest extends EvalInputContractTest {

  @Override
  int parse(String text) throws EvalFormatException {
    try {
      return JudgmentList.parse(SOURCE, new StringReader(text)).queries().size();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Override
  int read(Path file) throws IOException, EvalFormatException {
    return JudgmentList.read(file).queries().size();
  }

  @Override
  String valid() {
    return """
        {
          "name": "politics",
          "description": "a smoke list",
          "queries": [
            {"id": "q1", "query": "troops iraq", "relevant": {"a1": 2, "a2": 1}},
            {"id": "q2", "query": "budget vote", "relevant": {"a3": 1, "a4": 0}}
          ]
        }
        """;
  }

  @Override
  int validCount() {
    return 2;
  }

  @Override
  String malformed() {
    return """
        {"name": "x", "queries": [
          {"id": "q1", "query": "troops iraq", "relevant": {"a1": 2}},
          {"id": "q2", "query": "budget vote", "relevant": {"a3": "high"}}
        ]}
        """;
  }

  @Override
  int malformedLine() {
    return 3;
  }

  @Override
  String duplicate() {
    return """
        {"queries": [
          {"id": "q1", "query": "a", "relevant": {"a1": 1}},
          {"id": "q2", "query": "b", "relevant": {"a1": 1}},
          {"id": "q1", "query": "c", "relevant": {"a1": 1}}
        ]}
        """;
  }

  @Override
  int duplicateLine() {
    return 4;
  }

  @Test
  void readsQueriesAndGradesInOrder() throws Exception {
    JudgmentList list = JudgmentList.parse(SOURCE, new StringReader(valid()));
    assertEquals("politics", list.name());
    assertEquals(new JudgedQuery("q2", "budget vote", Map.of("a3", 1, "a4", 0)), list.query("q2"));
    assertEquals(List.of("a1", "a2"), List.copyOf(list.query("q1").relevant().keySet()));
  }

  @Test
  void rejectsQueryWithoutRelevantArticleNamingItsLine() {
    String text =
        "{\"queries\": [\n{\"id\": \"q1\", \"query\": \"x\", \"relevant\": {\"a\": 0}}\n]}";
    EvalFormatException e =
        assertThrows(
            EvalFormatException.class, () -> JudgmentList.parse("j.json", new StringReader(text)));
    assertEquals(2, e.line());
    assertEquals(
        "j.json:2: query 'q1' has no relevant article (grade >= 1); such a query scores 0 on"
            + " every measure, so add one or drop the query",
        e.getMessage());
  }

  @Test
  void rejectsUnknownFieldsAndInvalidJson() {
    assertThrows(
        EvalFormatException.class,
        () -> JudgmentList.parse(SOURCE, new StringReader("{\"querys\": []}")));
    EvalFormatException e =
        assertThrows(
            EvalFormatException.class,
            () -> JudgmentList.parse(SOURCE, new StringReader("{\"queries\": [\n{\"id\": }]}")));
    assertEquals(2, e.line(), e.getMessage());
  }

  @Test
  void refusesAFieldGivenTwiceInOneObjectNamingItsLine() {
    String twice =
        """
        {"name": "x", "queries": [
          {"id": "q1", "query": "troops iraq",
           "relevant": {"a1": 2, "a1": 0}}
        ]}
        """;
    EvalFormatException e = assertThrows(EvalFormatException.class, () -> parse(twice));
    assertEquals(3, e.line(), e.getMessage());
    assertEquals("not valid JSON: Duplicate field 'a1'", e.reason());
  }

  @Test
  void invalidJsonIsReportedWithoutTheParsersInternals() {
    EvalFormatException e =
        assertThrows(EvalFormatException.class, () -> parse("{\"queries\": [\n"));
    assertFalse(e.getMessage().contains("Source"), e.getMessage());
    assertFalse(e.getMessage().contains("REDACTED"), e.getMessage());
  }
}
