package org.dateline.searcher.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrecTopicsFormatTest extends EvalInputContractTest {

  @Override
  int parse(String text) throws EvalFormatException {
    return Topics.parse(SOURCE, text, Topics.Format.TREC).size();
  }

  @Override
  int read(Path file) throws IOException, EvalFormatException {
    return Topics.read(file, Topics.Format.TREC).size();
  }

  @Override
  String valid() {
    return """
        <top>
        <num> Number: 301
        <title> International Organized
        Crime

        <desc> Description:
        Identify organizations that participate in international criminal activity.
        <narr> Narrative:
        A relevant document must as a minimum identify the organization.
        </top>

        <top><num> Number: 302 <title> Topic: Poliomyelitis and Post-Polio </top>
        """;
  }

  @Override
  int validCount() {
    return 2;
  }

  @Override
  String malformed() {
    return "<top>\n<num> Number: 1\n<title> fine\n</top>\n<top>\n<num> Number: 2\n</top>\n";
  }

  @Override
  int malformedLine() {
    return 5;
  }

  @Override
  String duplicate() {
    return "<top><num> 1 <title> a </top>\n<top><num> 2 <title> b </top>\n"
        + "<top><num> 1 <title> c </top>\n";
  }

  @Override
  int duplicateLine() {
    return 3;
  }

  @Test
  void takesTheTitleAsTheQueryAndKeepsTheTopLine() throws EvalFormatException {
    assertEquals(
        List.of(
            new Topic("301", "International Organized Crime", 1),
            new Topic("302", "Poliomyelitis and Post-Polio", 12)),
        Topics.parse(SOURCE, valid(), Topics.Format.TREC));
  }

  @Test
  void detectsTheFormatFromTheFirstTag() {
    assertEquals(Topics.Format.TREC, Topics.detect("\n<TOP>\n<num> 1"));
  }
}
