package org.dateline.searcher.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TsvTopicsFormatTest extends EvalInputContractTest {

  @Override
  int parse(String text) throws EvalFormatException {
    return Topics.parse(SOURCE, text, Topics.Format.TSV).size();
  }

  @Override
  int read(Path file) throws IOException, EvalFormatException {
    return Topics.read(file, Topics.Format.TSV).size();
  }

  @Override
  String valid() {
    return "# id\tquery\nq1\ttroops  iraq\n\nq2\tbudget vote\n";
  }

  @Override
  int validCount() {
    return 2;
  }

  @Override
  String malformed() {
    return "q1\ttroops iraq\nq2 budget vote\n";
  }

  @Override
  int malformedLine() {
    return 2;
  }

  @Override
  String duplicate() {
    return "q1\ta\nq2\tb\nq1\tc\n";
  }

  @Override
  int duplicateLine() {
    return 3;
  }

  @Test
  void collapsesWhiteSpaceInQueriesAndKeepsEachTopicsLine() throws EvalFormatException {
    assertEquals(
        List.of(new Topic("q1", "troops iraq", 2), new Topic("q2", "budget vote", 4)),
        Topics.parse(SOURCE, valid(), Topics.Format.TSV));
  }

  @Test
  void detectsTsvWhenNoOtherFormatMatches() {
    assertEquals(Topics.Format.TSV, Topics.detect("q1\ttroops\n"));
  }
}
