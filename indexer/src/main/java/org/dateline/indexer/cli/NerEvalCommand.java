package org.dateline.indexer.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dateline.indexer.entity.LabeledDocument;
import org.dateline.indexer.entity.NerModel;
import org.dateline.indexer.entity.StatisticalEntityExtractor;
import org.dateline.indexer.entity.train.ConllReader;
import org.dateline.indexer.entity.train.GumReader;
import org.dateline.indexer.entity.train.NerEvaluation;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ner-eval}: scores the named-entity model on a gold corpus, strictly. */
@Command(
    name = "ner-eval",
    mixinStandardHelpOptions = true,
    description = {
      "Scores the named-entity model (exact span and type) on a CoNLL file or GUM's dep/ folder.",
      "Prints precision, recall and F1 per type, micro-averaged over person, organization and"
          + " location, and tokens/s (one thread, single pass, includes scoring)."
    })
public final class NerEvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  static final class Gold {
    @Option(names = "--conll", description = "CoNLL-2003 file (tagged on its own tokens)")
    Path conll;

    @Option(names = "--gum", description = "GUM dep/ folder (raw text through the whole extractor)")
    Path gum;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Gold gold;

  @Option(names = "--model", description = "model zip (default: the bundled model)")
  Path model;

  @Option(
      names = "--capitals",
      description =
          "Score on the text written in capitals (every letter upper case, as wire and archive"
              + " text often is), the gold names unchanged.")
  boolean capitals;

  @Override
  public Integer call() throws IOException {
    PrintWriter o = spec.commandLine().getOut();
    NerModel m;
    if (model == null) {
      m = StatisticalEntityExtractor.loadBundledModel();
    } else {
      try (InputStream in = Files.newInputStream(model)) {
        m = NerModel.load(in);
      }
    }
    List<LabeledDocument> conll = null;
    List<GumReader.Article> gum = null;
    if (gold.conll != null) {
      conll = ConllReader.read(gold.conll);
      conll = capitals ? NerEvaluation.inCapitals(conll) : conll;
    } else {
      gum = GumReader.readFolder(gold.gum);
      gum = capitals ? NerEvaluation.articlesInCapitals(gum) : gum;
    }
    NerEvaluation e =
        conll != null
            ? NerEvaluation.run(m, conll)
            : NerEvaluation.runText(new StatisticalEntityExtractor(m), gum);
    o.print(e.score().report());
    if (gold.gum != null) {
      double[] d = NerEvaluation.detail(new StatisticalEntityExtractor(m), gum);
      o.printf(
          Locale.ROOT,
          "micro F1 on even / odd articles: %.4f / %.4f; on unique names per article: %.4f%n",
          d[0],
          d[1],
          d[2]);
    }
    o.printf(
        Locale.ROOT,
        "%d tokens, %.0f tokens/s (cold, one pass)%n",
        e.tokens(),
        e.tokensPerSecond());
    o.flush();
    return 0;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new NerEvalCommand()).execute(args));
  }
}
