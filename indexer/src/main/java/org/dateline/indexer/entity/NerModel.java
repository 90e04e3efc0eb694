package org.dateline.indexer.entity;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;

/**
 * A trained name tagger: an Apache OpenNLP classifier (perceptron or maximum entropy) over the
 * features of {@link NerFeatures}, with the true-casing table and gazetteer those features need.
 * Tags left to right, choosing for each token the best label that IOB2 allows after the previous
 * one.
 *
 * <p>Stored as one zip file: {@code classifier.bin} (OpenNLP's binary model format), {@code
 * truecase.txt}, {@code gazetteer.tsv}. Immutable and thread-safe once loaded: the classifier is
 * only read.
 */
public final class NerModel {

  private static final String CLASSIFIER = "classifier.bin";
  private static final String TRUECASE = "truecase.txt";
  private static final String GAZETTEER = "gazetteer.tsv";
  private static final String CLUSTERS = "clusters.tsv";
  private static final String LISTS = "lists.tsv";

  private final AbstractModel classifier;
  private final TrueCaser trueCaser;
  private final Gazetteer gazetteer;
  private final WordClusters clusters;
  private final NameLists lists;
  private final NerFeatures features;
  private final String[] outcomes;
  private final CompiledTagger tagger;

  NerModel(AbstractModel classifier, TrueCaser trueCaser, Gazetteer gazetteer) {
    this(classifier, trueCaser, gazetteer, WordClusters.EMPTY, NameLists.EMPTY);
  }

  NerModel(
      AbstractModel classifier,
      TrueCaser trueCaser,
      Gazetteer gazetteer,
      WordClusters clusters,
      NameLists lists) {
    this.classifier = classifier;
    this.trueCaser = trueCaser;
    this.gazetteer = gazetteer;
    this.clusters = clusters;
    this.lists = lists;
    this.features = new NerFeatures(trueCaser, gazetteer, clusters, lists);
    this.outcomes = new String[classifier.getNumOutcomes()];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = classifier.getOutcome(i);
    }
    this.tagger =
        new CompiledTagger(
            new FeatureTable(classifier, NerFeatures.TEMPLATES),
            outcomes,
            trueCaser,
            gazetteer,
            clusters,
            lists);
  }

  /**
   * Reads a model written by {@link #save}. The word tables (clusters, name lists, gazetteer,
   * casing) are parsed on a second thread while this one reads the classifier, which keeps a cold
   * load under a second.
   */
  public static NerModel load(InputStream in) throws IOException {
    Map<String, byte[]> entries = new HashMap<>();
    ZipInputStream zip = new ZipInputStream(in);
    for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
      entries.put(e.getName(), zip.readAllBytes());
    }
    if (!entries.keySet().containsAll(List.of(CLASSIFIER, TRUECASE, GAZETTEER))) {
      throw new IOException(
          "not a Dateline NER model: it needs the entries "
              + List.of(CLASSIFIER, TRUECASE, GAZETTEER)
              + "; rebuild it with ner-train");
    }
    FutureTask<Object[]> tables =
        new FutureTask<>(
            () ->
                new Object[] {
                  TrueCaser.read(reader(entries.get(TRUECASE))),
                  Gazetteer.read(reader(entries.get(GAZETTEER))),
                  entries.containsKey(CLUSTERS)
                      ? WordClusters.read(reader(entries.get(CLUSTERS)))
                      : WordClusters.EMPTY,
                  entries.containsKey(LISTS)
                      ? NameLists.read(reader(entries.get(LISTS)))
                      : NameLists.EMPTY
                });
    Thread worker = new Thread(tables, "ner-model-load");
    worker.setDaemon(true);
    worker.start();
    AbstractModel classifier =
        new GenericModelReader(
                new BinaryFileDataReader(new ByteArrayInputStream(entries.get(CLASSIFIER))))
            .getModel();
    Object[] t;
    try {
      t = tables.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while loading the NER model", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IOException("cannot read the NER model: " + e.getCause(), e.getCause());
    }
    return new NerModel(
        classifier, (TrueCaser) t[0], (Gazetteer) t[1], (WordClusters) t[2], (NameLists) t[3]);
  }

  /** Writes this model as a zip file. */
  public void save(OutputStream out) throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new GenericModelWriter(classifier, new DataOutputStream(bytes)).persist();
    put(zip, CLASSIFIER, bytes.toByteArray());
    StringWriter w = new StringWriter();
    trueCaser.write(w);
    put(zip, TRUECASE, w.toString().getBytes(StandardCharsets.UTF_8));
    w = new StringWriter();
    gazetteer.write(w);
    put(zip, GAZETTEER, w.toString().getBytes(StandardCharsets.UTF_8));
    if (!clusters.isEmpty()) {
      w = new StringWriter();
      clusters.write(w);
      put(zip, CLUSTERS, w.toString().getBytes(StandardCharsets.UTF_8));
    }
    if (!lists.isEmpty()) {
      w = new StringWriter();
      lists.write(w);
      put(zip, LISTS, w.toString().getBytes(StandardCharsets.UTF_8));
    }
    zip.finish();
    zip.flush();
  }

  /** The names in one sentence of tokens. */
  public List<TokenSpan> tagSentence(String[] tokens) {
    return tagSentence(tokens, null);
  }

  /**
   * The names in one sentence; if {@code margins} is given, it receives per token how far the
   * chosen label's score is ahead of the next allowed label's (the tagger's confidence).
   */
  List<TokenSpan> tagSentence(String[] tokens, float[] margins) {
    if (tokens.length == 0) {
      return List.of();
    }
    int[] best = tagger.tag(tokens, margins);
    String[] labels = new String[tokens.length];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = outcomes[best[i]];
    }
    return Labels.decode(labels);
  }

  /**
   * {@link #tagSentence(String[], float[])} the slow and plain way, for tests: the features are
   * built as the strings training used ({@link NerFeatures#context}) and their weights read from
   * the classifier, summed in double precision (on the integer scale of {@link FeatureTable#scale},
   * so that equal scores tie as in the fast path).
   */
  List<TokenSpan> tagSentenceReference(String[] tokens, float[] margins) {
    if (tokens.length == 0) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    Map<String, Context> pmap = (Map<String, Context>) classifier.getDataStructures()[1];
    double scale = tagger.scale();
    NerFeatures.View view = features.view(tokens);
    String[] labels = new String[tokens.length];
    String prev = Labels.OUTSIDE;
    String prev2 = Labels.OUTSIDE;
    for (int i = 0; i < tokens.length; i++) {
      double[] p = new double[outcomes.length];
      for (String f : features.context(view, i, prev, prev2)) {
        Context c = pmap.get(f);
        if (c != null) {
          for (int k = 0; k < c.getOutcomes().length; k++) {
            double w = c.getParameters()[k] * scale;
            p[c.getOutcomes()[k]] += scale > 1 ? Math.rint(w) : w;
          }
        }
      }
      int best = -1;
      int second = -1;
      for (int k = 0; k < p.length; k++) {
        if (Labels.allowed(prev, outcomes[k])) {
          if (best < 0 || p[k] > p[best]) {
            second = best;
            best = k;
          } else if (second < 0 || p[k] > p[second]) {
            second = k;
          }
        }
      }
      if (margins != null) {
        margins[i] = second < 0 ? Float.MAX_VALUE : (float) ((p[best] - p[second]) / scale);
      }
      labels[i] = outcomes[best];
      prev2 = prev;
      prev = labels[i];
    }
    return Labels.decode(labels);
  }

  /** The names in each sentence of one document, made consistent across the document. */
  public List<List<TokenSpan>> tagDocument(List<String[]> sentences) {
    List<List<TokenSpan>> spans = new ArrayList<>(sentences.size());
    List<float[]> margins = new ArrayList<>(sentences.size());
    for (String[] s : sentences) {
      float[] m = new float[s.length];
      spans.add(tagSentence(s, m));
      margins.add(m);
    }
    return DocumentConsistency.apply(sentences, spans, margins, DocumentConsistency.DEFAULT);
  }

  /** Number of features the classifier knows. */
  public int featureCount() {
    return ((java.util.Map<?, ?>) classifier.getDataStructures()[1]).size();
  }

  int trueCaseEntries() {
    return trueCaser.size();
  }

  int clusterEntries() {
    return clusters.size();
  }

  int gazetteerEntries() {
    return gazetteer.size();
  }

  private static BufferedReader reader(byte[] bytes) {
    return new BufferedReader(
        new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8));
  }

  private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
    ZipEntry entry = new ZipEntry(name);
    entry.setTime(0); // the same model gives the same bytes, so its checksum is reproducible
    zip.putNextEntry(entry);
    zip.write(bytes);
    zip.closeEntry();
  }
}
