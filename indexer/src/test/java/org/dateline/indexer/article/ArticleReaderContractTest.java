package org.dateline.indexer.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every article format must do, checked on a small sample each subclass writes in its own
 * words. Samples are read the way the CLI reads them: through {@link ArticleSources} with the
 * format given.
 */
abstract class ArticleReaderContractTest {

  /** One article the sample must yield, in reading order. */
  record Expected(String id, LocalDate date, int paragraphs) {}

  /**
   * A sample with bad records: which file and lines must be rejected, which articles still read.
   */
  record BadSample(Path input, Path badFile, List<Integer> badLines, List<String> goodIds) {}

  private static final Pattern MARKUP =
      Pattern.compile(
          "</?[A-Za-z][A-Za-z0-9]*>|<[A-Za-z]+\\s+[A-Za-z]+=\"|&(lt|gt|amp|quot|apos|#\\d+|#x\\p{XDigit}+);");

  private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x1F\\x7F]");

  @TempDir Path dir;

  abstract ArticleReader reader();

  /** Writes a valid sample under {@code dir}; returns the file or folder to read. */
  abstract Path writeSample(Path dir) throws IOException;

  /** The articles the sample holds, in reading order. */
  abstract List<Expected> expected();

  /** Writes a sample with bad records among good ones. */
  abstract BadSample writeBadSample(Path dir) throws IOException;

  /** Writes an empty file named as this format's files are; returns it. */
  abstract Path writeEmptyFile(Path dir) throws IOException;

  /**
   * Whether an empty file is a rejected input, as it is in every format but JSON Lines, where a
   * feed's file of no records is sound.
   */
  abstract boolean rejectsAnEmptyFile();

  private CollectingHandler read(Path input) throws IOException {
    CollectingHandler handler = new CollectingHandler();
    new ArticleSources(reader()).read(List.of(input), handler);
    return handler;
  }

  private CollectingHandler readSample() throws IOException {
    CollectingHandler handler = read(writeSample(dir));
    assertEquals(List.of(), handler.rejections, handler.report());
    return handler;
  }

  @Test
  void readsEveryArticleOfTheSampleInOrder() throws IOException {
    List<String> ids = expected().stream().map(Expected::id).collect(Collectors.toList());
    assertEquals(ids, readSample().ids());
  }

  @Test
  void tellsTheLineEachArticleStartsOnInIncreasingOrder() throws IOException {
    List<Integer> lines = readSample().lines;
    assertTrue(lines.stream().allMatch(l -> l >= 1), lines.toString());
    for (int i = 1; i < lines.size(); i++) {
      assertTrue(lines.get(i) > lines.get(i - 1) || lines.get(i) == 1, lines.toString());
    }
  }

  @Test
  void givesUniqueNonBlankIds() throws IOException {
    List<String> ids = readSample().ids();
    Set<String> unique = new HashSet<>(ids);
    assertEquals(ids.size(), unique.size(), "duplicate ids in " + ids);
    assertTrue(ids.stream().noneMatch(String::isBlank), ids.toString());
  }

  @Test
  void givesNonEmptyTrimmedParagraphsInTheExpectedNumber() throws IOException {
    List<Article> articles = readSample().articles;
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      assertEquals(expected().get(i).paragraphs(), a.paragraphs().size(), a.id() + ": " + a);
      for (String p : a.paragraphs()) {
        assertFalse(p.isBlank(), a.id());
        assertEquals(p.strip(), p, a.id() + " has an untrimmed paragraph");
      }
    }
  }

  @Test
  void leavesNoMarkupEntitiesOrControlCharacters() throws IOException {
    for (Article a : readSample().articles) {
      List<String> texts = new ArrayList<>(a.paragraphs());
      if (a.title() != null) {
        texts.add(a.title());
      }
      for (String text : texts) {
        assertFalse(MARKUP.matcher(text).find(), a.id() + " keeps markup: " + text);
        assertFalse(CONTROL.matcher(text).find(), a.id() + " keeps a control character: " + text);
      }
    }
  }

  @Test
  void readsTheExpectedDates() throws IOException {
    List<Article> articles = readSample().articles;
    for (int i = 0; i < articles.size(); i++) {
      assertEquals(expected().get(i).date(), articles.get(i).date(), articles.get(i).id());
    }
  }

  @Test
  void rejectsBadRecordsWithFileAndLineAndReadsTheRest() throws IOException {
    BadSample bad = writeBadSample(dir);
    CollectingHandler handler = read(bad.input());
    assertEquals(bad.goodIds(), handler.ids(), handler.report());
    List<Integer> lines =
        handler.rejections.stream().map(Rejection::line).collect(Collectors.toList());
    assertEquals(bad.badLines(), lines, handler.report());
    for (Rejection r : handler.rejections) {
      assertEquals(bad.badFile(), Path.of(r.source()), r.toString());
      assertFalse(r.reason().isBlank(), r.toString());
    }
  }

  @Test
  void readsFilesThatStartWithAUtf8ByteOrderMarkAsWithout() throws IOException {
    Path sample = writeSample(dir);
    CollectingHandler plain = read(sample);
    List<Path> files = new ArticleSources(reader()).listFiles(List.of(sample), plain);
    for (Path file : files) {
      // as an editor saving "UTF-8 with BOM" writes it
      byte[] bytes = java.nio.file.Files.readAllBytes(file);
      byte[] marked = new byte[bytes.length + 3];
      marked[0] = (byte) 0xEF;
      marked[1] = (byte) 0xBB;
      marked[2] = (byte) 0xBF;
      System.arraycopy(bytes, 0, marked, 3, bytes.length);
      java.nio.file.Files.write(file, marked);
    }
    CollectingHandler marked = read(sample);
    assertEquals(List.of(), marked.rejections, marked.report());
    assertEquals(plain.articles, marked.articles);
    assertEquals(plain.lines, marked.lines);
  }

  @Test
  void readsAnEmptyFileAsNoArticlesAndNamesItInItsRejection() throws IOException {
    Path empty = writeEmptyFile(dir);
    CollectingHandler handler = read(empty);
    assertEquals(List.of(), handler.articles);
    assertEquals(rejectsAnEmptyFile() ? 1 : 0, handler.rejections.size(), handler.report());
    for (Rejection r : handler.rejections) {
      assertEquals(empty, Path.of(r.source()), r.toString());
    }
  }

  @Test
  void isKnownByItsName() {
    assertSame(reader().getClass(), ArticleFormats.forName(reader().name()).getClass());
  }

  @Test
  void detectsTheSampleFilesAsThisFormat() throws IOException {
    Path sample = writeSample(dir);
    List<Path> files =
        new ArticleSources(reader()).listFiles(List.of(sample), new CollectingHandler());
    assertFalse(files.isEmpty());
    for (Path file : files) {
      assertEquals(reader().name(), ArticleFormats.detect(file).name(), file.toString());
    }
  }
}
