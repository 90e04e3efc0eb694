package org.dateline.searcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.dateline.indexer.ArticleIndexer;
import org.dateline.indexer.IndexerOptions;
import org.dateline.indexer.IndexingJob;
import org.dateline.indexer.entity.StatisticalEntityExtractor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles and runs the embedding example exactly as the README shows it. */
class ReadmeExampleTest {

  @TempDir Path tmp;

  static String example() throws Exception {
    String readme = Files.readString(Paths.get("..", "README.md"), StandardCharsets.UTF_8);
    int start = readme.indexOf("<!-- readme-example:start -->");
    int end = readme.indexOf("<!-- readme-example:end -->");
    assertTrue(start >= 0 && end > start, "README has the example markers");
    String block = readme.substring(start, end);
    return block.substring(block.indexOf("```java") + 7, block.lastIndexOf("```"));
  }

  @Test
  void readmeEmbeddingExampleCompilesAndFindsTheSeedArticle() throws Exception {
    Path index = tmp.resolve("index");
    try (ArticleIndexer indexer =
        ArticleIndexer.open(index, IndexerOptions.defaults(StatisticalEntityExtractor.shared()))) {
      new IndexingJob(indexer, 1, 0, null).run(List.of(Paths.get("..", "seeds")), null, false);
    }
    Path src = Files.createDirectories(tmp.resolve("src"));
    Files.writeString(src.resolve("EmbeddingExample.java"), example());
    Path classes = Files.createDirectories(tmp.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int rc =
        javac.run(
            null,
            diagnostics,
            diagnostics,
            "-classpath",
            System.getProperty("java.class.path"),
            "-d",
            classes.toString(),
            src.resolve("EmbeddingExample.java").toString());
    assertEquals(0, rc, diagnostics.toString(StandardCharsets.UTF_8));

    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader())) {
      Method main = loader.loadClass("EmbeddingExample").getMethod("main", String[].class);
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      main.invoke(null, (Object) new String[] {index.toString()});
    } finally {
      System.setOut(saved);
    }
    String out = printed.toString(StandardCharsets.UTF_8);
    assertTrue(out.startsWith("1 articles\n000_04c7bd04d78f40db 2020-06-12 "), out);
    assertTrue(out.contains("<em>"), out);
    assertTrue(out.contains("David Hale: 1"), out);
  }
}
