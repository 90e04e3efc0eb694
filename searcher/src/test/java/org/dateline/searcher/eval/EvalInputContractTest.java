package org.dateline.searcher.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The contract every evaluation input format keeps: valid input reads, and empty, malformed or
 * duplicate input fails with an {@link EvalFormatException} naming the file and the line.
 */
abstract class EvalInputContractTest {

  static final String SOURCE = "input.txt";

  /** Parses the text, returning how many entries (judgments, run lines, topics, queries) it has. */
  abstract int parse(String text) throws EvalFormatException;

  /** A valid input. */
  abstract String valid();

  /** The number of entries in {@link #valid()}. */
  abstract int validCount();

  /** An input whose line {@link #malformedLine()} is malformed. */
  abstract String malformed();

  abstract int malformedLine();

  /** An input whose line {@link #duplicateLine()} repeats an entry. */
  abstract String duplicate();

  abstract int duplicateLine();

  @Test
  void readsValidInput() throws EvalFormatException {
    assertEquals(validCount(), parse(valid()));
  }

  @Test
  void rejectsEmptyInputNamingFileAndLine() {
    EvalFormatException e = assertThrows(EvalFormatException.class, () -> parse(""));
    assertEquals(SOURCE, e.source());
    assertEquals(1, e.line());
    assertTrue(e.getMessage().startsWith(SOURCE + ":1: "), e.getMessage());
  }

  @Test
  void rejectsMalformedLineNamingFileAndLine() {
    EvalFormatException e = assertThrows(EvalFormatException.class, () -> parse(malformed()));
    assertEquals(malformedLine(), e.line(), e.getMessage());
    assertTrue(e.getMessage().startsWith(SOURCE + ":" + malformedLine() + ": "), e.getMessage());
  }

  @Test
  void rejectsDuplicateEntryNamingItsLine() {
    EvalFormatException e = assertThrows(EvalFormatException.class, () -> parse(duplicate()));
    assertEquals(duplicateLine(), e.line(), e.getMessage());
    assertTrue(e.reason().contains("twice"), e.getMessage());
  }
}
