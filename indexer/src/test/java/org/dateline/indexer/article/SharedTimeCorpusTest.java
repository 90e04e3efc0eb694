package org.dateline.indexer.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dateline.indexer.testing.RequiresShared;
import org.dateline.indexer.testing.SharedCorpora;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Reads the TIME collection folder from {@code ../shared} as {@code dateline index --format time}
 * does; skipped visibly without it.
 */
@RequiresShared("corpora/time")
@Tag("shared-corpora")
class SharedTimeCorpusTest {

  private static Path folder;
  private static CollectingHandler corpus;

  @BeforeAll
  static void readCorpus() throws IOException {
    folder = SharedCorpora.require("corpora/time");
    corpus = new CollectingHandler();
    new ArticleSources(ArticleFormats.forName("time")).read(List.of(folder), corpus);
  }

  @Test
  void reads423ArticlesFromTheFolderAndSkipsTheQueryAndJudgmentFiles() {
    assertEquals(List.of(), corpus.rejections, corpus.report());
    assertEquals(423, corpus.articles.size());
  }

  @Test
  void givesTheIdsDatesAndPagesListedInDocidsTsv() throws IOException {
    List<String> rows = Files.readAllLines(folder.resolve("time.docids.tsv"));
    List<String> expected = new ArrayList<>();
    for (String row : rows.subList(1, rows.size())) {
      String[] f = row.split("\t");
      String[] mdy = f[2].split("/");
      LocalDate date =
          LocalDate.of(
              1900 + Integer.parseInt(mdy[2]), Integer.parseInt(mdy[0]), Integer.parseInt(mdy[1]));
      expected.add(f[1] + " " + date + " " + f[3]);
    }
    List<String> actual = new ArrayList<>();
    for (Article a : corpus.articles) {
      actual.add(a.id() + " " + a.date() + " " + a.metadata().get("page").get(0));
    }
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), actual.get(i), "article at position " + (i + 1));
    }
    assertEquals("017", corpus.articles.get(0).id());
  }

  @Test
  void givesEachArticleOneParagraphAndNoTitle() {
    for (Article a : corpus.articles) {
      assertEquals(1, a.paragraphs().size(), a.id());
      assertNull(a.title(), a.id());
    }
  }
}
