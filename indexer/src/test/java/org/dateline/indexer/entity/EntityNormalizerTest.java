package org.dateline.indexer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class EntityNormalizerTest {

  private static String loc(String s) {
    return EntityNormalizer.canonical(EntityType.LOCATION, s);
  }

  private static String per(String s) {
    return EntityNormalizer.canonical(EntityType.PERSON, s);
  }

  private static String org(String s) {
    return EntityNormalizer.canonical(EntityType.ORGANIZATION, s);
  }

  @Test
  void mapsTheUnitedStatesAliasesToOneValue() {
    for (String s : List.of("U.S.", "US", "U.S.A.", "USA", "United States", "the United States")) {
      assertEquals("United States", loc(s), s);
    }
    assertEquals("United Kingdom", loc("Britain"));
    assertEquals("Reuters", org("Reuter"));
    assertEquals("United Kingdom", loc("U.K."));
    assertEquals("Islamic State", org("ISIS"));
    for (String s : List.of("Fed", "the Fed", "Federal Reserve Board", "U.S. Federal Reserve")) {
      assertEquals("Federal Reserve", org(s), s);
    }
  }

  @Test
  void aPartyByItsMembersNameOrNicknameIsTheParty() {
    for (String s : List.of("Tories", "the Conservatives", "Conservative", "Tory Party")) {
      assertEquals("Conservative Party", org(s), s);
    }
    assertEquals("Labour Party", org("Labour"));
    assertEquals("Liberal Democrats", org("Lib Dems"));
    // aliases of one type only: a person named Holland is no country
    assertEquals("Netherlands", loc("Holland"));
    assertEquals("Holland", EntityNormalizer.canonical(EntityType.PERSON, "Holland"));
  }

  @Test
  void casesANameInCapitalsByTheUsualFormsOfItsWords() {
    java.util.Map<String, String> usual =
        java.util.Map.of(
            "red", "red", "of", "of", "de", "de", "la", "la", "nato", "NATO", "canal", "canal");
    java.util.function.UnaryOperator<String> forms =
        w -> usual.get(w.toLowerCase(java.util.Locale.ROOT));
    assertEquals(
        "Red China", EntityNormalizer.canonical(EntityType.ORGANIZATION, "RED CHINA", forms));
    assertEquals(
        "House of Commons",
        EntityNormalizer.canonical(EntityType.ORGANIZATION, "HOUSE OF COMMONS", forms));
    assertEquals(
        "Charles de Gaulle",
        EntityNormalizer.canonical(EntityType.PERSON, "CHARLES DE GAULLE", forms));
    assertEquals("De Gaulle", EntityNormalizer.canonical(EntityType.PERSON, "DE GAULLE", forms));
    assertEquals(
        "Suez Canal", EntityNormalizer.canonical(EntityType.LOCATION, "SUEZ CANAL", forms));
    assertEquals("NATO", EntityNormalizer.canonical(EntityType.ORGANIZATION, "NATO", forms));
    // words the forms lack: short ones are acronyms (four letters in an organization's name)
    assertEquals("IBM", EntityNormalizer.canonical(EntityType.ORGANIZATION, "IBM", forms));
    assertEquals("RED", EntityNormalizer.canonical(EntityType.ORGANIZATION, "RED", forms));
    assertEquals("La Paz", EntityNormalizer.canonical(EntityType.LOCATION, "LA PAZ", forms));
    assertEquals(
        "David Ben-Gurion",
        EntityNormalizer.canonical(EntityType.PERSON, "DAVID BEN-GURION", forms));
    assertEquals("McDonald", EntityNormalizer.canonical(EntityType.PERSON, "MCDONALD", forms));
  }

  @Test
  void aWordInCapitalsIsNoAcronymInAnArticleWrittenInCapitals() {
    java.util.Map<String, String> usual =
        java.util.Map.of("army", "army", "reds", "Reds", "nato", "NATO", "act", "act");
    java.util.function.UnaryOperator<String> forms =
        w -> usual.get(w.toLowerCase(java.util.Locale.ROOT));
    List<List<Entity>> names =
        List.of(
            List.of(
                new Entity(EntityType.ORGANIZATION, "ARMY", 0, 4),
                new Entity(EntityType.ORGANIZATION, "REDS", 5, 9),
                new Entity(EntityType.ORGANIZATION, "NATO", 10, 14),
                new Entity(EntityType.ORGANIZATION, "VIET CONG", 15, 24),
                new Entity(EntityType.ORGANIZATION, "MLF", 25, 28),
                new Entity(EntityType.PERSON, "HO CHI MINH", 29, 40)));
    // written in capitals: the casing's usual forms, and names' words with a capital
    assertEquals(
        List.of("Army", "Reds", "NATO", "Viet Cong", "MLF", "Ho Chi Minh"),
        EntityNormalizer.canonicalArticle(names, forms, true).get(0));
    // in mixed-case text a word in capitals is written so: a short one is an acronym
    assertEquals(
        List.of("ARMY", "REDS", "NATO", "VIET CONG", "MLF", "HO Chi Minh"),
        EntityNormalizer.canonicalArticle(names, forms, false).get(0));
    assertEquals(
        "ACT",
        EntityNormalizer.canonicalArticle(
                List.of(List.of(new Entity(EntityType.ORGANIZATION, "ACT", 0, 3))), forms, false)
            .get(0)
            .get(0));
  }

  @Test
  void tellsAnArticleWrittenInCapitals() {
    assertEquals(
        true,
        EntityNormalizer.isWrittenInCapitals(
            List.of("PRESIDENT NGO DINH DIEM SAID ON MONDAY", "THE WAR WILL BE WON .")));
    assertEquals(
        false,
        EntityNormalizer.isWrittenInCapitals(
            List.of("NATO said on Monday that the ARMY would stay.")));
    assertEquals(false, EntityNormalizer.isWrittenInCapitals(List.of("", "1963 - 1964")));
    // counted on the tagger's tokens, as the tagger counts: "'S" is a token in capitals
    assertEquals(
        true,
        EntityNormalizer.isWrittenInCapitals(
            List.of("NASSER'S ARMY'S REDS' CAIRO'S EGYPT'S SYRIA'S IRAQ'S JORDAN'S said")));
  }

  @Test
  void mapsACountrysFormalNameToItsShortName() {
    assertEquals("United States", loc("United States of America"));
    assertEquals("China", loc("People's Republic of China"));
    assertEquals("China", loc("People’s Republic of China"));
    // not South Korea: the tagger cuts "Republic of Korea" out of North Korea's formal name too
    assertEquals("Republic of Korea", loc("Republic of Korea"));
    assertEquals("North Korea", loc("Democratic People's Republic of Korea"));
    assertEquals("Russia", loc("Russian Federation"));
  }

  @Test
  void stripsPossessivesAndLeadingThe() {
    assertEquals("Washington", loc("Washington’s"));
    assertEquals("Iraq", loc("Iraq's"));
    assertEquals("Reuters", org("Reuters'"));
    assertEquals("State Department", org("the State Department"));
    assertEquals("The Hague", loc("The Hague"));
  }

  @Test
  void keepsThePossessiveThatIsPartOfAnOrganizationsName() {
    assertEquals("Moody's", org("Moody's"));
    assertEquals("Moody's", org("MOODY'S"));
    assertEquals("McDonald's", org("McDonald’s"));
    assertEquals("IBM", org("IBM's"));
    assertEquals("Moody", per("Moody's"), "a person's possessive is the sentence's");
  }

  @Test
  void writesOutStateAbbreviationsOfPlacesOnly() {
    assertEquals("California", loc("Calif."));
    assertEquals("California", loc("Calif"));
    assertEquals("New York", loc("N.Y."));
    assertEquals("Mississippi", loc("Miss."));
    assertEquals("Jones", per("Miss. Jones"), "a title before a person's name");
    assertEquals("Ind", org("Ind"), "not a place");
    assertEquals("L.A.", loc("L.A."), "Los Angeles, not Louisiana");
  }

  @Test
  void anAbbreviatedTitleThatIsAlsoANameIsATitleOnlyWithItsDot() {
    assertEquals("Kennedy", per("Sen. Kennedy"));
    assertEquals("Hun Sen", per("Hun Sen"));
    assertEquals("Sen Kennedy", per("Sen Kennedy"));
  }

  @Test
  void aRunawayNameHasNoValue() {
    String runaway = "Acme " + "Very ".repeat(60) + "Long Corp";
    List<List<Entity>> article =
        List.of(
            List.of(
                new Entity(EntityType.ORGANIZATION, runaway, 0, runaway.length()),
                new Entity(EntityType.ORGANIZATION, "Acme Corp", 0, 9)));
    assertEquals(List.of(List.of("", "Acme Corp")), EntityNormalizer.canonicalArticle(article));
  }

  @Test
  void stripsHonorificsOnlyFromPeopleAndOnlyBeforeAName() {
    assertEquals("David Hale", per("Mr. David Hale"));
    assertEquals("Clinton", per("President Clinton"));
    assertEquals("Jane Smith", per("Dr Jane Smith"));
    assertEquals("President", per("President"));
    assertEquals("Charles Bolden", per("Administrator Charles Bolden"));
    assertEquals("Butler", per("Lord Butler"));
    assertEquals("M.S. Swaminathan", per("M.S. Swaminathan"), "initials, not Ms");
    assertEquals("Abdullah", per("Sheikh Abdullah"));
    assertEquals("General Motors", org("General Motors"));
  }

  @Test
  void writesAllCapsNamesInTitleCaseButKeepsAcronyms() {
    assertEquals("Washington", loc("WASHINGTON"));
    assertEquals("New York", loc("NEW  YORK"));
    assertEquals("Boutros Boutros-Ghali", per("BOUTROS BOUTROS-GHALI"));
    assertEquals("NATO", org("NATO"));
    // a word of three capitals amid mixed-case text is an acronym, whatever the tagger typed it
    UnaryOperator<String> none = w -> null;
    assertEquals("ICO", EntityNormalizer.canonical(EntityType.LOCATION, "ICO", none));
    assertEquals("Lima", EntityNormalizer.canonical(EntityType.LOCATION, "LIMA", none));
    assertEquals("Abu Dhabi", EntityNormalizer.canonical(EntityType.LOCATION, "ABU DHABI", none));
  }

  @Test
  void resolvesASurnameToTheFullNameBeforeItInTheArticle() {
    List<List<Entity>> article =
        List.of(
            List.of(new Entity(EntityType.PERSON, "Reagan", 0, 6)),
            List.of(
                new Entity(EntityType.PERSON, "David Hale", 10, 20),
                new Entity(EntityType.LOCATION, "Washington", 30, 40),
                new Entity(EntityType.PERSON, "Nancy Reagan", 50, 62)),
            List.of(
                new Entity(EntityType.PERSON, "Hale's", 0, 6),
                new Entity(EntityType.PERSON, "Reagan", 10, 16)));
    assertEquals(
        List.of(
            // a full name only after it may be another person's: left alone
            List.of("Reagan"),
            List.of("David Hale", "Washington", "Nancy Reagan"),
            List.of("David Hale", "Nancy Reagan")),
        EntityNormalizer.canonicalArticle(article));
  }

  @Test
  void resolvesAnInitialAndSurnameToTheFullNameBeforeItInTheArticle() {
    List<List<Entity>> article =
        List.of(
            List.of(
                new Entity(EntityType.PERSON, "Lewis Moody", 0, 11),
                new Entity(EntityType.PERSON, "Matt Dawson", 20, 31)),
            List.of(
                new Entity(EntityType.PERSON, "L Moody", 0, 7),
                new Entity(EntityType.PERSON, "M. Dawson", 10, 19),
                new Entity(EntityType.PERSON, "J Noon", 20, 26),
                new Entity(EntityType.PERSON, "G Moody", 30, 37)));
    assertEquals(
        List.of(
            List.of("Lewis Moody", "Matt Dawson"),
            // no full name of that initial before it: left alone
            List.of("Lewis Moody", "Matt Dawson", "J Noon", "G Moody")),
        EntityNormalizer.canonicalArticle(article));
  }

  @Test
  void anArticleOfManyNamesIsResolvedInTimeProportionalToItsNames() {
    // 1 MB of names without a sentence end is one article of some 100,000 names; looking each
    // one-word name up against every full name took minutes
    List<Entity> names = new ArrayList<>();
    for (int i = 0; i < 200_000; i++) {
      String name = i % 2 == 0 ? "Smith" : "Jo" + (i % 1000) + " Smith";
      names.add(new Entity(EntityType.PERSON, name, i, i + 1));
    }
    List<List<String>> values =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30), () -> EntityNormalizer.canonicalArticle(List.of(names)));
    assertEquals("Jo1 Smith", values.get(0).get(2), "the last full name before it");
    assertEquals("Smith", values.get(0).get(0), "no full name before it");
    assertEquals("Jo3 Smith", values.get(0).get(4));
  }

  @Test
  void dropsTheDotOfAnAbbreviatedLegalFormAtTheEnd() {
    assertEquals("American Motors Corp", org("American Motors Corp."));
    assertEquals("Telefonos de Mexico SA", org("Telefonos de Mexico SA."));
    assertEquals("Acme Holdings.", org("Acme Holdings."));
    assertEquals("Corp.", org("Corp."));
    assertEquals("Harris Associates L.P.", org("Harris Associates L.P."));
    assertEquals("WTC International N.V.", org("WTC International N.V."));
    assertEquals("Siemens GmbH", org("Siemens GmbH."));
  }

  @Test
  void writesAnOrganizationsDottedAcronymWithoutDots() {
    assertEquals("SEC", org("S.E.C."));
    assertEquals("SEC", org("SEC"));
    assertEquals("United Nations", org("U.N."));
    assertEquals("St. Paul Cos", org("St. Paul Cos."));
  }

  @Test
  void resolvesAnAcronymToTheOrganizationOfThoseInitialsInTheArticle() {
    List<List<Entity>> article =
        List.of(
            List.of(
                new Entity(
                    EntityType.ORGANIZATION, "the Securities and Exchange Commission", 0, 38),
                new Entity(EntityType.ORGANIZATION, "SEC", 40, 43)),
            List.of(
                new Entity(EntityType.ORGANIZATION, "SEC", 0, 3),
                new Entity(EntityType.ORGANIZATION, "IMF", 10, 13),
                new Entity(EntityType.ORGANIZATION, "Sec", 30, 33)));
    assertEquals(
        List.of(
            List.of("Securities and Exchange Commission", "Securities and Exchange Commission"),
            // no organization of those initials for IMF; a word that is no acronym stays
            List.of("Securities and Exchange Commission", "IMF", "Sec")),
        EntityNormalizer.canonicalArticle(article));
  }

  @Test
  void resolvesAnOrganizationsOneWordNameToTheOrganizationStartingOrEndingWithIt() {
    List<List<Entity>> article =
        List.of(
            List.of(
                new Entity(EntityType.ORGANIZATION, "Bank", 0, 4),
                new Entity(EntityType.ORGANIZATION, "the Bank of England", 10, 29),
                new Entity(EntityType.ORGANIZATION, "Ford Motor Co", 40, 53)),
            List.of(
                new Entity(EntityType.ORGANIZATION, "Bank", 0, 4),
                new Entity(EntityType.ORGANIZATION, "Ford", 10, 14),
                new Entity(EntityType.ORGANIZATION, "Motor", 20, 25),
                new Entity(EntityType.ORGANIZATION, "Chrysler", 30, 38),
                new Entity(EntityType.PERSON, "England", 40, 47)),
            List.of(
                new Entity(EntityType.ORGANIZATION, "Senate Finance Committee", 0, 24),
                new Entity(EntityType.ORGANIZATION, "Senate", 30, 36),
                new Entity(EntityType.ORGANIZATION, "U.S. Senate", 40, 51),
                new Entity(EntityType.ORGANIZATION, "Senate", 60, 66)));
    assertEquals(
        List.of(
            // the first later one when none came before
            List.of("Bank of England", "Bank of England", "Ford Motor Co"),
            // a middle word, a name no organization has, another type: unchanged
            List.of("Bank of England", "Ford Motor Co", "Motor", "Chrysler", "England"),
            // a committee of the Senate is not the Senate; the U.S. Senate is
            List.of("Senate Finance Committee", "U.S. Senate", "U.S. Senate", "U.S. Senate")),
        EntityNormalizer.canonicalArticle(article));
  }

  @Test
  void spacesAndPossessivesAreCleanedAsTheirRegularExpressionsSay() {
    // the hand-written paths against the expressions they stand for, on strings made of the
    // characters that matter: spaces of every kind, control characters, apostrophes, s, line
    // terminators
    char[] alphabet = {
      'a', 's', 'S', ' ', ' ', '\u00A0', '\t', '\n', '\r', '\u000B', '\f', '\'', '’', '\u2028',
      '\u0085', '\u2029', '\u0001', '\u007F'
    };
    java.util.Random random = new java.util.Random(20261128);
    for (int i = 0; i < 200_000; i++) {
      char[] chars = new char[random.nextInt(7)];
      for (int j = 0; j < chars.length; j++) {
        chars[j] = alphabet[random.nextInt(alphabet.length)];
      }
      String s = new String(chars);
      String spaced = s.replaceAll("[\\s\\u00A0\\p{Cc}]+", " ");
      assertEquals(spaced, EntityNormalizer.singleSpaced(s), () -> "spaces of " + escape(s));
      String unpossessed = s.replaceAll("['’]s$", "").replaceAll("(?<=s)['’]$", "");
      assertEquals(
          unpossessed, EntityNormalizer.withoutPossessive(s), () -> "possessive of " + escape(s));
    }
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    s.chars().forEach(c -> sb.append(String.format("\\u%04x", c)));
    return sb.toString();
  }
}
