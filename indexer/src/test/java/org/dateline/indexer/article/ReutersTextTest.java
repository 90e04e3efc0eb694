package org.dateline.indexer.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReutersTextTest {

  @Test
  void dropsTheSignOffOnItsOwnLineOrSetOffBySpaces() {
    assertEquals("", ReutersText.withoutSignOff(" Reuter"));
    assertEquals("", ReutersText.withoutSignOff(" REUTER...^M"));
    assertEquals("total 55.8 (33.7).", ReutersText.withoutSignOff("total 55.8 (33.7).   REUTER"));
    assertEquals(
        "a spokesman told Reuters.", ReutersText.withoutSignOff("a spokesman told Reuters."));
  }

  @Test
  void dropsTheSignOffAfterTheLastSentenceOrFigureAndItsDeskCode() {
    assertEquals("year ago.", ReutersText.withoutSignOff("year ago. REUTER"));
    assertEquals("0.56 (0.361)", ReutersText.withoutSignOff("0.56 (0.361) REUTER"));
    assertEquals("SANTA FE.....17", ReutersText.withoutSignOff("SANTA FE.....17 REUTER"));
    assertEquals(
        "books close August 3 to 10.",
        ReutersText.withoutSignOff("books close August 3 to 10. REUTER N"));
    assertEquals("record May 23.", ReutersText.withoutSignOff("record May 23. REUTER TAW"));
    assertEquals("NIL.", ReutersText.withoutSignOff("NIL. Reuter4"));
    assertEquals("NIL.", ReutersText.withoutSignOff("NIL. REUTER11:43/VB"));
    assertEquals("", ReutersText.withoutSignOff("REUTER^M"));
  }

  @Test
  void dropsADoubledSignOff() {
    assertEquals(
        List.of("Note: period ended January 31."),
        ReutersText.paragraphs("    Note: period ended January 31.\nREUTER\n Reuter\n"));
  }

  @Test
  void keepsReutersNamedInTheText() {
    for (String line :
        List.of(
            "the official told Reuter",
            "the official told REUTERS",
            "a statement (Reuters",
            "shares in Reuters",
            "Reuters Holdings PLC",
            "Reuters and others")) {
      assertEquals(line, ReutersText.withoutSignOff(line));
    }
  }

  @Test
  void startsParagraphsAtIndentedOrBlankLines() {
    String body = "First line\ncontinues.\n    Second\nparagraph.\n\nThird.\n Reuter\n";
    assertEquals(
        List.of("First line continues.", "Second paragraph.", "Third."),
        ReutersText.paragraphs(body));
  }
}
