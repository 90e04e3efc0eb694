package org.dateline.indexer.article;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the BBC News layout: one article per file {@code <category>/NNN.txt}, the title on the
 * first line, then paragraphs separated by blank lines. There are no dates (articles get none, and
 * date filters do not match them). The category is the parent folder's name, kept as metadata
 * {@code category}, and is part of the id ({@code business-001}) since file numbers repeat across
 * categories.
 *
 * <p>Files are UTF-8; one file of the corpus holds a bare Latin-1 byte (a pound sign), so a file
 * that is not valid UTF-8 is read as ISO-8859-1 instead of being refused. A few keep HTML's
 * character references ({@code &#163;} for a pound sign, {@code &lt;}), which are decoded.
 *
 * <p>Detection relies on the layout: a file {@code NNN.txt} in a folder named after one of the
 * corpus' five categories. With {@code --format bbc}, every {@code NNN.txt} below the given folder
 * is read, whatever its folder is called, and other files (the corpus' README.TXT, SOURCE.txt) are
 * skipped.
 */
public final class BbcNewsReader implements ArticleReader {

  /** The start of a tag or declaration: {@code <!DOCTYPE}, {@code <REUTERS}, {@code <html>}. */
  private static final Pattern MARKUP = Pattern.compile("<[!?A-Za-z]");

  /** The categories of the BBC News corpus, which are also its folder names. */
  public static final Set<String> CATEGORIES =
      Set.of("business", "entertainment", "politics", "sport", "tech");

  @Override
  public String name() {
    return "bbc";
  }

  @Override
  public boolean accepts(Path file) {
    Path parent = file.toAbsolutePath().normalize().getParent(); // "./001.txt" is in its folder
    return isArticleFile(file)
        && parent != null
        && parent.getFileName() != null
        && CATEGORIES.contains(parent.getFileName().toString());
  }

  /** Files named by a number, like {@code 001.txt}. */
  @Override
  public boolean isArticleFile(Path file) {
    String name = file.getFileName().toString();
    int dot = name.length() - ".txt".length();
    if (dot <= 0 || !name.regionMatches(true, dot, ".txt", 0, 4)) {
      return false;
    }
    for (int i = 0; i < dot; i++) {
      if (name.charAt(i) < '0' || name.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  @Override
  public void read(Path file, ArticleHandler handler) throws IOException {
    String text = TextFiles.readUtf8OrLatin1(file);
    Path parent = file.toAbsolutePath().normalize().getParent(); // "./001.txt" is in its folder
    String category =
        parent == null || parent.getFileName() == null ? null : parent.getFileName().toString();
    String number = SeedFormatReader.articleId(file);
    String id = category == null ? number : category + "-" + number;
    handler.accept(parse(id, category, text), 1);
  }

  /**
   * Parses one article: the first non-blank line is the title, the rest the paragraphs.
   *
   * @throws InvalidInputException when there is no title or no text after it
   */
  static Article parse(String id, String category, String raw) throws InvalidInputException {
    // the texts were taken from web pages: a few keep HTML's character references (&#163; for £)
    String text = SgmlText.decode(raw);
    int start = 0;
    int line = 1;
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      line += text.charAt(start) == '\n' ? 1 : 0;
      start++;
    }
    if (start == text.length()) {
      throw new InvalidInputException(0, "file has no text (only white space)");
    }
    int end = start;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    String title = text.substring(start, end).strip();
    if (MARKUP.matcher(title).lookingAt()) {
      // a Reuters .sgm or a web page given with --format bbc would be one article of its markup
      throw new InvalidInputException(
          line,
          "the file begins with markup ("
              + title.substring(0, Math.min(title.length(), 30))
              + "), not a BBC article's plain-text title; is --format right?");
    }
    List<String> paragraphs = Paragraphs.splitOnBlankLines(text.substring(end));
    if (paragraphs.isEmpty()) {
      throw new InvalidInputException(line, "the article has a title but no text after it");
    }
    Paragraphs.checkCount(id, paragraphs.size());
    Map<String, List<String>> metadata =
        category == null ? Map.of() : Map.of("category", List.of(category));
    return new Article(id, null, title, paragraphs, metadata);
  }
}
