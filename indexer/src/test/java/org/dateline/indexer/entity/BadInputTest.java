package org.dateline.indexer.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BadInputTest {

  private static final EntityExtractor EXTRACTOR = StatisticalEntityExtractor.shared();

  @Test
  void findsNothingInEmptyText() {
    assertEquals(List.of(), EXTRACTOR.extract(""));
    assertEquals(List.of(), EXTRACTOR.extract("   \n\n  "));
    assertEquals(List.of(), EXTRACTOR.extractArticle(List.of()));
  }

  @Test
  void findsNothingInTextWithoutLetters() {
    assertEquals(List.of(), EXTRACTOR.extract("1996-08-22 12,500 $ 3.5 % ... --- !!! ???"));
  }

  @Test
  void handlesAMegabyteWithoutSentenceEndInBoundedTime() {
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 1_000_000) {
      sb.append("and Paris said that London would wait for Berlin ");
    }
    List<Entity> entities =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> EXTRACTOR.extract(sb.toString()));
    assertTrue(entities.size() > 1000, "found " + entities.size());
  }

  @Test
  void handlesNonLatinScriptsWithoutException() {
    String text =
        "日本の首相は東京で記者会見を行った。"
            + " Президент России выступил в Москве. "
            + "قال الرئيس في القاهرة إن المحادثات ستستمر "
            + "🙂🙂 ".repeat(100)
            + "東".repeat(10_000);
    List<Entity> entities =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> EXTRACTOR.extract(text));
    for (Entity e : entities) {
      assertEquals(e.text(), text.substring(e.start(), e.end()));
    }
  }
}
