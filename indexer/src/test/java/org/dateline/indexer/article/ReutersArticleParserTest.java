package org.dateline.indexer.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReutersArticleParserTest {

  @TempDir Path dir;

  @Test
  void readsTheDayAndIgnoresWhateverFollowsTheYear() {
    assertEquals(LocalDate.of(1987, 2, 26), ReutersArticleParser.parseDate("26-FEB-1987"));
    assertEquals(
        LocalDate.of(1987, 3, 27), ReutersArticleParser.parseDate("27-MAR-1987 11:51:33.23C T"));
    assertEquals(LocalDate.of(1987, 6, 2), ReutersArticleParser.parseDate("2-Jun-1987 13:10"));
  }

  @Test
  void rejectsDatesInOtherFormsOrOutOfRange() {
    for (String bad :
        List.of("1987-02-26", "26/02/1987", "26-FEB-87", "26-FEBR-1987", "26-FEB-99999", "")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> ReutersArticleParser.parseDate(bad));
      assertTrue(e.getMessage().contains("DD-MON-YYYY"), e.getMessage());
    }
    IllegalArgumentException year0 =
        assertThrows(
            IllegalArgumentException.class, () -> ReutersArticleParser.parseDate("01-JAN-0000"));
    assertTrue(year0.getMessage().contains("year must be between 1 and 9999"), year0.getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> ReutersArticleParser.parseDate("31-FEB-1987"));
  }

  @Test
  void readsAttributesInDoubleOrSingleQuotesOrUnquotedAsSgmlAllows() {
    for (String tag :
        List.of(
            "<REUTERS TOPICS=\"NO\" NEWID=\"90007\">",
            "<REUTERS TOPICS='NO' NEWID='90007'>",
            "<REUTERS NEWID=90007 TOPICS=NO>",
            "<REUTERS TOPICS=NO NEWID=90007>",
            "<REUTERS\tnewid = \"90007\">",
            "<REUTERS OLDNEWID=\"5\" NEWIDX=\"6\" NEWID='90007'>")) {
      assertEquals("90007", SgmlText.attribute(tag, "NEWID"), tag);
    }
    assertEquals(null, SgmlText.attribute("<REUTERS OLDID=\"5\">", "NEWID"));
    assertEquals(null, SgmlText.attribute("<REUTERS NEWID=\"5>", "NEWID"));
  }

  @Test
  void readsAnArticleWhoseNewidIsInSingleQuotes() throws IOException {
    String sgml = ReutersSgmlReaderContractTest.article("90007", "26-FEB-1987");
    CollectingHandler handler = read(sgml.replace("NEWID=\"90007\"", "NEWID='90007'"));
    assertEquals(List.of(), handler.rejections, handler.report());
    assertEquals(List.of("90007"), handler.ids());
  }

  @Test
  void readsTagsInAnyCaseAndTextWrittenStraightInTextButNoBrief() throws IOException {
    String lower =
        "<reuters NEWID=\"1\">\n<date>26-FEB-1987</date>\n<text><title>LOWER</title>"
            + "<body>Body in lower case.\n Reuter\n</body></text>\n</Reuters>\n";
    String bodyless =
        "<REUTERS NEWID=\"2\">\n<DATE>26-FEB-1987</DATE>\n<TEXT><TITLE>NO BODY</TITLE>\n"
            + "<DATELINE>LONDON, Feb 26 - </DATELINE>Text with no body element.\n"
            + " Reuter\n</TEXT>\n</REUTERS>\n";
    String brief =
        "<REUTERS NEWID=\"3\">\n<DATE>26-FEB-1987</DATE>\n<TEXT TYPE=\"BRIEF\">"
            + "<TITLE>A HEADLINE ONLY</TITLE>\n</TEXT>\n</REUTERS>\n";
    CollectingHandler handler = read(lower + bodyless + brief);
    assertEquals(List.of(), handler.rejections, handler.report());
    assertEquals(List.of("1", "2"), handler.ids());
    assertEquals(List.of("Body in lower case."), handler.articles.get(0).paragraphs());
    assertEquals("LOWER", handler.articles.get(0).title());
    assertEquals(List.of("Text with no body element."), handler.articles.get(1).paragraphs());
    assertEquals("NO BODY", handler.articles.get(1).title());
    assertEquals(1, handler.passedOver.size(), "the brief");
  }

  @Test
  void aTagThatOnlyStartsLikeReutersOpensNoArticle() throws IOException {
    String sgml = ReutersSgmlReaderContractTest.article("90008", "26-FEB-1987");
    CollectingHandler handler = read("<REUTERSX>not an article</REUTERSX>\n" + sgml);
    assertEquals(List.of(), handler.rejections, handler.report());
    assertEquals(List.of("90008"), handler.ids());
  }

  @Test
  void decodesEntitiesAndDropsControlCharacters() {
    assertEquals(
        "<Acme Ltd> & co \"x\"", SgmlText.decode("&lt;Acme Ltd&gt; &amp; co &quot;x&quot;"));
    assertEquals("end", SgmlText.decode("&#3;end&#127;\u0002"));
    assertEquals("caf\u00e9 &unknown; & alone", SgmlText.decode("caf&#233; &unknown; & alone"));
  }

  @Test
  void passesOverBriefsAndEmptyStoriesWithoutRejectingThem() throws IOException {
    String brief =
        "<REUTERS NEWID=\"7\">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n"
            + "<TEXT TYPE=\"BRIEF\">&#2;\n******<TITLE>ONLY A HEADLINE\n</TITLE>Blah blah blah.\n"
            + "&#3;\n</TEXT>\n</REUTERS>\n";
    String empty =
        "<REUTERS NEWID=\"9\">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n"
            + "<TEXT TYPE=\"UNPROC\">&#2;\n&#3;\n\n</TEXT>\n</REUTERS>\n";
    CollectingHandler handler =
        read(brief + ReutersSgmlReaderContractTest.article("8", "26-FEB-1987") + empty);
    assertEquals(List.of("8"), handler.ids());
    assertEquals(List.of(), handler.rejections);
    assertEquals(List.of(1, 16), handler.passedOver);
  }

  @Test
  void readsUnprocessedStoriesAndTablesWithTheirTitlesDatesAndMetadata() throws IOException {
    CollectingHandler handler = read(ReutersSgmlReaderContractTest.SAMPLE);
    Article story = handler.articles.get(2);
    assertEquals("104", story.id());
    assertEquals("GLASSWARE COMPANIES =3 NEW YORK", story.title());
    assertEquals(LocalDate.of(1987, 4, 3), story.date());
    assertEquals(List.of("usa"), story.metadata().get("places"));
    assertEquals(
        List.of(
            "Analysts said glassware used to be more appealing to retailers, but product lines"
                + " have matured.",
            "Keller & Sons is committed to its Crystalline unit."),
        story.paragraphs());
    Article table = handler.articles.get(3);
    assertEquals("PRAIRIE GRAIN ELEVATOR PRICES - APRIL 7", table.title());
    assertEquals(
        List.of(
            "Week ended April 3        dlrs-tonne Wheat.......................120.50 up.....1.50"
                + " Barley.......................88.25 unch......."
                + " Oats.........................70.00 dn.....0.75",
            "Week ended March 27 Wheat.......................119.00 up.....0.50"),
        table.paragraphs());
    assertEquals(null, table.metadata().get("places"));
  }

  @Test
  void rejectsUnprocessedTextThatIsNotClosedNamingItsLine() throws IOException {
    String open =
        "<REUTERS NEWID=\"2\">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n"
            + "<TEXT TYPE=\"UNPROC\">&#2;\nCUT OFF\n    in its text\n</REUTERS>\n";
    CollectingHandler handler =
        read(open + ReutersSgmlReaderContractTest.article("3", "26-FEB-1987"));
    assertEquals(List.of("3"), handler.ids());
    assertEquals(1, handler.rejections.size());
    Rejection r = handler.rejections.get(0);
    assertTrue(r.reason().contains("NEWID=2: <TEXT TYPE=\"UNPROC\"> is not closed"), r.toString());
    assertEquals(3, r.line(), r.toString());
  }

  @Test
  void rejectsABodyThatIsNotClosedNamingItsLineAndReadsTheOthers() throws IOException {
    String open = ReutersSgmlReaderContractTest.article("2", "26-FEB-1987").replace("</BODY>", "");
    CollectingHandler handler =
        read(
            ReutersSgmlReaderContractTest.article("1", "26-FEB-1987")
                + open
                + ReutersSgmlReaderContractTest.article("3", "26-FEB-1987"));
    assertEquals(List.of("1", "3"), handler.ids());
    assertEquals(1, handler.rejections.size());
    Rejection r = handler.rejections.get(0);
    assertTrue(r.reason().contains("NEWID=2: <BODY> is not closed"), r.toString());
    assertTrue(r.line() > 1, r.toString());
  }

  @Test
  void rejectsAFileWithoutArticles() throws IOException {
    CollectingHandler handler = read("<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\nno articles here\n");
    assertEquals(List.of(), handler.articles);
    assertEquals(1, handler.rejections.size());
    assertTrue(handler.rejections.get(0).reason().contains("no <REUTERS> article"));
  }

  @Test
  void readsArticlesThatShareALine() throws IOException {
    String two =
        ReutersSgmlReaderContractTest.article("1", "26-FEB-1987")
                .replace("\n</REUTERS>\n", "</REUTERS>")
            + ReutersSgmlReaderContractTest.article("2", "26-FEB-1987");
    assertEquals(List.of("1", "2"), read(two).ids());
  }

  @Test
  void keepsTopicsAndPlacesAsMetadata() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("s.sgm"),
            ReutersSgmlReaderContractTest.SAMPLE,
            StandardCharsets.ISO_8859_1);
    CollectingHandler handler = new CollectingHandler();
    new ReutersSgmlReader().read(file, handler);
    Article first = handler.articles.get(0);
    assertEquals(List.of("grain", "wheat"), first.metadata().get("topics"));
    assertEquals(List.of("canada"), first.metadata().get("places"));
    assertEquals(null, first.metadata().get("people"));
    assertEquals("PRAIRIE WHEAT HARVEST SEEN LARGER", first.title());
    assertEquals(
        "<Delta Toolmakers Inc> said orders rose in the first quarter, a spokesman told Reuters.",
        handler.articles.get(1).paragraphs().get(0));
  }

  private CollectingHandler read(String sgml) throws IOException {
    Path file = Files.writeString(dir.resolve("t.sgm"), sgml, StandardCharsets.ISO_8859_1);
    CollectingHandler handler = new CollectingHandler();
    new ReutersSgmlReader().read(file, handler);
    return handler;
  }
}
