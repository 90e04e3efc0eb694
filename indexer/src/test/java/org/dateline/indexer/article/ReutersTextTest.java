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
    for (String line :
        List.of(" RETURN", " QUIET", " ROUTERS", " RE", "shares of Reute", " NEUTER", " DEUTER")) {
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

  @Test
  void takesTheFirstLineOfAnUnprocessedStoryForItsTitleWhenTheNextSetsItOff() {
    ReutersText.Story story =
        ReutersText.unprocessed(
            "\nDRUG COMPANIES =6 NEW YORK\n    Hyman said cosmetics used to be more appealing\n"
                + "to drug companies.\n    Schering is committed to its Maybelline unit.\n"
                + "   \n Reuter\n\n");
    assertEquals("DRUG COMPANIES =6 NEW YORK", story.title());
    assertEquals(
        List.of(
            "Hyman said cosmetics used to be more appealing to drug companies.",
            "Schering is committed to its Maybelline unit."),
        story.paragraphs());
    assertEquals(
        "NYSE INDEX AT 1530",
        ReutersText.unprocessed("NYSE INDEX AT 1530\n\n 205.81 OFF\n").title());
    assertEquals(
        "N.Y. GOLD CLOSING - APR 7",
        ReutersText.unprocessed("\n N.Y. GOLD CLOSING - APR 7\n 422.25/423.25\n").title());
  }

  @Test
  void readsATableOfFiguresAsOneParagraphPerSection() {
    ReutersText.Story story =
        ReutersText.unprocessed(
            "FEDERAL RESERVE WEEKLY REPORT 2 - FEB 26\n"
                + "     Two weeks ended Feb 25                    \n"
                + " Total vault cash...........25,237 vs....27,327\n"
                + " Inc cash equal to req res..22,834 vs....24,680\n"
                + "     One week ended Feb 25      Daily avgs-Mlns\n"
                + " Bank borrowings...............614 down.....131\n"
                + " Float.........................511 down.....320\n"
                + "\n"
                + " Reuter\n");
    assertEquals("FEDERAL RESERVE WEEKLY REPORT 2 - FEB 26", story.title());
    assertEquals(
        List.of(
            "Two weeks ended Feb 25 Total vault cash...........25,237 vs....27,327"
                + " Inc cash equal to req res..22,834 vs....24,680",
            "One week ended Feb 25      Daily avgs-Mlns"
                + " Bank borrowings...............614 down.....131"
                + " Float.........................511 down.....320"),
        story.paragraphs());
    assertEquals(
        List.of("WHEAT MAY7  286 1/2 UP  1/4", "CORN MAY7  160 UP  1 3/4"),
        ReutersText.unprocessed(
                "CBT 11:50 EDT\n\nWHEAT\nMAY7  286 1/2 UP  1/4\n\nCORN\n" + "MAY7  160 UP  1 3/4\n")
            .paragraphs());
  }

  @Test
  void givesAnUnprocessedStoryNoTitleWhenItsHeadlineRunsOnIntoTheText() {
    ReutersText.Story wrapped =
        ReutersText.unprocessed(
            "\nZURICH GOLD 1415 - APRIL 7 POOL 418.50-421.50 (419.50-422.50 AT\n"
                + "1300) INTERBANK 420.00-420.50 (420.40-420.90 AT 1300)\n\n");
    assertEquals(null, wrapped.title());
    assertEquals(
        List.of(
            "ZURICH GOLD 1415 - APRIL 7 POOL 418.50-421.50 (419.50-422.50 AT"
                + " 1300) INTERBANK 420.00-420.50 (420.40-420.90 AT 1300)"),
        wrapped.paragraphs());
    ReutersText.Story withDateline =
        ReutersText.unprocessed(
            "ZIMBABWE MAIZE HARVEST LOWER HARARE, March 3\n- Zimbabwe's maize crop is\n"
                + "likely to be slightly over 1.6 mln tonnes.\n    Maize exports rose.\n REUTER\n");
    assertEquals(null, withDateline.title());
    assertEquals(
        List.of(
            "ZIMBABWE MAIZE HARVEST LOWER HARARE, March 3 - Zimbabwe's maize crop is likely to be"
                + " slightly over 1.6 mln tonnes.",
            "Maize exports rose."),
        withDateline.paragraphs());
  }

  @Test
  void takesNoFullLineIndentedLineOrPunctuationForATitle() {
    String full = "SINGAPORE MONEY RATE - APRIL 8 OVERNIGHT    3-1/4 3-1/8 ONE MTH";
    assertTrue(full.length() > ReutersText.MAX_TITLE);
    assertEquals(null, ReutersText.unprocessed(full + "\n     3-3/8 3-1/4\n").title());
    assertEquals(
        null, ReutersText.unprocessed("    The company said it\n    would sell more.\n").title());
    assertEquals(
        null,
        ReutersText.unprocessed(".       HEADLINES AT 0800\n\n--BAKER HOLDS TALKS\n").title());
  }

  @Test
  void readsAStoryOfOneLineAsOneParagraphWithoutATitle() {
    ReutersText.Story story =
        ReutersText.unprocessed("\nLONDON GOLD - APRIL 7 418.70 DLRS, FIX CONTINUES\n\n");
    assertEquals(null, story.title());
    assertEquals(List.of("LONDON GOLD - APRIL 7 418.70 DLRS, FIX CONTINUES"), story.paragraphs());
    assertEquals(List.of("HEADLINE"), ReutersText.unprocessed("HEADLINE\n Reuter\n").paragraphs());
    assertEquals(List.of(), ReutersText.unprocessed("\n\n").paragraphs());
  }
}
