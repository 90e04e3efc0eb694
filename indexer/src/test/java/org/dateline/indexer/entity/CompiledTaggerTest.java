package org.dateline.indexer.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The fast tagger ({@link CompiledTagger}) against the plain one that builds the feature strings
 * training used ({@link NerModel#tagSentenceReference}): same names, same margins.
 */
class CompiledTaggerTest {

  /** Pins the fast path to the reference path on every sentence, with the margins. */
  static void assertTagsLikeTheReference(NerModel model, List<String[]> sentences) {
    for (String[] s : sentences) {
      float[] fast = new float[s.length];
      float[] reference = new float[s.length];
      String text = String.join(" ", s);
      assertEquals(
          model.tagSentenceReference(s, reference), model.tagSentence(s, fast), "names in " + text);
      assertArrayEquals(reference, fast, 1e-3f, "margins in " + text);
    }
  }

  static List<String[]> sentencesOf(String text) {
    List<String[]> sentences = new ArrayList<>();
    List<Token> tokens = NewsTokenizer.tokenize(text);
    for (int[] range : SentenceSplitter.split(text, tokens)) {
      sentences.add(
          tokens.subList(range[0], range[1]).stream().map(Token::text).toArray(String[]::new));
    }
    return sentences;
  }

  @Test
  void bundledModelTagsTheSeedArticleLikeTheReference() throws Exception {
    String seed = Files.readString(Path.of("..", "seeds", "000_04c7bd04d78f40db.txt"));
    List<String[]> sentences = sentencesOf(seed);
    // the same text as headlines in capitals (true-cased view) and in lower case
    sentences.addAll(sentencesOf(seed.toUpperCase(Locale.ROOT)));
    sentences.addAll(sentencesOf(seed.toLowerCase(Locale.ROOT)));
    NerModel model = StatisticalEntityExtractor.loadBundledModel();
    assertTagsLikeTheReference(model, sentences);
    // a second pass is served from the word caches
    assertTagsLikeTheReference(model, sentences);
  }

  @Test
  void fullWordCachesAreEmptiedAndTaggingStaysTheSame() throws Exception {
    String seed = Files.readString(Path.of("..", "seeds", "000_04c7bd04d78f40db.txt"));
    List<String[]> sentences = sentencesOf(seed);
    sentences.addAll(sentencesOf(seed.toUpperCase(Locale.ROOT)));
    NerModel model = StatisticalEntityExtractor.loadBundledModel().withWordCacheLimit(8);
    for (int pass = 0; pass < 2; pass++) {
      assertTagsLikeTheReference(model, sentences);
      assertTrue(model.cachedWords() <= 16, model.cachedWords() + " forms cached");
    }
    assertTrue(model.cachedWords() > 0, "nothing was cached");
  }

  @Test
  void modelWithoutClustersOrListsTagsLikeTheReference() throws Exception {
    List<LabeledDocument> docs = TinySample.documents();
    NerModel model = NerTrainer.train(docs, new NerTrainer.Settings("PERCEPTRON", 20, 0, 2));
    List<String[]> sentences = new ArrayList<>();
    docs.forEach(d -> sentences.addAll(d.sentences()));
    sentences.addAll(sentencesOf("Anna Keller flew to Oslo on Monday. OSLO 1996-08-22"));
    assertTagsLikeTheReference(model, sentences);
  }

  @Test
  void maximumEntropyModelTagsLikeTheReference() throws Exception {
    List<LabeledDocument> docs = TinySample.documents();
    NerModel model = NerTrainer.train(docs, new NerTrainer.Settings("MAXENT", 20, 0, 2));
    List<String[]> sentences = new ArrayList<>();
    docs.forEach(d -> sentences.addAll(d.sentences()));
    assertTagsLikeTheReference(model, sentences);
  }
}
