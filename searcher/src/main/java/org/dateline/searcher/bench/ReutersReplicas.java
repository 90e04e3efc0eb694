package org.dateline.searcher.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.dateline.indexer.IndexingJob;
import org.dateline.indexer.article.Article;
import org.dateline.indexer.article.ArticleFormats;
import org.dateline.indexer.article.ArticleHandler;
import org.dateline.indexer.article.ArticleSources;
import org.dateline.indexer.article.Rejection;

/**
 * Reuters-21578 held in memory and replicated: copy {@code k} of an article has id {@code NEWID-k}
 * and its date moved {@code k} years on, so every copy is a distinct article in a distinct year.
 * The corpus is read once, before any timing starts; copies share the paragraph strings.
 */
final class ReutersReplicas {

  private final List<Article> originals;
  private final int copies;

  private ReutersReplicas(List<Article> originals, int copies) {
    this.originals = originals;
    this.copies = copies;
  }

  /**
   * Reads the articles (all but the briefs, which hold a headline only) of a Reuters-21578 folder.
   */
  static ReutersReplicas read(Path folder, int copies) throws IOException {
    if (copies < 1) {
      throw new IllegalArgumentException("copies (" + copies + ") must be at least 1");
    }
    List<Article> articles = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    new ArticleSources(ArticleFormats.forName("reuters"))
        .read(
            List.of(folder),
            new ArticleHandler() {
              @Override
              public void accept(Article article) {
                articles.add(article);
              }

              @Override
              public void reject(Rejection rejection) {
                rejections.add(rejection);
              }
            });
    if (articles.isEmpty()) {
      throw new IllegalArgumentException(
          "no Reuters-21578 articles in " + folder + "; give the folder of reut2-*.sgm files");
    }
    return new ReutersReplicas(List.copyOf(articles), copies);
  }

  /** The articles as read, before replication. */
  List<Article> originals() {
    return originals;
  }

  int copies() {
    return copies;
  }

  long articles() {
    return (long) originals.size() * copies;
  }

  long paragraphs() {
    long n = 0;
    for (Article a : originals) {
      n += a.paragraphs().size();
    }
    return n * copies;
  }

  /** UTF-8 bytes of paragraph text, all copies. */
  long textBytes() {
    long n = 0;
    for (Article a : originals) {
      for (String p : a.paragraphs()) {
        n += p.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    return n * copies;
  }

  /** Copy {@code k} (from 0) of the {@code i}-th article. */
  Article get(long index) {
    int k = (int) (index / originals.size());
    Article a = originals.get((int) (index % originals.size()));
    return new Article(
        a.id() + "-" + k,
        a.date() == null ? null : a.date().plusYears(k),
        a.title(),
        a.paragraphs(),
        a.metadata());
  }

  /** Every copy of every article, for {@link IndexingJob}; one "file" per copy. */
  IndexingJob.ArticleFeed feed() {
    return (handler, progress) -> {
      long total = articles();
      for (long i = 0; i < total; i++) {
        handler.accept(get(i));
        if ((i + 1) % originals.size() == 0) {
          progress.filesDone((i + 1) / originals.size(), copies);
        }
      }
    };
  }
}
