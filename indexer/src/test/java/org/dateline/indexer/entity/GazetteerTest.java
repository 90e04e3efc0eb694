package org.dateline.indexer.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GazetteerTest {

  private static final Gazetteer GAZETTEER =
      new Gazetteer(
          Map.of(
              "new york", EntityType.LOCATION,
              "new york times", EntityType.ORGANIZATION,
              "york", EntityType.LOCATION,
              "a b c d e f", EntityType.MISC));

  private static String[] match(String sentence) {
    String[] tokens = sentence.split(" ");
    String[] lower = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      lower[i] = TokenShapes.lower(tokens[i]);
    }
    return GAZETTEER.match(tokens, lower);
  }

  @Test
  void matchesTheLongestNameThatStartsWithACapital() {
    assertArrayEquals(
        new String[] {
          null, "B-ORG", "I-ORG", "I-ORG", null, "B-LOC", "I-LOC", null, "U-LOC", null, null
        },
        match("The New York Times in New York , York not york"));
  }

  @Test
  void keepsTheLongestMatchWhenALongerNameBreaksOff() {
    assertArrayEquals(new String[] {"B-LOC", "I-LOC", null, null}, match("New York Time Out"));
    assertArrayEquals(new String[] {null, null}, match("New Jersey"));
  }

  @Test
  void matchesNamesOfUpToSixTokens() {
    assertArrayEquals(
        new String[] {"B-MISC", "I-MISC", "I-MISC", "I-MISC", "I-MISC", "I-MISC"},
        match("A B C D E F"));
  }
}
