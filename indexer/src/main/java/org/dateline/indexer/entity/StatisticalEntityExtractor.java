package org.dateline.indexer.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The named-entity extractor of Dateline: tokenizes each paragraph ({@link NewsTokenizer}), splits
 * it into sentences ({@link SentenceSplitter}), tags the article as a whole with a trained {@link
 * NerModel} (so a name keeps one type across the article) and maps the names back to character
 * offsets in their paragraph.
 *
 * <p>Thread-safe: the model is immutable and tagging keeps its state on the stack, so one instance
 * serves every indexing thread. {@link #shared()} loads the model that ships in this package once
 * per process, on first use.
 */
public final class StatisticalEntityExtractor implements EntityExtractor {

  /** The bundled model, a resource in this package. */
  public static final String MODEL_RESOURCE = "ner-conll2003.zip";

  /**
   * The revision of what turns the model's labels into entities: tokenizer, sentence splitter and
   * the document rules ({@link DocumentConsistency}). Part of {@link #version()}, so that articles
   * are analysed again when it changes, as when the model does; raise it with any change there that
   * changes what is found.
   */
  static final int RULES_REVISION = 57;

  private final NerModel model;
  private final String version;

  /** An extractor with a model of one's own (version "custom"). */
  public StatisticalEntityExtractor(NerModel model) {
    this(model, "custom");
  }

  /**
   * @param version names the model, so that articles are analysed again when it changes
   */
  public StatisticalEntityExtractor(NerModel model, String version) {
    this.model = model;
    this.version = "ner-" + version + "-rules" + RULES_REVISION;
  }

  @Override
  public String version() {
    return version;
  }

  /** The extractor with the bundled model, loaded once per process. */
  public static StatisticalEntityExtractor shared() {
    return Holder.INSTANCE;
  }

  /** The recorded SHA-256 of the bundled model (its first 16 hex digits). */
  static String bundledChecksum() throws IOException {
    try (InputStream in =
        StatisticalEntityExtractor.class.getResourceAsStream(MODEL_RESOURCE + ".sha256")) {
      if (in == null) {
        throw new IOException("the checksum of the NER model " + MODEL_RESOURCE + " is missing");
      }
      String hex =
          new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII).strip();
      return hex.substring(0, Math.min(16, hex.length()));
    }
  }

  /** Loads the bundled model afresh (for measuring; use {@link #shared()} otherwise). */
  public static NerModel loadBundledModel() throws IOException {
    try (InputStream in = StatisticalEntityExtractor.class.getResourceAsStream(MODEL_RESOURCE)) {
      if (in == null) {
        throw new IOException(
            "the NER model resource "
                + MODEL_RESOURCE
                + " is missing from the class path; "
                + "rebuild the indexer module");
      }
      return NerModel.load(in);
    }
  }

  @Override
  public UnaryOperator<String> capsCasing() {
    return model::usualForm;
  }

  @Override
  public List<List<Entity>> extractArticle(List<String> paragraphs) {
    List<String[]> sentences = new ArrayList<>();
    List<List<Token>> sentenceTokens = new ArrayList<>();
    int[] firstSentence = new int[paragraphs.size() + 1];
    for (int p = 0; p < paragraphs.size(); p++) {
      firstSentence[p] = sentences.size();
      String text = paragraphs.get(p);
      List<Token> tokens = NewsTokenizer.tokenize(text);
      for (int[] range : SentenceSplitter.split(text, tokens)) {
        List<Token> s = tokens.subList(range[0], range[1]);
        sentenceTokens.add(s);
        String[] texts = new String[s.size()];
        for (int i = 0; i < texts.length; i++) {
          texts[i] = s.get(i).text();
        }
        sentences.add(texts);
      }
    }
    firstSentence[paragraphs.size()] = sentences.size();
    List<List<TokenSpan>> spans = model.tagDocument(sentences);
    List<List<Entity>> result = new ArrayList<>(paragraphs.size());
    for (int p = 0; p < paragraphs.size(); p++) {
      String text = paragraphs.get(p);
      List<Entity> entities = new ArrayList<>();
      for (int s = firstSentence[p]; s < firstSentence[p + 1]; s++) {
        List<Token> tokens = sentenceTokens.get(s);
        for (TokenSpan span : spans.get(s)) {
          int start = tokens.get(span.start()).start();
          int end = tokens.get(span.end() - 1).end();
          entities.add(new Entity(span.type(), text.substring(start, end), start, end));
        }
      }
      result.add(List.copyOf(entities));
    }
    return result;
  }

  /** Lazy holder: the model is read on first use, once, with the JVM's class-init guarantees. */
  private static final class Holder {
    static final StatisticalEntityExtractor INSTANCE;

    static {
      try {
        INSTANCE = new StatisticalEntityExtractor(loadBundledModel(), bundledChecksum());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
