package org.dateline.indexer.entity;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Event;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains a {@link NerModel} with an Apache OpenNLP event trainer (averaged perceptron or maximum
 * entropy). The true-casing table and the gazetteer are built from the training documents only.
 * While training, each document sees a gazetteer built from the other folds (jackknifing), so the
 * classifier learns how far a gazetteer match can be trusted on names it has not seen.
 */
public final class NerTrainer {

  /**
   * How to train.
   *
   * @param algorithm OpenNLP's algorithm name: {@code PERCEPTRON}, {@code MAXENT}, {@code
   *     MAXENT_QN}
   * @param iterations training iterations
   * @param cutoff features seen fewer times are dropped
   * @param folds folds for the jackknifed gazetteer (at least 2)
   */
  public record Settings(String algorithm, int iterations, int cutoff, int folds) {

    public Settings {
      if (iterations < 1 || cutoff < 0 || folds < 2) {
        throw new IllegalArgumentException(
            "iterations ("
                + iterations
                + ") must be >= 1, cutoff ("
                + cutoff
                + ") >= 0 and folds ("
                + folds
                + ") >= 2");
      }
    }

    /** The settings of the shipped model. */
    public static Settings defaults() {
      return new Settings("PERCEPTRON", 30, 1, 5);
    }
  }

  private NerTrainer() {}

  /** Trains a model on {@code documents}. */
  public static NerModel train(List<LabeledDocument> documents, Settings settings)
      throws IOException {
    return train(documents, settings, WordClusters.EMPTY, NameLists.EMPTY);
  }

  /** Trains a model on {@code documents} with word clusters and name lists made beforehand. */
  public static NerModel train(
      List<LabeledDocument> documents, Settings settings, WordClusters clusters, NameLists lists)
      throws IOException {
    return train(documents, settings, clusters, lists, false);
  }

  /**
   * Trains a model on {@code documents} with word clusters and name lists made beforehand.
   *
   * @param capitals also train a classifier of its own for documents written wholly in capitals, on
   *     the documents in both writings (as given, then in capitals: {@link
   *     LabeledDocument#inCapitals}), leaving the main classifier as it would be without; otherwise
   *     one classifier tags both, having learnt capitals from the training text's headlines only
   */
  public static NerModel train(
      List<LabeledDocument> documents,
      Settings settings,
      WordClusters clusters,
      NameLists lists,
      boolean capitals)
      throws IOException {
    Parts parts = trainParts(documents, settings, clusters, lists, capitals);
    return new NerModel(
        parts.classifier(),
        parts.capitalsClassifier(),
        parts.trueCaser(),
        parts.gazetteer(),
        clusters,
        lists);
  }

  /** What training makes besides the clusters and lists, before it becomes a {@link NerModel}. */
  record Parts(
      AbstractModel classifier,
      AbstractModel capitalsClassifier,
      TrueCaser trueCaser,
      Gazetteer gazetteer) {}

  /** {@link #train}, stopping at the OpenNLP classifier (tests write it as older models did). */
  static Parts trainParts(
      List<LabeledDocument> documents, Settings settings, WordClusters clusters, NameLists lists)
      throws IOException {
    return trainParts(documents, settings, clusters, lists, false);
  }

  private static Parts trainParts(
      List<LabeledDocument> documents,
      Settings settings,
      WordClusters clusters,
      NameLists lists,
      boolean capitals)
      throws IOException {
    List<String[]> allSentences = new ArrayList<>();
    List<List<TokenSpan>> allNames = new ArrayList<>();
    for (LabeledDocument d : documents) {
      allSentences.addAll(d.sentences());
      allNames.addAll(d.names());
    }
    if (allSentences.isEmpty()) {
      throw new IllegalArgumentException("no training sentences; give a non-empty CoNLL file");
    }
    TrueCaser trueCaser = TrueCaser.learn(allSentences);
    List<NerFeatures> foldFeatures = new ArrayList<>();
    for (int k = 0; k < settings.folds(); k++) {
      List<String[]> s = new ArrayList<>();
      List<List<TokenSpan>> n = new ArrayList<>();
      for (int d = 0; d < documents.size(); d++) {
        if (d % settings.folds() != k) {
          s.addAll(documents.get(d).sentences());
          n.addAll(documents.get(d).names());
        }
      }
      foldFeatures.add(new NerFeatures(trueCaser, Gazetteer.of(s, n), clusters, lists));
    }
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, settings.algorithm());
    params.put(TrainingParameters.ITERATIONS_PARAM, settings.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, settings.cutoff());
    Map<String, String> report = new HashMap<>();
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, report);
    AbstractModel classifier = (AbstractModel) trainer.train(new Events(documents, foldFeatures));
    AbstractModel capitalsClassifier = null;
    if (capitals) {
      // the same true-casing table and jackknifed gazetteers, learnt from the mixed-case text; the
      // text in both writings, each copy in its original's fold (documents are dealt to folds in
      // turn, so the copies start at a multiple of the folds)
      List<LabeledDocument> upper = new ArrayList<>(documents);
      while (upper.size() % settings.folds() != 0) {
        upper.add(new LabeledDocument(List.of(), List.of()));
      }
      documents.forEach(d -> upper.add(d.inCapitals()));
      capitalsClassifier =
          (AbstractModel)
              TrainerFactory.getEventTrainer(params, new HashMap<>())
                  .train(new Events(upper, foldFeatures));
    }
    return new Parts(
        classifier, capitalsClassifier, trueCaser, Gazetteer.of(allSentences, allNames));
  }

  /** The training events, generated sentence by sentence so they need not all be in memory. */
  private static final class Events implements ObjectStream<Event> {
    private final List<LabeledDocument> documents;
    private final List<NerFeatures> foldFeatures;
    private final Deque<Event> pending = new ArrayDeque<>();
    private int doc;
    private int sentence;

    Events(List<LabeledDocument> documents, List<NerFeatures> foldFeatures) {
      this.documents = documents;
      this.foldFeatures = foldFeatures;
    }

    @Override
    public Event read() {
      while (pending.isEmpty()) {
        if (doc == documents.size()) {
          return null;
        }
        LabeledDocument d = documents.get(doc);
        if (sentence == d.sentences().size()) {
          doc++;
          sentence = 0;
          continue;
        }
        NerFeatures features = foldFeatures.get(doc % foldFeatures.size());
        String[] tokens = d.sentences().get(sentence);
        String[] labels = Labels.encode(tokens.length, d.names().get(sentence));
        NerFeatures.View view = features.view(tokens);
        for (int i = 0; i < tokens.length; i++) {
          String prev = i > 0 ? labels[i - 1] : Labels.OUTSIDE;
          String prev2 = i > 1 ? labels[i - 2] : Labels.OUTSIDE;
          pending.add(new Event(labels[i], features.context(view, i, prev, prev2)));
        }
        sentence++;
      }
      return pending.poll();
    }

    @Override
    public void reset() {
      doc = 0;
      sentence = 0;
      pending.clear();
    }
  }
}
