package org.dateline.indexer.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

  @Test
  void dropsAMistypedSignOffOnALineOfItsOwn() {
    for (String typo : List.of(" REUTE", " RUTER", " REUITER", " REUETER", " Reutr", "REUTRE")) {
      assertEquals(
          List.of("Group orders 11.03 billion francs vs 13.00 billion."),
          ReutersText.paragraphs(
              "    Group orders 11.03 billion francs vs 13.00 billion.\n" + typo),
          typo);
    }
  }

  @Test
  void keepsWordsThatAreNoMistypedSignOff() {
    for (String line : List.of(" RETURN", " QUIET", " ROUTERS", " RE", "shares of Reute")) {
      assertEquals(line, ReutersText.withoutSignOff(line));
    }
    assertFalse(ReutersText.isMistypedSignOff("Reuter 4"));
    assertTrue(ReutersText.isMistypedSignOff("REUTE"));
  }

  @Test
  void dropsTheContinuationMarkerOnALineOfItsOwn() {
    assertEquals(
        List.of("The 1986 model year."),
        ReutersText.paragraphs("    The 1986 model year.\n More\n"));
    assertEquals(
        List.of("Over a drill section of 13 feet."),
        ReutersText.paragraphs("Over a drill section of 13\nfeet.\n                  \n More\n"));
    assertEquals(
        List.of("a union leader said.", "He said they had decided."),
        ReutersText.paragraphs("a union leader said.\n more\n    He said they had decided.\n"));
    assertEquals(
        List.of("170 bottom gooseneck rnd 18-33  131-135"),
        ReutersText.paragraphs(" 170 bottom gooseneck rnd 18-33  131-135\n MORE\n Reuter\n"));
  }

  @Test
  void dropsTheContinuationMarkerAfterTheLastSentenceOfAParagraph() {
    assertEquals(
        List.of("strained the system.", "As the mark soared."),
        ReutersText.paragraphs("    strained the system. MORE\n    As the mark soared.\n"));
    assertEquals(
        List.of("fell 696 mln dlrs to 215.74 billion dlrs."),
        ReutersText.paragraphs("fell 696 mln dlrs to 215.74 billion dlrs. MORE\n More\n"));
    assertEquals(
        List.of("reliance on steel, \"he said.\"", "A spokesman said."),
        ReutersText.paragraphs(
            "reliance on steel, \"he said.\" More\n\n    A spokesman said.\n Reuter\n"));
  }

  @Test
  void keepsMoreWhereItIsAWord() {
    assertEquals(
        List.of("not to issue new mining licences. More than 100 applications are pending."),
        ReutersText.paragraphs(
            "not to issue new mining licences. More\nthan 100 applications are pending.\n"));
    assertEquals(
        List.of("undercut each other still more.", "Prices could rise more"),
        ReutersText.paragraphs(
            "undercut each other still\nmore.\n    Prices could rise more\n Reuter\n"));
    assertEquals(
        List.of("More than 100 were pending.", "\"We want more,\" he said. \"More.\""),
        ReutersText.paragraphs(
            "    More than 100 were pending.\n    \"We want more,\" he said. \"More.\"\n"));
    assertFalse(ReutersText.isMarker("more"), "not set in: the end of a wrapped sentence");
    assertFalse(ReutersText.isMarker(" more."));
    assertTrue(ReutersText.isMarker(" MORE  "));
  }
}
