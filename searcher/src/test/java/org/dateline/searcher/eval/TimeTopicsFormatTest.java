package org.dateline.searcher.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dateline.indexer.testing.SharedCorpora;
import org.junit.jupiter.api.Test;

class TimeTopicsFormatTest extends EvalInputContractTest {

  @Override
  int parse(String text) throws EvalFormatException {
    return Topics.parse(SOURCE, text, Topics.Format.TIME).size();
  }

  @Override
  int read(Path file) throws IOException, EvalFormatException {
    return Topics.read(file, Topics.Format.TIME).size();
  }

  @Override
  String valid() {
    return "*FIND      1\n\n KENNEDY ADMINISTRATION PRESSURE\n\nON DIEM .\n\n"
        + "*FIND     2\n\n WHEAT DEALS .\n\n*STOP\n";
  }

  @Override
  int validCount() {
    return 2;
  }

  @Override
  String malformed() {
    return "*FIND 1\n\nA QUERY\n*FIND\nANOTHER\n";
  }

  @Override
  int malformedLine() {
    return 4;
  }

  @Override
  String duplicate() {
    return "*FIND 1\nA\n*FIND 2\nB\n*FIND 1\nC\n";
  }

  @Override
  int duplicateLine() {
    return 5;
  }

  @Test
  void joinsTheLinesUpToTheNextFindOrStopAndKeepsTheFindLine() throws EvalFormatException {
    assertEquals(
        List.of(
            new Topic("1", "KENNEDY ADMINISTRATION PRESSURE ON DIEM .", 1),
            new Topic("2", "WHEAT DEALS .", 7)),
        Topics.parse(SOURCE, valid(), Topics.Format.TIME));
  }

  @Test
  void readsAllTimeQueriesFromSharedCorpus() throws Exception {
    Path que = SharedCorpora.require("corpora/time/TIME.QUE");
    List<Topic> topics = Topics.read(que);
    assertEquals(83, topics.size());
    assertEquals(
        new Topic("37", "WHEAT DEALS INVOLVING THE UNITED STATES, RUSSIA AND CANADA .", 225),
        topics.get(36));
  }
}
