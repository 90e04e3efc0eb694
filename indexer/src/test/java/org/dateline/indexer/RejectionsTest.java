package org.dateline.indexer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dateline.indexer.article.Rejection;
import org.junit.jupiter.api.Test;

class RejectionsTest {

  @Test
  void keepsTheFirstOfEverySourceEvenPastTheOverallBound() {
    Rejections r = new Rejections();
    int sources = Rejections.KEPT / Rejections.KEPT_PER_SOURCE + 2;
    for (int s = 0; s < sources; s++) {
      for (int line = 1; line <= 150; line++) {
        r.add(new Rejection("f" + s, line, "bad"));
      }
    }
    assertEquals(sources * 150L, r.total());
    // every source keeps its first ten; the overall bound stops the rest at 10,000
    for (int s = 0; s < sources; s++) {
      String source = "f" + s;
      long kept = r.kept().stream().filter(x -> x.source().equals(source)).count();
      assertEquals(s < Rejections.KEPT / Rejections.KEPT_PER_SOURCE ? 100 : 10, kept, source);
      assertEquals(150L, r.bySource().get(source));
    }
  }

  @Test
  void countsTheSourcesPastTheBoundTogether() {
    Rejections r = new Rejections();
    for (int s = 0; s < Rejections.SOURCES + 5; s++) {
      r.add(new Rejection("f" + s, 1, "bad"));
    }
    assertEquals(Rejections.SOURCES + 1, r.bySource().size());
    assertEquals(5L, r.bySource().get(Rejections.OTHER_SOURCES));
    assertEquals(Rejections.SOURCES + 5L, r.total());
  }
}
