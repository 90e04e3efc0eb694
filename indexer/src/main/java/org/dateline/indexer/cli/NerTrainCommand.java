package org.dateline.indexer.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dateline.indexer.entity.ClusterBuilder;
import org.dateline.indexer.entity.LabeledDocument;
import org.dateline.indexer.entity.NameLists;
import org.dateline.indexer.entity.NerModel;
import org.dateline.indexer.entity.NerTrainer;
import org.dateline.indexer.entity.WordClusters;
import org.dateline.indexer.entity.train.ConllReader;
import org.dateline.indexer.entity.train.NerEvaluation;
import org.dateline.indexer.entity.train.UnlabeledText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ner-train}: trains the named-entity model from CoNLL files and reports dev scores. */
@Command(
    name = "ner-train",
    mixinStandardHelpOptions = true,
    description = "Trains the named-entity model on a CoNLL-2003 file and scores it on another.")
public final class NerTrainCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--train", required = true, description = "CoNLL training file")
  Path train;

  @Option(names = "--dev", description = "CoNLL file to score the model on (optional)")
  Path dev;

  @Option(
      names = "--unlabeled",
      description =
          "unlabeled news text for word clusters: files or folders (Reuters-21578 .sgm, CoNLL,"
              + " plain-text articles); repeatable")
  List<Path> unlabeled = List.of();

  @Option(
      names = "--clusters",
      description =
          "word clusters (TSV of path and word): read if the file exists, else built from"
              + " --unlabeled and the training text and written there")
  Path clusters;

  @Option(
      names = "--lists",
      description =
          "folder of name lists (locations*.txt, organizations*.txt, persons*.txt,"
              + " first-names*.txt) to fold into the model")
  Path lists;

  @Option(
      names = "--cluster-min-count",
      description = "cluster words seen at least this often (default ${DEFAULT-VALUE})")
  int clusterMinCount = ClusterBuilder.Settings.defaults().minCount();

  @Option(
      names = "--cluster-contexts",
      description = "context words of the cluster vectors (default ${DEFAULT-VALUE})")
  int clusterContexts = ClusterBuilder.Settings.defaults().contexts();

  @Option(names = "--out", required = true, description = "where to write the model (zip)")
  Path out;

  @Option(
      names = "--algorithm",
      description = "PERCEPTRON, MAXENT or MAXENT_QN (default ${DEFAULT-VALUE})")
  String algorithm = NerTrainer.Settings.defaults().algorithm();

  @Option(names = "--iterations", description = "default ${DEFAULT-VALUE}")
  int iterations = NerTrainer.Settings.defaults().iterations();

  @Option(
      names = "--cutoff",
      description = "drop features seen fewer times (default ${DEFAULT-VALUE})")
  int cutoff = NerTrainer.Settings.defaults().cutoff();

  @Option(
      names = "--folds",
      description = "folds of the jackknifed gazetteer (default ${DEFAULT-VALUE})")
  int folds = NerTrainer.Settings.defaults().folds();

  @Option(
      names = "--capitals",
      description =
          "Also train a classifier of its own for lines written in capitals, on the training"
              + " text in capitals (the model then tags such lines with it).")
  boolean capitals;

  @Override
  public Integer call() throws IOException {
    PrintWriter o = spec.commandLine().getOut();
    OutputFiles.requireWritable(spec.commandLine(), "--out", out);
    List<LabeledDocument> docs = ConllReader.read(train);
    long start = System.nanoTime();
    WordClusters wc = WordClusters.EMPTY;
    if (clusters != null && Files.exists(clusters)) {
      try (BufferedReader r = Files.newBufferedReader(clusters, StandardCharsets.UTF_8)) {
        wc = WordClusters.read(r);
      }
      o.printf(Locale.ROOT, "read %d word clusters from %s%n", wc.size(), clusters);
    } else if (!unlabeled.isEmpty()) {
      List<String[]> text = new ArrayList<>(UnlabeledText.read(unlabeled));
      for (LabeledDocument d : docs) {
        text.addAll(d.sentences());
      }
      ClusterBuilder.Settings d = ClusterBuilder.Settings.defaults();
      wc =
          ClusterBuilder.build(
              text,
              new ClusterBuilder.Settings(
                  clusterMinCount, clusterContexts, d.dimensions(), d.maxDepth(), d.minLeaf()));
      o.printf(
          Locale.ROOT,
          "clustered %d words from %d sentences in %.1f s%n",
          wc.size(),
          text.size(),
          (System.nanoTime() - start) / 1e9);
      if (clusters != null) {
        try (Writer w = Files.newBufferedWriter(clusters, StandardCharsets.UTF_8)) {
          wc.write(w);
        }
      }
    }
    NameLists nl = lists == null ? NameLists.EMPTY : NameLists.readFolder(lists);
    o.printf(Locale.ROOT, "%d listed names%n", nl.size());
    o.flush();
    NerModel model =
        NerTrainer.train(
            docs, new NerTrainer.Settings(algorithm, iterations, cutoff, folds), wc, nl, capitals);
    o.printf(
        Locale.ROOT,
        "trained on %d documents in %.1f s; %d features%n",
        docs.size(),
        (System.nanoTime() - start) / 1e9,
        model.featureCount());
    try (OutputStream os = Files.newOutputStream(out)) {
      model.save(os);
    }
    o.printf(Locale.ROOT, "wrote %s (%d bytes)%n", out, Files.size(out));
    if (dev != null) {
      NerEvaluation e = NerEvaluation.run(model, ConllReader.read(dev));
      o.printf("scores on %s:%n%s", dev, e.score().report());
    }
    o.flush();
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new NerTrainCommand()).execute(args));
  }
}
