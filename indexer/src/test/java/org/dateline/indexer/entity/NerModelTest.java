package org.dateline.indexer.entity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import opennlp.tools.ml.model.GenericModelWriter;
import org.junit.jupiter.api.Test;

class NerModelTest {

  @Test
  void bundledModelMatchesItsRecordedChecksum() throws Exception {
    byte[] model;
    try (InputStream in =
        StatisticalEntityExtractor.class.getResourceAsStream(
            StatisticalEntityExtractor.MODEL_RESOURCE)) {
      model = in.readAllBytes();
    }
    String recorded;
    try (InputStream in =
        StatisticalEntityExtractor.class.getResourceAsStream(
            StatisticalEntityExtractor.MODEL_RESOURCE + ".sha256")) {
      recorded = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim().split("\\s+")[0];
    }
    String actual = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(model));
    assertEquals(recorded, actual);
  }

  @Test
  void bundledModelLoads() throws Exception {
    NerModel model = StatisticalEntityExtractor.loadBundledModel();
    assertTrue(model.featureCount() > 1000);
  }

  @Test
  void trainingOnATinySampleGivesAWorkingModel() throws Exception {
    List<LabeledDocument> docs = TinySample.documents();
    assertEquals(3, docs.size());
    NerModel model = NerTrainer.train(docs, new NerTrainer.Settings("PERCEPTRON", 20, 0, 2));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    model.save(bytes);
    NerModel reloaded = NerModel.load(new ByteArrayInputStream(bytes.toByteArray()));
    List<TokenSpan> spans = reloaded.tagSentence("Anna Keller flew to Oslo on Monday .".split(" "));
    assertEquals(
        List.of(new TokenSpan(0, 2, EntityType.PERSON), new TokenSpan(4, 5, EntityType.LOCATION)),
        spans);
  }

  /** The model saved and loaded again, which saves to the same bytes. */
  private static NerModel savedAndLoaded(NerModel model) throws Exception {
    ByteArrayOutputStream saved = new ByteArrayOutputStream();
    model.save(saved);
    NerModel loaded = NerModel.load(new ByteArrayInputStream(saved.toByteArray()));
    ByteArrayOutputStream savedAgain = new ByteArrayOutputStream();
    loaded.save(savedAgain);
    assertArrayEquals(saved.toByteArray(), savedAgain.toByteArray());
    return loaded;
  }

  @Test
  void aClassifierOfCapitalsTagsTextWhollyInCapitalsAndLeavesMixedCaseTextAsItWas()
      throws Exception {
    List<LabeledDocument> docs = TinySample.documents();
    NerTrainer.Settings settings = new NerTrainer.Settings("PERCEPTRON", 20, 0, 2);
    NerModel plain = NerTrainer.train(docs, settings);
    NerModel trained = NerTrainer.train(docs, settings, WordClusters.EMPTY, NameLists.EMPTY, true);
    NerModel loaded = savedAndLoaded(trained);
    boolean differs = false;
    for (LabeledDocument d : docs) {
      assertEquals(plain.tagDocument(d.sentences()), loaded.tagDocument(d.sentences()));
      List<String[]> upper = d.inCapitals().sentences();
      assertEquals(trained.tagDocument(upper), loaded.tagDocument(upper));
      for (String[] s : upper) {
        float[] byPlain = new float[s.length];
        float[] byCapitals = new float[s.length];
        plain.tagSentence(s, byPlain);
        loaded.tagSentence(s, byCapitals);
        differs |= !java.util.Arrays.equals(byPlain, byCapitals);
        float[] fast = new float[s.length];
        float[] reference = new float[s.length];
        assertEquals(loaded.tagSentence(s, fast), loaded.tagSentenceReference(s, reference));
        assertArrayEquals(fast, reference, 1e-4f);
      }
    }
    // the labels of so small a sample agree; the classifiers' confidence tells them apart
    assertTrue(differs, "text in capitals is tagged by a classifier of its own");
  }

  @Test
  void savedModelLoadsToTheSameWeightsAndBytes() throws Exception {
    List<LabeledDocument> docs = TinySample.documents();
    NerModel trained = NerTrainer.train(docs, new NerTrainer.Settings("PERCEPTRON", 20, 0, 2));
    NerModel loaded = savedAndLoaded(trained);
    assertEquals(trained.featureCount(), loaded.featureCount());
    for (LabeledDocument d : docs) {
      for (String[] s : d.sentences()) {
        float[] before = new float[s.length];
        float[] after = new float[s.length];
        assertEquals(trained.tagSentence(s, before), loaded.tagSentence(s, after));
        assertArrayEquals(before, after);
      }
    }
  }

  @Test
  void modelWrittenInOpenNlpFormatStillLoads() throws Exception {
    List<LabeledDocument> docs = TinySample.documents();
    NerTrainer.Parts parts =
        NerTrainer.trainParts(
            docs,
            new NerTrainer.Settings("PERCEPTRON", 20, 0, 2),
            WordClusters.EMPTY,
            NameLists.EMPTY);
    // the layout of models written before features.bin
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("classifier.bin"));
      ByteArrayOutputStream classifier = new ByteArrayOutputStream();
      new GenericModelWriter(parts.classifier(), new DataOutputStream(classifier)).persist();
      zip.write(classifier.toByteArray());
      zip.putNextEntry(new ZipEntry("truecase.txt"));
      StringWriter w = new StringWriter();
      parts.trueCaser().write(w);
      zip.write(w.toString().getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("gazetteer.tsv"));
      w = new StringWriter();
      parts.gazetteer().write(w);
      zip.write(w.toString().getBytes(StandardCharsets.UTF_8));
    }
    NerModel old = NerModel.load(new ByteArrayInputStream(bytes.toByteArray()));
    NerModel trained = new NerModel(parts.classifier(), parts.trueCaser(), parts.gazetteer());
    assertEquals(trained.featureCount(), old.featureCount());
    for (LabeledDocument d : docs) {
      for (String[] s : d.sentences()) {
        assertEquals(trained.tagSentence(s), old.tagSentence(s));
      }
    }
    assertEquals(
        List.of(new TokenSpan(0, 2, EntityType.PERSON), new TokenSpan(4, 5, EntityType.LOCATION)),
        old.tagSentence("Anna Keller flew to Oslo on Monday .".split(" ")));
  }
}
