package org.dateline.indexer.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArticleTest {

  @Test
  void textWithCombiningAccentsIsStoredComposedSoThatItIsFoundAsItIsSpelled() {
    Article a =
        new Article(
            "nfd",
            null,
            "Cafe\u0301 society",
            List.of("Cafe\u0301 in Zu\u0308rich.", "Plain text."),
            java.util.Map.of());
    assertEquals("Caf\u00e9 society", a.title());
    assertEquals(List.of("Caf\u00e9 in Z\u00fcrich.", "Plain text."), a.paragraphs());
    String plain = "Plain text.";
    assertSame(plain, Article.composed(plain), "text without marks is not copied");
  }

  @Test
  void refusesAnIdOfInvisibleCharactersAndCountsIdLengthInCharacters() {
    for (String invisible : List.of("\u00a0", "\u200b\u200b", " \u2003 ")) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> new Article(invisible, null, null, List.of("Text."), Map.of()));
      assertEquals("article id must not be blank", e.getMessage());
    }
    String emoji = "\uD83D\uDCF0".repeat(600);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new Article(emoji, null, null, List.of("Text."), Map.of()));
    assertEquals("article id is 600 characters long; ids are at most 512", e.getMessage());
  }

  @Test
  void writesControlCharactersAsSpacesAndDropsParagraphsLeftBlank() {
    Article a =
        new Article(
            "a",
            null,
            "Title\u0007",
            List.of("Llamas graze\u0000 near camels.", "\u0001\u0002", "Tab\tand\nline stay."),
            Map.of());
    assertEquals(List.of("Llamas graze  near camels.", "Tab\tand\nline stay."), a.paragraphs());
    assertEquals("Title ", a.title());
    assertNull(new Article("b", null, "\u0000", List.of("Text."), Map.of()).title());
  }

  @Test
  void aTitleIsOneLineWhateverLineBreaksTheSourceGaveIt() {
    for (String title :
        List.of(
            "Line one\nLine two",
            "Line one \r\n  Line two\n",
            "Line one\n\n\tLine two",
            "Line one\u2028Line two",
            "\nLine one\rLine two")) {
      Article a = new Article("t", null, title, List.of("Text."), Map.of());
      assertEquals("Line one Line two", a.title(), title);
    }
    assertNull(new Article("t", null, "\n\r\n", List.of("Text."), Map.of()).title());
  }

  @Test
  void anArticleOfControlCharactersOnlyHasNoParagraphs() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Article("c", null, null, List.of("\u0000\u0003"), Map.of()));
  }

  @Test
  void paragraphsAndTitlesOfUnicodeSpacesOnlyAreBlank() {
    Article a =
        new Article(
            "d", null, "\u00a0\u2003", List.of("\u00a0", "\u2003\u202f ", "Text."), Map.of());
    assertEquals(List.of("Text."), a.paragraphs());
    assertNull(a.title());
    assertThrows(
        IllegalArgumentException.class,
        () -> new Article("e", null, null, List.of("\u00a0\u2007"), Map.of()));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Article("f", null, null, List.of("\u200b\ufeff \u200d"), Map.of()));
  }

  @Test
  void aMissingPartIsNamedAndAnArticleOfTooManyParagraphsIsRefused() {
    assertEquals(
        "paragraphs",
        assertThrows(NullPointerException.class, () -> Article.of("x", null, null)).getMessage());
    assertEquals(
        "article x has a null paragraph",
        assertThrows(
                NullPointerException.class,
                () -> Article.of("x", null, java.util.Arrays.asList("a", null)))
            .getMessage());
    assertEquals(
        "metadata",
        assertThrows(
                NullPointerException.class, () -> new Article("x", null, null, List.of("a"), null))
            .getMessage());
    List<String> many = java.util.Collections.nCopies(Paragraphs.MAX_PARAGRAPHS + 1, "p");
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Article.of("x", null, many));
    assertTrue(e.getMessage().startsWith("article x has 10,001 paragraphs"), e.getMessage());
  }

  @Test
  void anIdWithAControlCharacterIsRefused() {
    for (String id : List.of("a\nb", "c\u0000d", "e\tf")) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Article.of(id, null, List.of("x")));
      assertTrue(e.getMessage().contains("holds a control character"), e.getMessage());
    }
    assertEquals(
        "file name with spaces", Article.of("file name with spaces", null, List.of("x")).id());
  }

  @Test
  void refusesADateOutsideTheFourDigitYearsNamingTheArticleTheDateAndTheRange() {
    for (LocalDate date :
        List.of(
            LocalDate.MAX, LocalDate.MIN, LocalDate.of(0, 12, 31), LocalDate.of(10_000, 1, 1))) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class, () -> Article.of("a1", date, List.of("Text.")));
      assertEquals(
          "article a1 is dated " + date + "; dates must be from 0001-01-01 to 9999-12-31",
          e.getMessage());
    }
    assertEquals(
        Article.FIRST_DATE, Article.of("b", LocalDate.of(1, 1, 1), List.of("Text.")).date());
    assertEquals(
        Article.LAST_DATE, Article.of("c", LocalDate.of(9999, 12, 31), List.of("Text.")).date());
  }

  @Test
  void aNullMetadataValueIsNamedOnConstructionNotLeftToIndexing() {
    Map<String, List<String>> nullList = new java.util.HashMap<>();
    nullList.put("url", null);
    Map<String, List<String>> nullValue =
        Map.of("url", java.util.Arrays.asList("https://example.com", null));
    for (Map<String, List<String>> metadata : List.of(nullList, nullValue)) {
      assertEquals(
          "article x has a null value in metadata field 'url'",
          assertThrows(
                  NullPointerException.class,
                  () -> new Article("x", null, null, List.of("a"), metadata))
              .getMessage());
    }
  }
}
