package org.dateline.indexer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SurnameAliasesTest {

  @Test
  void mapsASurnameToTheFullNameMostArticlesUse() {
    Map<String, Integer> articles =
        Map.of("Reagan", 529, "Ronald Reagan", 24, "Nancy Reagan", 1, "Michael Reagan", 1);
    assertEquals(Map.of("Reagan", "Ronald Reagan"), SurnameAliases.of(articles));
  }

  @Test
  void mapsToADominantFullNameEvenWhenAnotherIsNamedToo() {
    Map<String, Integer> articles =
        Map.of("Baker", 17, "James Baker", 214, "Howard Baker", 29, "Jim Baker", 1);
    assertEquals(Map.of("Baker", "James Baker"), SurnameAliases.of(articles));
  }

  @Test
  void keepsASurnameSharedByFullNamesWithoutADominantOne() {
    Map<String, Integer> articles =
        Map.of("Johnson", 9, "Manuel Johnson", 16, "Paul Johnson", 4, "William Johnson", 4);
    assertEquals(Map.of(), SurnameAliases.of(articles));
  }

  @Test
  void keepsASurnameWhoseFullNameIsInOneArticleOnly() {
    assertEquals(Map.of(), SurnameAliases.of(Map.of("Jones", 30, "Tom Jones", 1)));
    assertEquals(
        Map.of("Jones", "Tom Jones"),
        SurnameAliases.of(Map.of("Jones", 30, "Tom Jones", SurnameAliases.MIN_ARTICLES)));
  }

  @Test
  void matchesTheLastWordOnlyAndLeavesFullNamesAlone() {
    Map<String, Integer> articles =
        Map.of("Ronald", 5, "Ronald Reagan", 24, "Karl Otto Poehl", 34, "Poehl", 3, "Otto", 2);
    assertEquals(Map.of("Poehl", "Karl Otto Poehl"), SurnameAliases.of(articles));
  }
}
