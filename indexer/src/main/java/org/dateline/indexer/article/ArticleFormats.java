package org.dateline.indexer.article;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The known article formats, looked up by name or detected from a file. */
public final class ArticleFormats {

  private static final SeedFormatReader SEED = new SeedFormatReader();

  /** Specific formats first; the seed format is the fallback and comes last. */
  private static final List<ArticleReader> ALL =
      List.of(
          new JsonLinesReader(),
          new ReutersSgmlReader(),
          new TimeCollectionReader(),
          new BbcNewsReader(),
          SEED);

  private ArticleFormats() {}

  /** Every known format, the fallback last. */
  public static List<ArticleReader> all() {
    return ALL;
  }

  /** The names {@code --format} accepts. */
  public static List<String> names() {
    return ALL.stream().map(ArticleReader::name).collect(Collectors.toList());
  }

  /**
   * The reader for a format name.
   *
   * @throws IllegalArgumentException naming the known formats
   */
  public static ArticleReader forName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (ArticleReader r : ALL) {
      if (r.name().equals(n)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "unknown format '" + name + "'; known formats: " + String.join(", ", names()));
  }

  /** The first format that recognizes the file; the seed format when none does. */
  public static ArticleReader detect(Path file) {
    for (ArticleReader r : ALL) {
      if (r.accepts(file)) {
        return r;
      }
    }
    return SEED;
  }
}
