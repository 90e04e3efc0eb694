package org.dateline.indexer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class NameAliasesTest {

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
    assertEquals(null, NameAliases.initials("Reuters"));
    assertEquals(null, NameAliases.initials("eBay Inc"));
    assertEquals("UN", NameAliases.acronym("U.N."));
    assertEquals(null, NameAliases.acronym("Fed"));
    assertEquals(null, NameAliases.acronym("CONFEDERATION"));
  }
}
