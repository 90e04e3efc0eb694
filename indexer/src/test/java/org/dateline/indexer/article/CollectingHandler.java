package org.dateline.indexer.article;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Keeps what a reader delivers, for assertions. */
final class CollectingHandler implements ArticleHandler {

  final List<Article> articles = new ArrayList<>();
  final List<Rejection> rejections = new ArrayList<>();

  /** Per article, the line its reader said it starts on (0 when it said none). */
  final List<Integer> lines = new ArrayList<>();

  @Override
  public void accept(Article article) {
    accept(article, 0);
  }

  @Override
  public void accept(Article article, int line) {
    articles.add(article);
    lines.add(line);
  }

  /** Files left unread in folders because the format given does not take them. */
  final List<java.nio.file.Path> skipped = new ArrayList<>();

  @Override
  public void reject(Rejection rejection) {
    rejections.add(rejection);
  }

  @Override
  public void skipped(java.nio.file.Path file) {
    skipped.add(file);
  }

  /** Per record passed over (no text to index), the line it starts on. */
  final List<Integer> passedOver = new ArrayList<>();

  @Override
  public void passedOver(String source, int line) {
    passedOver.add(line);
  }

  List<String> ids() {
    return articles.stream().map(Article::id).collect(Collectors.toList());
  }

  /** The rejections as compilers print them, one per line, for failure messages. */
  String report() {
    return rejections.stream().map(Rejection::toString).collect(Collectors.joining("\n"));
  }
}
