package org.dateline.indexer.entity.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.dateline.indexer.entity.Entity;
import org.dateline.indexer.entity.EntityType;
import org.dateline.indexer.entity.LabeledDocument;
import org.dateline.indexer.entity.TokenSpan;
import org.junit.jupiter.api.Test;

class NerEvaluationTest {

  @Test
  void inCapitalsUpperCasesEveryTokenAndKeepsTheGoldNames() {
    List<TokenSpan> names = List.of(new TokenSpan(0, 2, EntityType.PERSON));
    LabeledDocument d =
        new LabeledDocument(
            List.<String[]>of(new String[] {"Peter", "Blackburn", "said", "so"}), List.of(names));
    LabeledDocument upper = NerEvaluation.inCapitals(List.of(d)).get(0);
    assertArrayEquals(new String[] {"PETER", "BLACKBURN", "SAID", "SO"}, upper.sentences().get(0));
    assertEquals(List.of(names), upper.names());
  }

  @Test
  void articlesInCapitalsKeepTheNamesOffsets() {
    String text = "Straße in Köln, said Müller.";
    GumReader.Article a =
        new GumReader.Article(
            "a",
            List.of(text),
            List.of(
                List.of(
                    new Entity(EntityType.LOCATION, "Köln", 10, 14),
                    new Entity(EntityType.PERSON, "Müller", 21, 27))));
    GumReader.Article upper = NerEvaluation.articlesInCapitals(List.of(a)).get(0);
    String capitals = upper.paragraphs().get(0);
    assertEquals("STRAßE IN KÖLN, SAID MÜLLER.", capitals);
    for (Entity e : upper.names().get(0)) {
      assertEquals(e.text(), capitals.substring(e.start(), e.end()));
    }
  }
}
