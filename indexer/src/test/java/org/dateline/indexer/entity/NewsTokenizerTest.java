package org.dateline.indexer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NewsTokenizerTest {

  private static List<String> words(String text) {
    return NewsTokenizer.tokenize(text).stream().map(Token::text).toList();
  }

  @Test
  void keepsHyphenatedNamesAndAbbreviationsWhole() {
    assertEquals(
        List.of("Bre-X", "and", "Boutros-Ghali", "met", "Mr.", "Smith", "in", "the", "U.S.", "."),
        words("Bre-X and Boutros-Ghali met Mr. Smith in the U.S.."));
  }

  @Test
  void splitsPossessivesNegationsAndPunctuation() {
    assertEquals(
        List.of("Washington", "’s", "plan", "does", "n't", "work", ",", "“", "he", "said", "”"),
        words("Washington’s plan doesn't work, “he said”"));
  }

  @Test
  void keepsNumbersAndDatesWhole() {
    assertEquals(List.of("1,250.5", "on", "1996-08-22"), words("1,250.5 on 1996-08-22"));
  }

  @Test
  void givesOffsetsIntoTheText() {
    String text = "  Iraq ,Mosul\n";
    for (Token t : NewsTokenizer.tokenize(text)) {
      assertEquals(t.text(), text.substring(t.start(), t.end()));
    }
  }

  @Test
  void splitsSentencesAfterTerminalPunctuationAndQuotes() {
    String text = "He left Iraq. “We agree,” she said. Then the U.S. The end";
    List<Token> tokens = NewsTokenizer.tokenize(text);
    List<int[]> sentences = SentenceSplitter.split(text, tokens);
    assertEquals(4, sentences.size());
  }

  @Test
  void theAbbreviatedFirstNameOfAFirmEndsNoSentence() {
    String text = "The underwriters are Alex. Brown and Sons Inc and PaineWebber Inc.";
    List<Token> tokens = NewsTokenizer.tokenize(text);
    assertEquals("Alex.", tokens.get(3).text());
    assertEquals(1, SentenceSplitter.split(text, tokens).size());
    String name = "The prize went to Alex. The board met on Monday.";
    List<Token> nameTokens = NewsTokenizer.tokenize(name);
    assertEquals("Alex", nameTokens.get(4).text());
    assertEquals(2, SentenceSplitter.split(name, nameTokens).size());
  }

  @Test
  void theDotOfAnAbbreviatedFrenchTitleEndsNoSentence() {
    String text = "HIS SISTER-IN-LAW, MME. NGO DINH NHU, SPOKE. THEY WENT.";
    List<Token> tokens = NewsTokenizer.tokenize(text);
    assertEquals("MME.", tokens.get(3).text());
    assertEquals(2, SentenceSplitter.split(text, tokens).size());
  }

  @Test
  void capsSentenceLength() {
    String text = "word ".repeat(1000);
    List<int[]> sentences = SentenceSplitter.split(text, NewsTokenizer.tokenize(text));
    for (int[] s : sentences) {
      assertEquals(true, s[1] - s[0] <= SentenceSplitter.MAX_SENTENCE_TOKENS);
    }
  }
}
