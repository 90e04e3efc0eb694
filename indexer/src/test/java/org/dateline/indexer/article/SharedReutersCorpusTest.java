package org.dateline.indexer.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.dateline.indexer.testing.RequiresShared;
import org.dateline.indexer.testing.SharedCorpora;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Reads the whole Reuters-21578 corpus from {@code ../shared}; skipped visibly without it. */
@RequiresShared("corpora/reuters21578")
@Tag("shared-corpora")
class SharedReutersCorpusTest {

  private static CollectingHandler corpus;
  private static long millis;

  @BeforeAll
  static void readCorpus() throws IOException {
    Path folder = SharedCorpora.require("corpora/reuters21578");
    corpus = new CollectingHandler();
    long start = System.nanoTime();
    new ArticleSources(ArticleFormats.forName("reuters")).read(List.of(folder), corpus);
    millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "Reuters-21578: %,d articles, %,d paragraphs read in %,d ms%n",
        corpus.articles.size(), paragraphs(), millis);
  }

  private static long paragraphs() {
    return corpus.articles.stream().mapToLong(a -> a.paragraphs().size()).sum();
  }

  @Test
  void readsEveryArticleButTheBriefsAndRejectsNothing() {
    assertEquals(List.of(), corpus.rejections, corpus.report());
    // 19,043 with a body, 736 unprocessed; passed over: 1,798 briefs and one empty story
    assertEquals(19_779, corpus.articles.size());
    assertEquals(1_799, corpus.passedOver.size());
  }

  @Test
  void readsTheUnprocessedStoriesOfReut2013() throws IOException {
    Path file = SharedCorpora.require("corpora/reuters21578").resolve("reut2-013.sgm");
    CollectingHandler handler = new CollectingHandler();
    new ReutersSgmlReader().read(file, handler);
    assertEquals(List.of(), handler.rejections, handler.report());
    assertEquals(1_000 - 28, handler.articles.size(), "all but the 28 briefs");
    assertEquals(28, handler.passedOver.size());
    Article drugs =
        handler.articles.stream().filter(a -> a.id().equals("13160")).findFirst().orElseThrow();
    assertEquals("DRUG COMPANIES =6 NEW YORK", drugs.title());
    assertEquals(LocalDate.of(1987, 4, 3), drugs.date());
    assertEquals(List.of("usa"), drugs.metadata().get("places"));
    assertTrue(
        String.join(" ", drugs.paragraphs()).contains("Maybelline cosmetics"), drugs.toString());
    assertEquals(11, drugs.paragraphs().size(), drugs.toString());
  }

  /** A sign-off left at the end of a paragraph: after a space that follows no letter. */
  private static final Pattern SIGN_OFF =
      Pattern.compile("(?:^|[^\\p{L}\\s]\\s+|\\s{2,})(?i:reuters?)\\b[^a-z]{0,12}$");

  /** The wire's continuation marker left as a paragraph or after a paragraph's last sentence. */
  private static final Pattern MARKER = Pattern.compile("(?:^|[.!?][\"')]?\\s+)(?i:more)$");

  @Test
  void givesAbout107ThousandParagraphsNoneOfThemTheSignOffOrAContinuationMarker() {
    assertEquals(106_706, paragraphs());
    for (Article a : corpus.articles) {
      for (String p : a.paragraphs()) {
        assertFalse(SIGN_OFF.matcher(p).find(), a.id() + ": " + p);
        assertFalse(MARKER.matcher(p).find(), a.id() + ": " + p);
        assertFalse(p.endsWith(" REUTE") || p.endsWith(" RUTER"), a.id() + ": " + p);
        assertTrue(!p.contains("&#") && !p.contains("&lt;") && !p.contains("<BODY"), a.id());
      }
    }
  }

  @Test
  void usesNewIdsAsUniqueArticleIds() {
    Set<String> ids = new HashSet<>(corpus.ids());
    assertEquals(corpus.articles.size(), ids.size());
    assertEquals("1", corpus.articles.get(0).id());
  }

  @Test
  void readsDatesTitlesAndTagsOfTheFirstArticle() {
    Article first = corpus.articles.get(0);
    assertEquals(LocalDate.of(1987, 2, 26), first.date());
    assertEquals("BAHIA COCOA REVIEW", first.title());
    assertEquals(List.of("cocoa"), first.metadata().get("topics"));
    assertEquals(List.of("el-salvador", "usa", "uruguay"), first.metadata().get("places"));
  }

  @Test
  void datesEveryArticleIn1987() {
    for (Article a : corpus.articles) {
      assertEquals(1987, a.date().getYear(), a.id());
    }
  }

  @Test
  void readsTheCorpusInWellUnderTenSeconds() {
    assertTrue(millis < 10_000, "reading took " + millis + " ms");
  }
}
