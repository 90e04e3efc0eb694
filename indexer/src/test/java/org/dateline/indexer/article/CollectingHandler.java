package org.dateline.indexer.article;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Keeps what a reader delivers, for assertions. */
final class CollectingHandler implements ArticleHandler {

  final List<Article> articles = new ArrayList<>();
  final List<Rejection> rejections = new ArrayList<>();

  @Override
  public void accept(Article article) {
    articles.add(article);
  }

  @Override
  public void reject(Rejection rejection) {
    rejections.add(rejection);
  }

  List<String> ids() {
    return articles.stream().map(Article::id).collect(Collectors.toList());
  }

  /** The rejections as compilers print them, one per line, for failure messages. */
  String report() {
    return rejections.stream().map(Rejection::toString).collect(Collectors.joining("\n"));
  }
}
