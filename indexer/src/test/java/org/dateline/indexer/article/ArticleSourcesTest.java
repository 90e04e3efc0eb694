package org.dateline.indexer.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleSourcesTest {

  @TempDir Path dir;

  private final List<Article> articles = new ArrayList<>();
  private final List<Rejection> rejections = new ArrayList<>();
  private final ArticleHandler handler =
      new ArticleHandler() {
        @Override
        public void accept(Article article) {
          articles.add(article);
        }

        @Override
        public void reject(Rejection rejection) {
          rejections.add(rejection);
        }
      };

  @Test
  void readsFolderTreesInPathOrderAndSkipsHiddenFiles() throws IOException {
    Files.createDirectories(dir.resolve("b/c"));
    Files.writeString(dir.resolve("b/c/z.txt"), "date 2020-01-03 Z.");
    Files.writeString(dir.resolve("a.txt"), "date 2020-01-01 A.");
    Files.writeString(dir.resolve("b/m.txt"), "date 2020-01-02 M.");
    Files.writeString(dir.resolve(".hidden.txt"), "not an article");
    new ArticleSources(null).read(List.of(dir), handler);
    assertEquals(List.of("a", "z", "m"), articles.stream().map(Article::id).toList());
    assertEquals(List.of(), rejections);
  }

  @Test
  void rejectsBadFilesWithNameAndReasonAndReadsTheRest() throws IOException {
    Files.writeString(dir.resolve("good.txt"), "date 2020-01-01 Good.");
    Files.writeString(dir.resolve("nodate.txt"), "No date here.");
    Files.writeString(dir.resolve("baddate.txt"), "date 2020-13-45 Bad.");
    new ArticleSources(null).read(List.of(dir), handler);
    assertEquals(List.of("good"), articles.stream().map(Article::id).toList());
    assertEquals(2, rejections.size());
    assertTrue(rejections.get(0).toString().contains("baddate.txt:1: "), rejections.toString());
    assertTrue(rejections.get(1).toString().contains("nodate.txt:1: "), rejections.toString());
  }

  @Test
  void reportsMissingPath() throws IOException {
    new ArticleSources(null).read(List.of(dir.resolve("nope")), handler);
    assertEquals("no such file or folder", rejections.get(0).reason());
  }

  @Test
  void reportsSymbolicLinkLoopInsteadOfFollowingIt() throws IOException {
    Files.createDirectories(dir.resolve("a"));
    Files.writeString(dir.resolve("a/x.txt"), "date 2020-01-01 X.");
    Files.createSymbolicLink(dir.resolve("a/loop"), dir.resolve("a"));
    new ArticleSources(null).read(List.of(dir), handler);
    assertEquals(List.of("x"), articles.stream().map(Article::id).toList());
    assertEquals(1, rejections.size());
    assertTrue(rejections.get(0).reason().contains("loop"), rejections.toString());
  }

  @Test
  void acceptsFileNamesWithSpacesQuotesAndNonAscii() throws IOException {
    Files.writeString(dir.resolve("it's a \"Ünïcödé\" file.txt"), "date 2020-01-01 Text.");
    new ArticleSources(null).read(List.of(dir), handler);
    assertEquals("it's a \"Ünïcödé\" file", articles.get(0).id());
  }
}
