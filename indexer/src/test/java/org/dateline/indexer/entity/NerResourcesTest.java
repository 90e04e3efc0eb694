package org.dateline.indexer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Word clusters, name lists and the document-level rules that use the tagger's confidence. */
class NerResourcesTest {

  private static List<String[]> corpus() {
    List<String[]> sentences = new ArrayList<>();
    String[] cities = {"Paris", "London", "Berlin", "Madrid"};
    String[] people = {"Smith", "Jones", "Brown", "Clark"};
    for (int k = 0; k < 5; k++) {
      for (String c : cities) {
        sentences.add(("Talks were held in " + c + " on Monday .").split(" "));
        sentences.add(("He flew to " + c + " last week .").split(" "));
      }
      for (String p : people) {
        sentences.add(("Mr " + p + " said the talks went well .").split(" "));
        sentences.add(("The minister , " + p + " , said so .").split(" "));
      }
    }
    return sentences;
  }

  @Test
  void clustersAreDeterministicAndGroupWordsUsedAlike() throws Exception {
    ClusterBuilder.Settings settings = new ClusterBuilder.Settings(3, 50, 0, 8, 2);
    WordClusters a = ClusterBuilder.build(corpus(), settings);
    WordClusters b = ClusterBuilder.build(corpus(), settings);
    StringWriter wa = new StringWriter();
    StringWriter wb = new StringWriter();
    a.write(wa);
    b.write(wb);
    assertEquals(wa.toString(), wb.toString());
    assertTrue(a.path("Paris").matches("[01]+"), a.path("Paris"));
    assertNull(a.path("Timbuktu"));
    // cities share a longer prefix with each other than with people
    int cities = common(a.path("Paris"), a.path("Berlin"));
    int mixed = common(a.path("Paris"), a.path("Smith"));
    assertTrue(cities > mixed, a.path("Paris") + " " + a.path("Berlin") + " " + a.path("Smith"));
    // round trip through the model's text form; lookup falls back to other casings
    WordClusters read = WordClusters.read(new BufferedReader(new StringReader(wa.toString())));
    assertEquals(a.path("Paris"), read.path("PARIS"));
  }

  private static int common(String x, String y) {
    int n = 0;
    while (n < Math.min(x.length(), y.length()) && x.charAt(n) == y.charAt(n)) {
      n++;
    }
    return n;
  }

  @Test
  void nameListsAreReadFromAFolderAndMatchedLongestFirst(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("locations.txt"), "# places\nNew York\nYork\nParis\n");
    Files.writeString(dir.resolve("organizations-x.txt"), "New York Times\nParis\n");
    Files.writeString(dir.resolve("first-names.txt"), "Anna\n");
    Files.writeString(dir.resolve("notes.md"), "ignored\n");
    NameLists lists = NameLists.readFolder(dir);
    String[] tokens = "The New York Times sent Anna to Paris".split(" ");
    String[] lower = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      lower[i] = TokenShapes.lower(tokens[i]);
    }
    String[] tags = lists.names.match(tokens, lower);
    assertEquals("B-ORG", tags[1]);
    assertEquals("I-ORG", tags[3]);
    assertEquals("U-LOC", tags[7], "the first file in sorted order wins");
    assertTrue(lists.isFirstName("anna"));
    assertFalse(lists.isFirstName("paris"));
    StringWriter w = new StringWriter();
    lists.write(w);
    NameLists read = NameLists.read(new BufferedReader(new StringReader(w.toString())));
    assertEquals(lists.size(), read.size());
  }

  @Test
  void aModelWithClustersAndListsSavesAndLoads(@TempDir Path dir) throws Exception {
    List<LabeledDocument> docs = TinySample.documents();
    Files.writeString(dir.resolve("locations.txt"), "Oslo\nNorway\n");
    List<String[]> text = new ArrayList<>(corpus());
    docs.forEach(d -> text.addAll(d.sentences()));
    WordClusters clusters = ClusterBuilder.build(text, new ClusterBuilder.Settings(2, 50, 0, 8, 2));
    NerModel model =
        NerTrainer.train(
            docs,
            new NerTrainer.Settings("PERCEPTRON", 20, 0, 2),
            clusters,
            NameLists.readFolder(dir));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.save(bytes);
    NerModel reloaded = NerModel.load(new ByteArrayInputStream(bytes.toByteArray()));
    assertEquals(clusters.size(), reloaded.clusterEntries());
    List<TokenSpan> spans = reloaded.tagSentence("Anna Keller flew to Oslo on Monday .".split(" "));
    assertEquals(
        List.of(new TokenSpan(0, 2, EntityType.PERSON), new TokenSpan(4, 5, EntityType.LOCATION)),
        spans);
  }

  @Test
  void anAcronymTakesTheTypeOfItsExpansionByConfidence() {
    List<String[]> sentences =
        List.of(
            "the threat from the Islamic State ( ISIS ) .".split(" "),
            "ISIS fighters left .".split(" "),
            "the fight against ISIS .".split(" "));
    List<List<TokenSpan>> spans =
        List.of(
            List.of(new TokenSpan(4, 6, EntityType.MISC), new TokenSpan(7, 8, EntityType.MISC)),
            List.of(new TokenSpan(0, 1, EntityType.ORGANIZATION)),
            List.of(new TokenSpan(3, 4, EntityType.ORGANIZATION)));
    List<float[]> margins =
        List.of(
            new float[] {9, 9, 9, 9, 0.5f, 0.5f, 9, 0.5f, 9, 9},
            new float[] {4, 9, 9, 9},
            new float[] {9, 9, 9, 4, 9});
    List<List<TokenSpan>> out =
        DocumentConsistency.apply(sentences, spans, margins, DocumentConsistency.DEFAULT);
    assertEquals(
        List.of(
            new TokenSpan(4, 6, EntityType.ORGANIZATION),
            new TokenSpan(7, 8, EntityType.ORGANIZATION)),
        out.get(0));
    assertTrue(DocumentConsistency.isAcronymOf("ISIS", sentences.get(0), 4, 6));
    assertTrue(
        DocumentConsistency.isAcronymOf("WHO", "World Health Organization".split(" "), 0, 3));
    assertFalse(DocumentConsistency.isAcronymOf("NATO", "World Bank".split(" "), 0, 2));
  }

  @Test
  void aWordTheArticleSurelyTagsAPlaceIsNoPersonForOneUnsurePersonItIsPartOf() {
    List<String[]> sentences =
        List.of(
            "Yeltsin endorses Lebed Chechnya peace plan .".split(" "),
            "Alexander Lebed flew to Chechnya .".split(" "),
            "Chechnya voted .".split(" "),
            "Lebed met rebels .".split(" "));
    List<List<TokenSpan>> spans =
        List.of(
            List.of(new TokenSpan(0, 1, EntityType.PERSON), new TokenSpan(2, 4, EntityType.PERSON)),
            List.of(
                new TokenSpan(0, 2, EntityType.PERSON), new TokenSpan(4, 5, EntityType.LOCATION)),
            List.of(new TokenSpan(0, 1, EntityType.LOCATION)),
            List.of(new TokenSpan(0, 1, EntityType.LOCATION)));
    List<float[]> sure =
        List.of(
            new float[] {9, 9, 1, 1, 9, 9, 9},
            new float[] {9, 9, 9, 9, 30, 9},
            new float[] {30, 9, 9},
            new float[] {2, 9, 9, 9});
    List<List<TokenSpan>> out =
        DocumentConsistency.apply(sentences, spans, sure, DocumentConsistency.DEFAULT);
    // "Chechnya", a place 60 times surer than "Lebed Chechnya" a person, stays one
    assertEquals(List.of(new TokenSpan(4, 5, EntityType.LOCATION)), out.get(1).subList(1, 2));
    assertEquals(List.of(new TokenSpan(0, 1, EntityType.LOCATION)), out.get(2));
    // "Lebed", part of two persons and alone a place by a narrow margin, is the person
    assertEquals(List.of(new TokenSpan(0, 1, EntityType.PERSON)), out.get(3));

    // a surname the tagger took for a place about as surely as for the person is the person
    List<float[]> unsure =
        List.of(
            new float[] {9, 9, 9, 9, 9, 9, 9},
            new float[] {9, 9, 9, 9, 9, 9},
            new float[] {9, 9, 9},
            new float[] {9, 9, 9, 9});
    out = DocumentConsistency.apply(sentences, spans, unsure, DocumentConsistency.DEFAULT);
    assertEquals(List.of(new TokenSpan(0, 1, EntityType.PERSON)), out.get(2));
  }

  @Test
  void aFirmNamedNameAndCoIsOneOrganization() {
    List<String[]> sentences =
        List.of(
            "Charles Schwab and Co is a broker .".split(" "),
            "Goldman , Sachs and Co and Kidder , Peabody and Co led it .".split(" "),
            "Smith Barney , Harris Upham and Co and McDonald and Co said .".split(" "),
            "In London , Morgan Grenfell and Co said .".split(" "),
            "It sold its stake in Lister and Co Plc .".split(" "),
            "The Chase and Co unit and Salomon Brothers Inc .".split(" "),
            "Jones and Co .".split(" "),
            "It rose and Co fell .".split(" "),
            "Lead Underwriter Bear Stearns & Co Inc".split(" "),
            "Alex . Brown and Sons Inc will manage it .".split(" "),
            "Merrill Lynch and Co , Goldman Sachs and Co and Salomon Brothers Inc".split(" "),
            "First Boston Corp , Morgan Stanley and Co".split(" "),
            "John Smith , Merrill Lynch and Co".split(" "),
            "Goldman , Sachs and Co".split(" "),
            "Standard and Poor 's Corp and Ford and Chrysler Corp".split(" "));
    List<List<TokenSpan>> spans =
        List.of(
            List.of(
                new TokenSpan(0, 2, EntityType.PERSON), new TokenSpan(3, 4, EntityType.LOCATION)),
            List.of(new TokenSpan(0, 11, EntityType.ORGANIZATION)),
            List.of(
                new TokenSpan(0, 2, EntityType.PERSON),
                new TokenSpan(3, 5, EntityType.PERSON),
                new TokenSpan(6, 7, EntityType.LOCATION),
                new TokenSpan(10, 11, EntityType.LOCATION)),
            List.of(
                new TokenSpan(1, 2, EntityType.LOCATION), new TokenSpan(3, 5, EntityType.PERSON)),
            List.of(new TokenSpan(7, 8, EntityType.LOCATION)),
            List.of(new TokenSpan(6, 9, EntityType.ORGANIZATION)),
            List.of(),
            List.of(new TokenSpan(3, 4, EntityType.LOCATION)),
            List.of(new TokenSpan(2, 7, EntityType.ORGANIZATION)),
            List.of(new TokenSpan(0, 1, EntityType.PERSON), new TokenSpan(2, 3, EntityType.PERSON)),
            List.of(),
            List.of(
                new TokenSpan(0, 3, EntityType.ORGANIZATION),
                new TokenSpan(4, 6, EntityType.ORGANIZATION)),
            List.of(
                new TokenSpan(0, 2, EntityType.PERSON),
                new TokenSpan(3, 5, EntityType.ORGANIZATION)),
            List.of(
                new TokenSpan(0, 1, EntityType.ORGANIZATION),
                new TokenSpan(2, 3, EntityType.PERSON)),
            List.of(
                new TokenSpan(0, 1, EntityType.ORGANIZATION),
                new TokenSpan(2, 5, EntityType.ORGANIZATION),
                new TokenSpan(6, 7, EntityType.ORGANIZATION),
                new TokenSpan(8, 10, EntityType.ORGANIZATION)));

    List<List<TokenSpan>> out = DocumentConsistency.withFirms(sentences, spans);

    assertEquals(List.of(new TokenSpan(0, 4, EntityType.ORGANIZATION)), out.get(0));
    assertEquals(
        List.of(
            new TokenSpan(0, 5, EntityType.ORGANIZATION),
            new TokenSpan(6, 11, EntityType.ORGANIZATION)),
        out.get(1));
    assertEquals(
        List.of(
            new TokenSpan(0, 7, EntityType.ORGANIZATION),
            new TokenSpan(8, 11, EntityType.ORGANIZATION)),
        out.get(2));
    assertEquals(
        List.of(
            new TokenSpan(1, 2, EntityType.LOCATION), new TokenSpan(3, 7, EntityType.ORGANIZATION)),
        out.get(3));
    assertEquals(List.of(new TokenSpan(5, 9, EntityType.ORGANIZATION)), out.get(4));
    assertEquals(
        List.of(
            new TokenSpan(1, 4, EntityType.ORGANIZATION),
            new TokenSpan(6, 9, EntityType.ORGANIZATION)),
        out.get(5));
    assertEquals(List.of(new TokenSpan(0, 3, EntityType.ORGANIZATION)), out.get(6));
    assertEquals(List.of(new TokenSpan(3, 4, EntityType.LOCATION)), out.get(7));
    assertEquals(List.of(new TokenSpan(2, 7, EntityType.ORGANIZATION)), out.get(8));
    assertEquals(
        List.of(
            new TokenSpan(0, 1, EntityType.PERSON), new TokenSpan(2, 6, EntityType.ORGANIZATION)),
        out.get(9));
    // a firm, an organization or a person before a comma is a name of its own
    assertEquals(
        List.of(
            new TokenSpan(0, 4, EntityType.ORGANIZATION),
            new TokenSpan(5, 9, EntityType.ORGANIZATION)),
        out.get(10));
    assertEquals(
        List.of(
            new TokenSpan(0, 3, EntityType.ORGANIZATION),
            new TokenSpan(4, 8, EntityType.ORGANIZATION)),
        out.get(11));
    assertEquals(
        List.of(
            new TokenSpan(0, 2, EntityType.PERSON), new TokenSpan(3, 7, EntityType.ORGANIZATION)),
        out.get(12));
    assertEquals(List.of(new TokenSpan(0, 5, EntityType.ORGANIZATION)), out.get(13));
    // a listed firm of two names joined by "and"; other names joined by "and" stay two
    assertEquals(
        List.of(
            new TokenSpan(0, 5, EntityType.ORGANIZATION),
            new TokenSpan(6, 7, EntityType.ORGANIZATION),
            new TokenSpan(8, 10, EntityType.ORGANIZATION)),
        out.get(14));
  }

  @Test
  void aBankTaggedApartFromItsNameIsOneOrganizationWithIt() {
    List<String[]> sentences =
        List.of(
            "lead manager Amsterdam-Rotterdam Bank NV said".split(" "),
            "Hang Seng Bank Ltd reported".split(" "),
            "Melissa Bank wrote".split(" "),
            "In Paris Bank of France said".split(" "),
            "the Amsterdam-Rotterdam Bank said".split(" "));
    List<List<TokenSpan>> spans =
        List.of(
            List.of(
                new TokenSpan(2, 3, EntityType.LOCATION),
                new TokenSpan(3, 5, EntityType.ORGANIZATION)),
            List.of(
                new TokenSpan(0, 2, EntityType.MISC), new TokenSpan(2, 4, EntityType.ORGANIZATION)),
            List.of(
                new TokenSpan(0, 1, EntityType.PERSON),
                new TokenSpan(1, 2, EntityType.ORGANIZATION)),
            List.of(
                new TokenSpan(1, 2, EntityType.LOCATION),
                new TokenSpan(2, 5, EntityType.ORGANIZATION)),
            List.of(
                new TokenSpan(1, 2, EntityType.LOCATION),
                new TokenSpan(2, 3, EntityType.ORGANIZATION)));

    List<List<TokenSpan>> out = DocumentConsistency.withFirms(sentences, spans);

    assertEquals(List.of(new TokenSpan(2, 5, EntityType.ORGANIZATION)), out.get(0));
    assertEquals(List.of(new TokenSpan(0, 4, EntityType.ORGANIZATION)), out.get(1));
    // a person's name and a bank with a name of its own stay apart
    assertEquals(spans.get(2), out.get(2));
    assertEquals(spans.get(3), out.get(3));
    assertEquals(List.of(new TokenSpan(1, 3, EntityType.ORGANIZATION)), out.get(4));
  }

  @Test
  void aReportsFiguresLineNamesNobody() {
    List<String[]> sentences =
        List.<String[]>of("NINE MTHS NET SHR 1.20 DLRS VS 1.10 DLRS".split(" "));
    List<List<TokenSpan>> spans = List.of(List.of(new TokenSpan(0, 2, EntityType.PERSON)));

    assertEquals(List.of(), DocumentConsistency.apply(sentences, spans).get(0));
  }

  @Test
  void aFunctionWordOfALineInCapitalsIsNoNameNorAPartOfOne() {
    List<String[]> sentences =
        List.of(
            "RICHARD PARKER OF ECKMAN CAME .".split(" "),
            "A SERIES OF RACIAL INCIDENTS .".split(" "),
            "THE MAGIC WORD .".split(" "));
    List<List<TokenSpan>> spans =
        List.of(
            List.of(new TokenSpan(0, 4, EntityType.PERSON)),
            List.of(),
            List.of(new TokenSpan(0, 1, EntityType.PERSON)));

    List<List<TokenSpan>> out = DocumentConsistency.apply(sentences, spans);

    assertEquals(List.of(new TokenSpan(0, 4, EntityType.PERSON)), out.get(0));
    assertEquals(List.of(), out.get(1));
    assertEquals(List.of(), out.get(2));
  }

  @Test
  void aSurnameIsAPersonEvenWhereAnotherMentionWasTypedAPlace() {
    List<String[]> sentences =
        List.of(
            "Daniel Montalvo was arrested .".split(" "),
            "Montalvo had read it .".split(" "),
            "They told Montalvo so .".split(" "));
    List<List<TokenSpan>> spans =
        List.of(
            List.of(new TokenSpan(0, 2, EntityType.PERSON)),
            List.of(),
            List.of(new TokenSpan(2, 3, EntityType.LOCATION)));
    List<List<TokenSpan>> out = DocumentConsistency.apply(sentences, spans);
    assertEquals(List.of(new TokenSpan(0, 1, EntityType.PERSON)), out.get(1));
    assertEquals(List.of(new TokenSpan(2, 3, EntityType.PERSON)), out.get(2));
    assertNotNull(out.get(0));
  }

  @Test
  void aPersonOfTitlesIsNoNameAnAdministrationIsNotPartOfOneAndAFoundationIsAnOrganization() {
    List<String[]> sentences =
        List.of(
            "The Chancellor said so .".split(" "),
            "Prime Minister Nakasone met the Reagan Administration .".split(" "),
            "The Government Cabinet met .".split(" "),
            "The Andy Warhol Foundation and NASA Administrator Bolden .".split(" "));
    List<List<TokenSpan>> spans =
        List.of(
            List.of(new TokenSpan(1, 2, EntityType.PERSON)),
            List.of(new TokenSpan(0, 3, EntityType.PERSON), new TokenSpan(5, 7, EntityType.PERSON)),
            List.of(new TokenSpan(1, 3, EntityType.PERSON)),
            List.of(
                new TokenSpan(1, 4, EntityType.PERSON), new TokenSpan(6, 7, EntityType.PERSON)));

    List<List<TokenSpan>> out = DocumentConsistency.apply(sentences, spans);

    assertEquals(List.of(), out.get(0));
    assertEquals(
        List.of(new TokenSpan(2, 3, EntityType.PERSON), new TokenSpan(5, 6, EntityType.PERSON)),
        out.get(1),
        "no titles, no administration");
    assertEquals(List.of(), out.get(2));
    assertEquals(List.of(new TokenSpan(1, 4, EntityType.ORGANIZATION)), out.get(3));
  }

  @Test
  void aPersonOfThreeWordsEndingInBankIsABankButMelissaBankIsAPerson() {
    List<String[]> sentences =
        List.of(
            "Rates match those of Toronto Dominion Bank .".split(" "),
            "The novel by Melissa Bank sold well .".split(" "));
    List<List<TokenSpan>> spans =
        List.of(
            List.of(new TokenSpan(4, 7, EntityType.PERSON)),
            List.of(new TokenSpan(3, 5, EntityType.PERSON)));

    List<List<TokenSpan>> out = DocumentConsistency.apply(sentences, spans);

    assertEquals(List.of(new TokenSpan(4, 7, EntityType.ORGANIZATION)), out.get(0));
    assertEquals(List.of(new TokenSpan(3, 5, EntityType.PERSON)), out.get(1));
  }

  @Test
  void aFirmKeepsTheGeneralTheTaggerLeftOutButAnOfficeKeepsItsOwn() {
    List<String[]> sentences =
        List.of(
            "General Dynamics Corp won a contract .".split(" "),
            "Shares of General Electric rose .".split(" "),
            "The Attorney General Office said .".split(" "));
    List<List<TokenSpan>> spans =
        List.of(
            List.of(new TokenSpan(1, 3, EntityType.ORGANIZATION)),
            List.of(new TokenSpan(3, 4, EntityType.ORGANIZATION)),
            List.of(new TokenSpan(3, 4, EntityType.ORGANIZATION)));

    List<List<TokenSpan>> out = DocumentConsistency.apply(sentences, spans);

    assertEquals(List.of(new TokenSpan(0, 3, EntityType.ORGANIZATION)), out.get(0));
    assertEquals(List.of(new TokenSpan(2, 4, EntityType.ORGANIZATION)), out.get(1));
    assertEquals(List.of(new TokenSpan(3, 4, EntityType.ORGANIZATION)), out.get(2));
  }

  @Test
  void aCountrysNameAloneIsAPlaceEvenWhereTheTaggerSaidOrganizationOrMisc() {
    List<String[]> sentences =
        List.of(
            "He did not think the Philippines would pay .".split(" "),
            "Trade with South Korea and Trinidad and Tobago grew .".split(" "),
            "The Bank of the Philippines said .".split(" "),
            "A US court ruled .".split(" "));
    List<List<TokenSpan>> spans =
        List.of(
            List.of(new TokenSpan(5, 6, EntityType.ORGANIZATION)),
            List.of(
                new TokenSpan(2, 4, EntityType.ORGANIZATION),
                new TokenSpan(5, 8, EntityType.ORGANIZATION)),
            List.of(new TokenSpan(1, 5, EntityType.ORGANIZATION)),
            List.of(new TokenSpan(1, 2, EntityType.MISC)));

    List<List<TokenSpan>> out = DocumentConsistency.apply(sentences, spans);

    assertEquals(List.of(new TokenSpan(5, 6, EntityType.LOCATION)), out.get(0));
    assertEquals(
        List.of(new TokenSpan(1, 2, EntityType.LOCATION)), out.get(3), "a short form, misc");
    assertEquals(
        List.of(new TokenSpan(2, 4, EntityType.LOCATION), new TokenSpan(5, 8, EntityType.LOCATION)),
        out.get(1));
    assertEquals(List.of(new TokenSpan(1, 5, EntityType.ORGANIZATION)), out.get(2));
  }

  @Test
  void aCountrysFormalNameIsOnePlaceEvenWhereTheTaggerSplitOrTypedItOtherwise() {
    List<String[]> sentences =
        List.of(
            "The United States of America signed .".split(" "),
            "The People 's Republic of China agreed .".split(" "),
            "The Bank of England said .".split(" "));
    List<List<TokenSpan>> spans =
        List.of(
            List.of(
                new TokenSpan(1, 3, EntityType.LOCATION), new TokenSpan(4, 5, EntityType.LOCATION)),
            List.of(new TokenSpan(1, 6, EntityType.ORGANIZATION)),
            List.of(
                new TokenSpan(1, 2, EntityType.ORGANIZATION),
                new TokenSpan(3, 4, EntityType.LOCATION)));

    List<List<TokenSpan>> out = DocumentConsistency.apply(sentences, spans);

    assertEquals(List.of(new TokenSpan(1, 5, EntityType.LOCATION)), out.get(0));
    assertEquals(List.of(new TokenSpan(1, 6, EntityType.LOCATION)), out.get(1));
    assertEquals(spans.get(2), out.get(2), "no country: left as it was");
  }

  @Test
  void aNameIsCutAtABracketWithoutItsPairAndATickerIsNoName() {
    List<String[]> sentences =
        List.of(
            "Exxon Corp < XON > will buy < Union Carbide Corp > .".split(" "),
            "The Bundesbank ( central bank ) agreed .".split(" "),
            "Mladost ( L ) 2 Rad ( B ) 4".split(" "),
            "Citicorp < CCI > rose .".split(" "));
    List<List<TokenSpan>> spans =
        List.of(
            List.of(
                new TokenSpan(0, 2, EntityType.ORGANIZATION),
                new TokenSpan(3, 5, EntityType.ORGANIZATION),
                new TokenSpan(8, 12, EntityType.ORGANIZATION)),
            List.of(new TokenSpan(1, 5, EntityType.ORGANIZATION)),
            List.of(
                new TokenSpan(0, 4, EntityType.ORGANIZATION),
                new TokenSpan(5, 9, EntityType.ORGANIZATION)),
            List.of(new TokenSpan(0, 4, EntityType.ORGANIZATION)));

    List<List<TokenSpan>> out = DocumentConsistency.apply(sentences, spans);

    assertEquals(
        List.of(
            new TokenSpan(0, 2, EntityType.ORGANIZATION),
            new TokenSpan(8, 11, EntityType.ORGANIZATION)),
        out.get(0));
    assertEquals(List.of(new TokenSpan(1, 2, EntityType.ORGANIZATION)), out.get(1));
    assertEquals(spans.get(2), out.get(2), "a pair of brackets inside a name is part of it");
    assertEquals(List.of(new TokenSpan(0, 1, EntityType.ORGANIZATION)), out.get(3));
  }

  @Test
  void aPersonOrAPlaceEndingInALegalFormIsACompanyWhateverTheCountry() {
    List<String[]> sentences =
        List.of(
            "Shares of Mannesmann AG rose .".split(" "),
            "Petrofina SA and Amsterdam-Rotterdam Bank NV said .".split(" "),
            "Louis Wolfson III said .".split(" "),
            "said Pirelli SpA chairman Marco Tronchetti Provera .".split(" "),
            "Siemens GmbH and Hindustan Lever Limited said .".split(" "));
    List<List<TokenSpan>> spans =
        List.of(
            List.of(new TokenSpan(2, 4, EntityType.PERSON)),
            List.of(
                new TokenSpan(0, 2, EntityType.LOCATION), new TokenSpan(3, 6, EntityType.LOCATION)),
            List.of(new TokenSpan(0, 3, EntityType.PERSON)),
            List.of(new TokenSpan(1, 3, EntityType.PERSON), new TokenSpan(4, 7, EntityType.PERSON)),
            List.of(
                new TokenSpan(0, 2, EntityType.PERSON), new TokenSpan(3, 6, EntityType.LOCATION)));

    List<List<TokenSpan>> out = DocumentConsistency.apply(sentences, spans);

    assertEquals(
        List.of(
            new TokenSpan(1, 3, EntityType.ORGANIZATION), new TokenSpan(4, 7, EntityType.PERSON)),
        out.get(3));
    assertEquals(
        List.of(
            new TokenSpan(0, 2, EntityType.ORGANIZATION),
            new TokenSpan(3, 6, EntityType.ORGANIZATION)),
        out.get(4));

    assertEquals(List.of(new TokenSpan(2, 4, EntityType.ORGANIZATION)), out.get(0));
    assertEquals(
        List.of(
            new TokenSpan(0, 2, EntityType.ORGANIZATION),
            new TokenSpan(3, 6, EntityType.ORGANIZATION)),
        out.get(1));
    assertEquals(spans.get(2), out.get(2));
  }

  @Test
  void aCompanyNamedWithItsLegalFormIsTheCompanyWithoutIt() {
    List<String[]> sentences =
        List.of(
            "bidding for the distribution chain Ruch SA , a paper said .".split(" "),
            "the state would get 20 percent of Ruch .".split(" "),
            "Merrill Lynch and Co said , Merrill said .".split(" "));
    List<List<TokenSpan>> spans =
        List.of(
            List.of(new TokenSpan(5, 7, EntityType.ORGANIZATION)),
            List.of(new TokenSpan(7, 8, EntityType.PERSON)),
            List.of(
                new TokenSpan(0, 4, EntityType.ORGANIZATION),
                new TokenSpan(6, 7, EntityType.PERSON)));

    List<List<TokenSpan>> out = DocumentConsistency.apply(sentences, spans);

    assertEquals(List.of(new TokenSpan(7, 8, EntityType.ORGANIZATION)), out.get(1));
    // "Merrill Lynch and Co" makes no short name, and a part of one is no company
    assertEquals(spans.get(2), out.get(2));
  }

  @Test
  void aPieceOfAnOverlongRunOfLettersIsNoName() {
    String piece = "Q".repeat(NewsTokenizer.MAX_TOKEN_LENGTH);
    List<String[]> sentences = List.<String[]>of(new String[] {piece, piece, "said", "Smith"});
    List<List<TokenSpan>> spans =
        List.of(
            List.of(
                new TokenSpan(0, 2, EntityType.PERSON), new TokenSpan(3, 4, EntityType.PERSON)));

    List<List<TokenSpan>> out = DocumentConsistency.apply(sentences, spans);

    assertEquals(List.of(new TokenSpan(3, 4, EntityType.PERSON)), out.get(0));
  }

  @Test
  void anOrganizationRunningOnIntoWhoHoldsAnOfficeIsThatPerson() {
    List<String[]> sentences =
        List.of(
            "U.S. Trade Representative Clayton Yeutter said .".split(" "),
            "The Senate Finance Committee met .".split(" "),
            "The Strategic Defense Initiative and the General Services Administration ."
                .split(" "));
    List<List<TokenSpan>> spans =
        List.of(
            List.of(new TokenSpan(0, 5, EntityType.ORGANIZATION)),
            List.of(new TokenSpan(1, 4, EntityType.ORGANIZATION)),
            List.of(
                new TokenSpan(1, 4, EntityType.ORGANIZATION),
                new TokenSpan(6, 9, EntityType.ORGANIZATION)));

    List<List<TokenSpan>> out = DocumentConsistency.apply(sentences, spans);

    assertEquals(
        List.of(new TokenSpan(0, 1, EntityType.LOCATION), new TokenSpan(3, 5, EntityType.PERSON)),
        out.get(0));
    assertEquals(spans.get(1), out.get(1), "no title in it");
    assertEquals(spans.get(2), out.get(2), "no first name and surname after a title");
  }

  @Test
  void aPhotoCreditsLabelIsPartOfNoName() {
    List<String[]> sentences =
        List.of(
            "Captain America Image : Nick Moreau .".split(" "),
            "A high-five . Image : Nick Moreau .".split(" "),
            "The Image Awards : a list .".split(" "),
            "A met B. Image : Nick Moreau .".split(" "));
    List<List<TokenSpan>> spans =
        List.of(
            List.of(
                new TokenSpan(0, 3, EntityType.ORGANIZATION),
                new TokenSpan(4, 6, EntityType.PERSON)),
            List.of(new TokenSpan(3, 4, EntityType.PERSON), new TokenSpan(5, 7, EntityType.PERSON)),
            List.of(new TokenSpan(1, 3, EntityType.MISC)),
            List.of(
                new TokenSpan(2, 4, EntityType.PERSON), new TokenSpan(5, 7, EntityType.PERSON)));

    List<List<TokenSpan>> out = DocumentConsistency.apply(sentences, spans);

    assertEquals(
        List.of(
            new TokenSpan(0, 2, EntityType.ORGANIZATION), new TokenSpan(4, 6, EntityType.PERSON)),
        out.get(0));
    assertEquals(List.of(new TokenSpan(5, 7, EntityType.PERSON)), out.get(1));
    assertEquals(List.of(new TokenSpan(1, 3, EntityType.MISC)), out.get(2), "not before a colon");
    assertEquals(
        List.of(new TokenSpan(5, 7, EntityType.PERSON)), out.get(3), "'B.' left is no name");
  }

  @Test
  void aFirmsFirstWordsRestoredToASentencesStartTakeThePlaceOfTheNameThere() {
    List<String[]> sentences =
        List.of(
            "Great Lakes Forest Products Ltd said so .".split(" "),
            "Great Lakes said sales fell .".split(" "));
    List<List<TokenSpan>> spans =
        List.of(
            List.of(new TokenSpan(0, 5, EntityType.ORGANIZATION)),
            List.of(new TokenSpan(0, 1, EntityType.PERSON), new TokenSpan(1, 2, EntityType.MISC)));

    List<List<TokenSpan>> out = DocumentConsistency.apply(sentences, spans);

    assertEquals(List.of(new TokenSpan(0, 2, EntityType.ORGANIZATION)), out.get(1));
  }

  @Test
  void aTitleBeforeAPersonsNameIsNoPartOfItToPropagate() {
    List<String[]> sentences =
        List.of("Administrator Bolden spoke .".split(" "), "The Administrator left .".split(" "));
    List<List<TokenSpan>> spans =
        List.of(List.of(new TokenSpan(0, 2, EntityType.PERSON)), List.of());

    List<List<TokenSpan>> out = DocumentConsistency.apply(sentences, spans);

    assertEquals(List.of(new TokenSpan(1, 2, EntityType.PERSON)), out.get(0));
    assertEquals(List.of(), out.get(1));
  }

  @Test
  void aSingleLetterOrALegalFormAloneIsNoName() {
    List<String[]> sentences =
        List.of(
            "S and P cited earnings .".split(" "),
            "Wong of Indosuez Asia ( Singapore ) Ltd said so .".split(" "),
            "Shares of Acme Ltd and U.S. Steel rose .".split(" "),
            "A met B .".split(" "),
            "Exports to SA rose .".split(" "));
    List<List<TokenSpan>> spans =
        List.of(
            List.of(
                new TokenSpan(0, 1, EntityType.ORGANIZATION),
                new TokenSpan(2, 3, EntityType.ORGANIZATION)),
            List.of(
                new TokenSpan(0, 1, EntityType.PERSON),
                new TokenSpan(2, 4, EntityType.ORGANIZATION),
                new TokenSpan(5, 6, EntityType.LOCATION),
                new TokenSpan(7, 8, EntityType.ORGANIZATION)),
            List.of(
                new TokenSpan(2, 4, EntityType.ORGANIZATION),
                new TokenSpan(5, 7, EntityType.ORGANIZATION)),
            List.of(new TokenSpan(2, 4, EntityType.PERSON)),
            List.of(new TokenSpan(2, 3, EntityType.LOCATION)));

    List<List<TokenSpan>> out = DocumentConsistency.apply(sentences, spans);

    assertEquals(List.of(), out.get(0));
    assertEquals(
        List.of(
            new TokenSpan(0, 1, EntityType.PERSON),
            new TokenSpan(2, 4, EntityType.ORGANIZATION),
            new TokenSpan(5, 6, EntityType.LOCATION)),
        out.get(1));
    assertEquals(spans.get(2), out.get(2), "a legal form in a name, and initials, stay");
    assertEquals(List.of(), out.get(3), "a letter and a full stop tagged together");
    assertEquals(spans.get(4), out.get(4), "a place named like a legal form");
  }

  @Test
  void aNewsAgencyNamedByOneWordIsAnOrganization() {
    List<String[]> sentences =
        List.of(
            "A Reuter reporter said so .".split(" "),
            "Tass said , quoting Paul Julius Reuter .".split(" "));
    List<List<TokenSpan>> spans =
        List.of(
            List.of(new TokenSpan(1, 2, EntityType.PERSON)),
            List.of(
                new TokenSpan(0, 1, EntityType.LOCATION), new TokenSpan(4, 7, EntityType.PERSON)));

    // each sentence an article of its own
    assertEquals(
        List.of(List.of(new TokenSpan(1, 2, EntityType.ORGANIZATION))),
        DocumentConsistency.apply(sentences.subList(0, 1), spans.subList(0, 1)));
    assertEquals(
        List.of(
            List.of(
                new TokenSpan(0, 1, EntityType.ORGANIZATION),
                new TokenSpan(4, 7, EntityType.PERSON))),
        DocumentConsistency.apply(sentences.subList(1, 2), spans.subList(1, 2)));
    // in an article about the agency's founder, his surname alone is his
    assertEquals(
        EntityType.PERSON, DocumentConsistency.apply(sentences, spans).get(0).get(0).type());
  }

  @Test
  void surnamesThatAreAlsoWordsOfTheRulesStayPersons() {
    List<String[]> sentences =
        List.of(
            "Senator Frank Church and Melissa Bank met Dave Camp .".split(" "),
            "Prime Minister Hun Sen arrived in the West Bank .".split(" "),
            "Sen said Church and Camp agreed .".split(" "));
    List<List<TokenSpan>> spans =
        List.of(
            List.of(
                new TokenSpan(1, 3, EntityType.PERSON),
                new TokenSpan(4, 6, EntityType.PERSON),
                new TokenSpan(7, 9, EntityType.PERSON)),
            List.of(
                new TokenSpan(3, 5, EntityType.PERSON), new TokenSpan(8, 10, EntityType.LOCATION)),
            List.of(
                new TokenSpan(0, 1, EntityType.PERSON),
                new TokenSpan(2, 3, EntityType.PERSON),
                new TokenSpan(4, 5, EntityType.PERSON)));

    List<List<TokenSpan>> out = DocumentConsistency.apply(sentences, spans);

    assertEquals(spans, out);
  }
}
