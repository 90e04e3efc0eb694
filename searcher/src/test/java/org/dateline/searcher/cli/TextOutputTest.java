package org.dateline.searcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TextOutputTest {

  @Test
  void marksTheHighlightersTagsAndLeavesTheSameCharactersInTheTextAlone() {
    String text = "Llamas are <em>not</em> camels.";
    String highlighted = "<em>Llamas</em> are <em>not</em> camels.";
    assertEquals(
        "[[Llamas]] are <em>not</em> camels.", TextOutput.marked(text, highlighted, "[[", "]]"));
  }

  @Test
  void marksAMatchedWordBetweenTheSameCharactersInTheText() {
    assertEquals(
        "<em>[[llama]]</em> here",
        TextOutput.marked("<em>llama</em> here", "<em><em>llama</em></em> here", "[[", "]]"));
  }

  @Test
  void marksEveryMatchedWordOfAPlainParagraph() {
    assertEquals(
        "[[Troops]] left [[Mosul]].",
        TextOutput.marked(
            "Troops left Mosul.", "<em>Troops</em> left <em>Mosul</em>.", "[[", "]]"));
  }

  @Test
  void marksWhatIsLeftOfAShortenedParagraphAsTheHighlighterWroteIt() {
    assertEquals(
        "[[Troops]] left... ",
        TextOutput.marked("Troops left Mosul.", "<em>Troops</em> left... ", "[[", "]]"));
  }

  @Test
  void printsSmallScoresWithTheirSignificantDigitsNotAsZero() {
    assertEquals("12.346", TextOutput.score(12.3456f));
    assertEquals("0.100", TextOutput.score(0.1f));
    assertEquals("0.0123", TextOutput.score(0.012345f));
    assertEquals("0.0000123", TextOutput.score(1.2345e-5f));
    assertEquals("0.000", TextOutput.score(0f));
  }

  @Test
  void tellsAQueryOfStopWordsOnlyFromOneThatFindsNothing() {
    assertTrue(TextOutput.onlyStopWords("the of"));
    assertFalse(TextOutput.onlyStopWords("the troops"));
    assertTrue(TextOutput.onlyStopWords("\"the\""), "a phrase of stop words");
    assertTrue(TextOutput.onlyStopWords("\u201Cof the\u201D"));
    assertFalse(TextOutput.onlyStopWords("\"\""));
    assertFalse(TextOutput.onlyStopWords("title:the"));
    assertFalse(TextOutput.onlyStopWords(""));
    assertTrue(TextOutput.onlyStopWords("\"the\" AND \"of\""), "stop words under operators");
    assertTrue(TextOutput.onlyStopWords("+the -(of OR and)"));
    assertFalse(TextOutput.onlyStopWords("the AND troops"));
    assertFalse(TextOutput.onlyStopWords("AND OR"), "operators alone are no words");
  }
}
