package org.dateline.indexer.article;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

class ReutersSgmlReaderContractTest extends ArticleReaderContractTest {

  /**
   * Five self-written articles in the corpus' layouts: a story with a body; a brief, a headline
   * only, which is passed over; another story; and two unprocessed ones, without a body or title
   * tag, a story continued from an earlier take and a table of figures.
   */
  static final String SAMPLE =
      """
      <!DOCTYPE lewis SYSTEM "lewis.dtd">
      <REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="1" NEWID="101">
      <DATE>12-MAR-1987 09:15:00.00</DATE>
      <TOPICS><D>grain</D><D>wheat</D></TOPICS>
      <PLACES><D>canada</D></PLACES>
      <PEOPLE></PEOPLE>
      <ORGS></ORGS>
      <EXCHANGES></EXCHANGES>
      <COMPANIES></COMPANIES>
      <UNKNOWN>\s
      &#5;&#5;&#5;G
      &#22;&#22;&#1;f0001&#31;reute
      r f BC-PRAIRIE-WHEAT   03-12 0050</UNKNOWN>
      <TEXT>&#2;
      <TITLE>PRAIRIE WHEAT HARVEST SEEN LARGER</TITLE>
      <DATELINE>    WINNIPEG, March 12 - </DATELINE><BODY>Farmers on the prairies expect a larger
      wheat harvest this year after steady spring rain, a growers'
      group said.
          The group &amp; its members said planting was two weeks
      ahead of last year.
       Reuter
      &#3;</BODY></TEXT>
      </REUTERS>
      <REUTERS TOPICS="NO" LEWISSPLIT="TEST" CGISPLIT="TRAINING-SET" OLDID="2" NEWID="102">
      <DATE>12-MAR-1987 09:20:00.00</DATE>
      <TOPICS></TOPICS>
      <PLACES></PLACES>
      <PEOPLE></PEOPLE>
      <ORGS></ORGS>
      <EXCHANGES></EXCHANGES>
      <COMPANIES></COMPANIES>
      <UNKNOWN>&#5;&#5;&#5;F</UNKNOWN>
      <TEXT TYPE="BRIEF">&#2;
      ******<TITLE>SHIPPING LINE RAISES FREIGHT RATES
      </TITLE>
      &#3;

      </TEXT>
      </REUTERS>
      <REUTERS TOPICS="NO" LEWISSPLIT="TEST" CGISPLIT="TRAINING-SET" OLDID="3" NEWID="103">
      <DATE> 3-APR-1987 17:02:11.10&#5;&#5;&#5;C T</DATE>
      <TOPICS></TOPICS>
      <PLACES><D>usa</D></PLACES>
      <PEOPLE></PEOPLE>
      <ORGS></ORGS>
      <EXCHANGES><D>nyse</D></EXCHANGES>
      <COMPANIES></COMPANIES>
      <UNKNOWN>&#5;&#5;&#5;F</UNKNOWN>
      <TEXT>&#2;
      <TITLE>DELTA TOOLMAKERS SAYS ORDERS ROSE</TITLE>
      <DATELINE>    CLEVELAND, April 3 - </DATELINE><BODY>&lt;Delta Toolmakers Inc> said orders rose
      in the first quarter, a spokesman told Reuters.
          It gave no figures.
          Shares closed at 12-1/2 dlrs, up 1/4, in
      heavy trading.        REUTER
      &#3;</BODY></TEXT>
      </REUTERS>
      <REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="4" NEWID="104">
      <DATE> 3-APR-1987 16:40:08.56</DATE>
      <TOPICS></TOPICS>
      <PLACES><D>usa</D></PLACES>
      <PEOPLE></PEOPLE>
      <ORGS></ORGS>
      <EXCHANGES></EXCHANGES>
      <COMPANIES></COMPANIES>
      <UNKNOWN>\s
      &#5;&#5;&#5;F
      &#22;&#22;&#1;f2520&#31;reute
      u f BC-GLASSWARE-COMPANIES-=   04-03 0093</UNKNOWN>
      <TEXT TYPE="UNPROC">&#2;
      GLASSWARE COMPANIES =3 NEW YORK
          Analysts said glassware used to be more appealing to
      retailers, but product lines have matured.
          Keller &amp; Sons is committed to its Crystalline unit.
      \s\s\s
       Reuter
      &#3;

      </TEXT>
      </REUTERS>
      <REUTERS TOPICS="NO" LEWISSPLIT="TRAIN" CGISPLIT="TRAINING-SET" OLDID="5" NEWID="105">
      <DATE> 7-APR-1987 10:50:12.07</DATE>
      <TOPICS></TOPICS>
      <PLACES></PLACES>
      <PEOPLE></PEOPLE>
      <ORGS></ORGS>
      <EXCHANGES></EXCHANGES>
      <COMPANIES></COMPANIES>
      <UNKNOWN>&#5;&#5;&#5;C</UNKNOWN>
      <TEXT TYPE="UNPROC">&#2;
      PRAIRIE GRAIN ELEVATOR PRICES - APRIL 7
          Week ended April 3        dlrs-tonne
       Wheat.......................120.50 up.....1.50
       Barley.......................88.25 unch.......
       Oats.........................70.00 dn.....0.75
          Week ended March 27
       Wheat.......................119.00 up.....0.50
      &#3;

      </TEXT>
      </REUTERS>
      """;

  @Override
  ArticleReader reader() {
    return new ReutersSgmlReader();
  }

  @Override
  Path writeSample(Path dir) throws IOException {
    return Files.writeString(dir.resolve("sample.sgm"), SAMPLE, StandardCharsets.ISO_8859_1);
  }

  @Override
  List<Expected> expected() {
    return List.of(
        new Expected("101", LocalDate.of(1987, 3, 12), 2),
        new Expected("103", LocalDate.of(1987, 4, 3), 3),
        new Expected("104", LocalDate.of(1987, 4, 3), 2),
        new Expected("105", LocalDate.of(1987, 4, 7), 2));
  }

  /** A seven-line article. */
  static String article(String newId, String date) {
    return "<REUTERS NEWID=\""
        + newId
        + "\">\n<DATE>"
        + date
        + "</DATE>\n<TEXT><TITLE>STORY "
        + newId
        + "</TITLE><BODY>Text of story "
        + newId
        + ".\n    A second paragraph.\n Reuter\n&#3;</BODY></TEXT>\n</REUTERS>\n";
  }

  /** The first three lines of an article, cut off in its body. */
  static String truncated(String newId) {
    return "<REUTERS NEWID=\""
        + newId
        + "\">\n<DATE>26-FEB-1987 15:01:01.79</DATE>\n<TEXT><TITLE>CUT</TITLE><BODY>Cut off\n";
  }

  @Override
  BadSample writeBadSample(Path dir) throws IOException {
    String text =
        "<!DOCTYPE lewis SYSTEM \"lewis.dtd\">\n"
            + article("201", "26-FEB-1987 15:01:01.79")
            + article("202", "31-FEB-1987 10:00:00.00")
            + truncated("203")
            + article("204", "27-FEB-1987 08:00:00.00")
            + article("205", "1987-02-26 10:00")
            + truncated("206");
    Path file = Files.writeString(dir.resolve("bad.sgm"), text, StandardCharsets.ISO_8859_1);
    return new BadSample(file, file, List.of(10, 16, 27, 33), List.of("201", "204"));
  }

  @Override
  Path writeEmptyFile(Path dir) throws IOException {
    return Files.createFile(dir.resolve("empty.sgm"));
  }

  @Override
  boolean rejectsAnEmptyFile() {
    return true;
  }
}
