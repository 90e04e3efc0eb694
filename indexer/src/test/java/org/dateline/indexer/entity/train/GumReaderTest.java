package org.dateline.indexer.entity.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.indexer.entity.Entity;
import org.dateline.indexer.entity.EntityType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gold names from GUM-style CoNLL-U, on sentences written for this test. */
class GumReaderTest {

  @TempDir Path dir;

  private GumReader.Article read(String... tokenLines) throws IOException {
    StringBuilder sb = new StringBuilder("# newdoc id = test\n# newpar\n");
    for (String line : tokenLines) {
      sb.append(line.isEmpty() ? "" : line.replace(' ', '\t')).append('\n');
    }
    Path file = dir.resolve("GUM_news_test.conllu");
    Files.writeString(file, sb, StandardCharsets.UTF_8);
    return GumReader.read(file);
  }

  /** A token line: id, word, coarse and Penn tag, misc column. */
  private static String token(int id, String word, String upos, String xpos, String misc) {
    return id + " " + word + " " + word + " " + upos + " " + xpos + " _ 0 dep _ " + misc;
  }

  @Test
  void personNamesLoseTitlesAndNamesBeforeThemButKeepHyphenatedParts() throws IOException {
    GumReader.Article a =
        read(
            token(1, "Space", "PROPN", "NNP", "Entity=(1-person-new(2-organization-new"),
            token(2, "Agency", "PROPN", "NNP", "Entity=2)"),
            token(3, "Administrator", "PROPN", "NNP", "_"),
            token(4, "Lee", "PROPN", "NNP", "_"),
            token(5, "Wai", "PROPN", "NNP", "SpaceAfter=No"),
            token(6, "-", "PUNCT", "HYPH", "SpaceAfter=No"),
            token(7, "ming", "PROPN", "NNP", "Entity=1)"),
            token(8, "spoke", "VERB", "VBD", "SpaceAfter=No"),
            token(9, ".", "PUNCT", ".", "_"),
            "");
    assertEquals("Space Agency Administrator Lee Wai-ming spoke.", a.paragraphs().get(0));
    assertEquals(
        List.of(
            new Entity(EntityType.ORGANIZATION, "Space Agency", 0, 12),
            new Entity(EntityType.PERSON, "Lee Wai-ming", 27, 39)),
        a.names().get(0));
  }

  @Test
  void aPluralPersonMentionIsAGroupNotAName() throws IOException {
    GumReader.Article a =
        read(
            token(1, "The", "DET", "DT", "Entity=(1-person-new"),
            token(2, "Martians", "PROPN", "NNPS", "Entity=1)"),
            token(3, "met", "VERB", "VBD", "_"),
            token(4, "Ann", "PROPN", "NNP", "Entity=(2-person-new)|SpaceAfter=No"),
            token(5, ".", "PUNCT", ".", "_"),
            "");
    assertEquals(List.of(new Entity(EntityType.PERSON, "Ann", 17, 20)), a.names().get(0));
  }

  @Test
  void aPlaceNameKeepsItsJoiningWordsAndLosesTheArticle() throws IOException {
    GumReader.Article a =
        read(
            token(1, "the", "DET", "DT", "Entity=(1-place-new"),
            token(2, "Isle", "PROPN", "NNP", "_"),
            token(3, "of", "ADP", "IN", "_"),
            token(4, "Man", "PROPN", "NNP", "Entity=1)"),
            "");
    assertEquals(List.of(new Entity(EntityType.LOCATION, "Isle of Man", 4, 15)), a.names().get(0));
  }

  @Test
  void aMentionGivesTheNameThatIsNotAnotherMentionsAndNothingWhenItHoldsTwo() throws IOException {
    GumReader.Article a =
        read(
            token(1, "Ann", "PROPN", "NNP", "Entity=(1-person-new"),
            token(2, "Lee", "PROPN", "NNP", "_"),
            token(3, "of", "ADP", "IN", "_"),
            token(4, "Acme", "PROPN", "NNP", "Entity=(2-organization-new)"),
            token(5, "in", "ADP", "IN", "_"),
            token(6, "Springfield", "PROPN", "NNP", "Entity=(3-place-new|SpaceAfter=No"),
            token(7, ",", "PUNCT", ",", "_"),
            token(8, "Ohio", "PROPN", "NNP", "Entity=(4-place-new)3)1)"),
            token(9, "and", "CCONJ", "CC", "Entity=(5-organization-new"),
            token(10, "Foo", "PROPN", "NNP", "_"),
            token(11, "or", "CCONJ", "CC", "_"),
            token(12, "Bar", "PROPN", "NNP", "Entity=5)"),
            "");
    assertEquals("Ann Lee of Acme in Springfield, Ohio and Foo or Bar", a.paragraphs().get(0));
    assertEquals(
        List.of(
            new Entity(EntityType.PERSON, "Ann Lee", 0, 7),
            new Entity(EntityType.ORGANIZATION, "Acme", 11, 15),
            new Entity(EntityType.LOCATION, "Springfield", 19, 30),
            new Entity(EntityType.LOCATION, "Ohio", 32, 36)),
        a.names().get(0));
  }
}
