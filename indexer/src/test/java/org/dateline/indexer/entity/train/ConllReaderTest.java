package org.dateline.indexer.entity.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.indexer.entity.EntityType;
import org.dateline.indexer.entity.LabeledDocument;
import org.dateline.indexer.entity.TokenSpan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllReaderTest {

  private static List<LabeledDocument> read(String text) throws IOException {
    return ConllReader.read(new BufferedReader(new StringReader(text)), "x.conll");
  }

  private static String error(String text) {
    return assertThrows(IllegalArgumentException.class, () -> read(text)).getMessage();
  }

  @Test
  void readsDocumentsSentencesAndSpansOfIob1AndIob2() throws IOException {
    List<LabeledDocument> docs =
        read(
            "-DOCSTART- -X- -X- O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\n"
                + "-DOCSTART- -X- -X- O\n\nPeter NNP B-NP I-PER\nBlackburn NNP I-NP I-PER\r\n");
    assertEquals(2, docs.size());
    assertEquals(List.of(new TokenSpan(0, 1, EntityType.ORGANIZATION)), docs.get(0).names().get(0));
    assertEquals(List.of(new TokenSpan(0, 2, EntityType.PERSON)), docs.get(1).names().get(0));
  }

  @Test
  void refusesATagOfAnotherSchemeNamingTheLine() {
    assertEquals(
        "x.conll:2: unknown tag 'B-FOO' in the last column; expected O, or B- or I- with PER, ORG,"
            + " LOC or MISC",
        error("EU NNP B-NP B-ORG\nrejects VBZ B-VP B-FOO\n"));
  }

  @Test
  void refusesALineWithAnotherNumberOfColumnsNamingTheLine() {
    assertEquals(
        "x.conll:3: expected 4 columns as on line 1, found 3",
        error("EU NNP B-NP B-ORG\n\nrejects B-VP O\n"));
  }

  @Test
  void refusesAnInputWithoutASentence() {
    assertEquals("x.conll: no sentence; expected lines of 'token ... tag' columns", error("\n \n"));
  }

  @Test
  void refusesAFileThatIsNotUtf8NamingTheLine(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("latin1.conll");
    Files.write(file, new byte[] {'E', 'U', ' ', 'O', '\n', 'c', 'a', 'f', (byte) 0xe9, ' ', 'O'});
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ConllReader.read(file));
    assertEquals(file + ":2: the text is not valid UTF-8", e.getMessage());
  }
}
