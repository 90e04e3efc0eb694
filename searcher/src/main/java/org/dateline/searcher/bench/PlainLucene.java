package org.dateline.searcher.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.dateline.indexer.article.Article;

/**
 * The floor Dateline is measured against: plain Lucene, one document per paragraph with one stored
 * text field analyzed by {@link EnglishAnalyzer}, default settings but for the same RAM buffer as
 * Dateline's, several threads adding documents, one commit at the end.
 */
final class PlainLucene {

  /** The one field of the plain index. */
  static final String FIELD = "text";

  private PlainLucene() {}

  static Analyzer analyzer() {
    return new EnglishAnalyzer();
  }

  /**
   * Indexes every paragraph of every copy with {@code threads} threads, then commits and closes.
   */
  static void index(ReutersReplicas corpus, Path dir, int threads, double ramBufferMb)
      throws IOException, InterruptedException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer());
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(ramBufferMb);
    try (FSDirectory fs = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(fs, config)) {
      AtomicLong next = new AtomicLong();
      long total = corpus.articles();
      List<Thread> workers = new ArrayList<>();
      List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
      for (int t = 0; t < threads; t++) {
        Thread worker =
            new Thread(
                () -> {
                  try {
                    for (long i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
                      Article a = corpus.get(i);
                      for (String paragraph : a.paragraphs()) {
                        Document d = new Document();
                        d.add(new TextField(FIELD, paragraph, Field.Store.YES));
                        writer.addDocument(d);
                      }
                    }
                  } catch (IOException e) {
                    failures.add(new UncheckedIOException(e));
                  } catch (RuntimeException e) {
                    failures.add(e);
                  }
                },
                "lucene-indexer-" + t);
        worker.start();
        workers.add(worker);
      }
      for (Thread w : workers) {
        w.join();
      }
      if (!failures.isEmpty()) {
        throw new IOException("plain Lucene indexing failed", failures.get(0));
      }
      writer.commit();
    }
  }
}
