package org.dateline.indexer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NameAliasesTest {

  @Test
  void aSurnameWithItsParticleStandsForTheFullName() {
    assertEquals(
        Map.of("De Gaulle", "Charles de Gaulle", "van Gogh", "Vincent van Gogh"),
        NameAliases.persons(
            Map.of(
                "Charles de Gaulle", 35, "De Gaulle", 40, "Vincent van Gogh", 3, "van Gogh", 2)));
    // a first name that is also a particle is no surname's: "Al Gore" stands for no "... al Gore"
    assertEquals(Map.of(), NameAliases.persons(Map.of("Al Gore", 5, "Tipper Gore", 3)));
    // the surname without its particle too, as German writes "von" names
    assertEquals(
        Map.of("Weizsaecker", "Richard von Weizsaecker"),
        NameAliases.persons(Map.of("Richard von Weizsaecker", 12, "Weizsaecker", 1)));
  }

  @Test
  void mapsASurnameToTheFullNameMostArticlesUse() {
    Map<String, Integer> articles =
        Map.of("Reagan", 529, "Ronald Reagan", 24, "Nancy Reagan", 1, "Michael Reagan", 1);
    assertEquals(Map.of("Reagan", "Ronald Reagan"), NameAliases.persons(articles));
  }

  @Test
  void mapsToADominantFullNameEvenWhenAnotherIsNamedToo() {
    Map<String, Integer> articles =
        Map.of("Baker", 17, "James Baker", 214, "Howard Baker", 29, "Jim Baker", 1);
    assertEquals(Map.of("Baker", "James Baker"), NameAliases.persons(articles));
  }

  @Test
  void keepsASurnameSharedByFullNamesWithoutADominantOne() {
    Map<String, Integer> articles =
        Map.of("Johnson", 9, "Manuel Johnson", 16, "Paul Johnson", 4, "William Johnson", 4);
    assertEquals(Map.of(), NameAliases.persons(articles));
  }

  @Test
  void keepsASurnameWhoseFullNameIsInOneArticleOnly() {
    assertEquals(Map.of(), NameAliases.persons(Map.of("Jones", 30, "Tom Jones", 1)));
    assertEquals(
        Map.of("Jones", "Tom Jones"),
        NameAliases.persons(Map.of("Jones", 30, "Tom Jones", NameAliases.MIN_ARTICLES)));
  }

  @Test
  void matchesTheLastWordOnlyAndLeavesFullNamesAlone() {
    Map<String, Integer> articles =
        Map.of("Ronald", 5, "Ronald Reagan", 24, "Karl Otto Poehl", 34, "Poehl", 3, "Otto", 2);
    assertEquals(Map.of("Poehl", "Karl Otto Poehl"), NameAliases.persons(articles));
  }

  @Test
  void mapsAnAcronymToTheOrganizationOfThoseInitialsMostArticlesUse() {
    Map<String, Integer> articles =
        Map.of(
            "SEC", 138,
            "Securities and Exchange Commission", 609,
            "Senate Energy Committee", 3,
            "IMF", 127,
            "International Monetary Fund", 174,
            "USDA", 181,
            "U.S. Department of Agriculture", 14);
    assertEquals(
        Map.of(
            "IMF", "International Monetary Fund",
            "SEC", "Securities and Exchange Commission",
            "USDA", "U.S. Department of Agriculture"),
        NameAliases.organizations(articles));
  }

  @Test
  void keepsAnAcronymOfSeveralOrganizationsWithoutADominantOne() {
    Map<String, Integer> articles =
        Map.of("ADB", 23, "Asian Development Bank", 32, "African Development Bank", 12);
    assertEquals(Map.of(), NameAliases.organizations(articles));
  }

  @Test
  void readsInitialsAsAnAcronymWouldBeMade() {
    assertEquals("OPEC", NameAliases.initials("Organization of Petroleum Exporting Countries"));
    assertEquals("GATT", NameAliases.initials("General Agreement on Tariffs and Trade"));
    assertEquals("USDA", NameAliases.initials("U.S. Department of Agriculture"));
    assertEquals("GM", NameAliases.initials("General Motors Corp."));
    assertEquals(null, NameAliases.initials("Exxon Corp"));
    assertEquals(null, NameAliases.initials("EC Commission"));
    assertEquals("UKIP", NameAliases.initials("UK Independence Party"));
    assertEquals(null, NameAliases.initials("Bank of the EC Commission"));
    assertEquals(null, NameAliases.initials("Reuters"));
    assertEquals(null, NameAliases.initials("eBay Inc"));
    assertEquals("UN", NameAliases.acronym("U.N."));
    assertEquals(null, NameAliases.acronym("Fed"));
    assertEquals(null, NameAliases.acronym("CONFEDERATION"));
  }

  @Test
  void writesVariantsOfOneNameAsTheOneMostArticlesUse() {
    Map<String, Integer> articles =
        Map.of(
            "Goldman, Sachs and Co", 47,
            "Goldman Sachs & Co", 22,
            "Commodity Credit Corporation", 80,
            "Commodity Credit Corp", 16,
            "Organisation for Economic Cooperation and Development", 37,
            "Organization for Economic Cooperation and Development", 11,
            "Securities and Exchange commission", 4,
            "Securities and Exchange Commission", 609,
            "Goldman Sachs", 31);
    assertEquals(
        Map.of(
            "Goldman Sachs & Co", "Goldman, Sachs and Co",
            "Goldman Sachs", "Goldman, Sachs and Co",
            "Commodity Credit Corp", "Commodity Credit Corporation",
            "Organization for Economic Cooperation and Development",
                "Organisation for Economic Cooperation and Development",
            "Securities and Exchange commission", "Securities and Exchange Commission"),
        NameAliases.organizations(articles));
    assertEquals(
        Map.of("Jean Claude Paye", "Jean-Claude Paye"),
        NameAliases.persons(Map.of("Jean-Claude Paye", 5, "Jean Claude Paye", 2)));
    assertEquals(
        Map.of("NEW YORK", "New York"),
        NameAliases.locations(Map.of("New York", 600, "NEW YORK", 1, "York", 9)));
    // accents: news spells a name both ways
    assertEquals(
        Map.of("Zurich", "Zürich"), NameAliases.locations(Map.of("Zürich", 12, "Zurich", 5)));
    assertEquals(
        Map.of("José Müller", "Jose Muller"),
        NameAliases.persons(Map.of("Jose Muller", 3, "José Müller", 1)));
    // letters that do not decompose into a letter and a mark fold too, as the name fields fold them
    assertEquals(
        Map.of("Lech Wałęsa", "Lech Walesa"),
        NameAliases.persons(Map.of("Lech Walesa", 3, "Lech Wałęsa", 2)));
  }

  @Test
  void anOrganizationWhoseLastWordIsWrittenInThePluralIsOneName() {
    assertEquals(
        Map.of(
            "Liberal Democrat", "Liberal Democrats",
            "Tandem Computer", "Tandem Computers Inc",
            "Moody's Investors Services Inc", "Moody's Investors Service Inc"),
        NameAliases.organizations(
            Map.of(
                "Liberal Democrats", 66,
                "Liberal Democrat", 14,
                "Tandem Computers Inc", 7,
                "Tandem Computer", 2,
                "Moody's Investors Service Inc", 150,
                "Moody's Investors Services Inc", 4,
                // one word keeps its plural: a newspaper and a magazine, a club and a car maker
                "Times", 17,
                "Time", 2,
                "Rovers", 4,
                "Rover", 2)));
    // persons and places keep theirs: "Cliff Richards" may be another than Cliff Richard
    assertEquals(Map.of(), NameAliases.persons(Map.of("Cliff Richard", 4, "Cliff Richards", 1)));
  }

  @Test
  void anOrganizationWithOrWithoutItsLegalFormAtTheEndIsOneName() {
    Map<String, Integer> articles =
        Map.of(
            "Kidder, Peabody and Co Inc", 37,
            "Kidder, Peabody and Co", 23,
            "General Motors Corp", 114,
            "General Motors", 20,
            "Merrill Lynch and Co", 19,
            "Merrill Lynch", 80,
            "General Electric Co", 90,
            "General Electric Co Plc", 12,
            "Co", 3);
    assertEquals(
        Map.of(
            "Kidder, Peabody and Co", "Kidder, Peabody and Co Inc",
            "General Motors", "General Motors Corp",
            "Merrill Lynch and Co", "Merrill Lynch"),
        NameAliases.organizations(articles));
    // forms of two words ("Co Ltd"), and names written with a hyphen or a space more or less
    assertEquals(
        Map.of(
            "Nissan Motor", "Nissan Motor Co Ltd",
            "Organisation for Economic Co-operation and Development",
                "Organisation for Economic Cooperation and Development",
            "Hongkong and Shanghai Banking Corp", "Hong Kong and Shanghai Banking Corp"),
        NameAliases.organizations(
            Map.of(
                "Nissan Motor Co Ltd", 5,
                "Nissan Motor", 2,
                "Organisation for Economic Cooperation and Development", 12,
                "Organisation for Economic Co-operation and Development", 1,
                "Hong Kong and Shanghai Banking Corp", 9,
                "Hongkong and Shanghai Banking Corp", 1)));
    // not down to one word: other firms
    assertEquals(
        Map.of(),
        NameAliases.organizations(
            Map.of("HBO and Co", 3, "HBO", 40, "McDonald and Co", 2, "McDonald's Corp", 9)));
    assertEquals(
        Map.of("J.P.Morgan and Co", "J.P. Morgan and Co"),
        NameAliases.organizations(Map.of("J.P. Morgan and Co", 3, "J.P.Morgan and Co", 1)));
    assertEquals(
        Map.of("Hongkong", "Hong Kong"),
        NameAliases.locations(Map.of("Hong Kong", 21, "Hongkong", 1)));
    // and with or without a possessive: "Standard and Poor's index" names "Standard and Poor"
    assertEquals(
        Map.of("Standard and Poor", "Standard and Poor's Corp"),
        NameAliases.organizations(
            Map.of("Standard and Poor's Corp", 140, "Standard and Poor", 30)));
  }

  @Test
  void anAcronymStandsForAllTheVariantsOfItsNameTogether() {
    // split by spelling, neither full name has three quarters of the articles; together they do
    Map<String, Integer> articles =
        Map.of(
            "OPEC", 62,
            "Opec", 1,
            "Organisation of Petroleum Exporting Countries", 11,
            "Organization of Petroleum Exporting Countries", 10,
            "Organization of Producing and Exporting Countries", 1);
    String full = "Organisation of Petroleum Exporting Countries";
    assertEquals(
        Map.of(
            "OPEC", full,
            "Opec", full, // through OPEC, not to it
            "Organization of Petroleum Exporting Countries", full),
        NameAliases.organizations(articles));
  }

  @Test
  void anAcronymLeadsItsOtherWritingsSoThatItStaysAnAcronym() {
    Map<String, Integer> articles =
        Map.of("Nato", 120, "NATO", 100, "North Atlantic Treaty Organization", 50);
    assertEquals(
        Map.of(
            "NATO", "North Atlantic Treaty Organization",
            "Nato", "North Atlantic Treaty Organization"),
        NameAliases.organizations(articles));
  }
}
