package org.dateline.searcher.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.indexer.cli.ExitCodes;
import org.dateline.indexer.cli.IndexFolderOption;
import org.dateline.indexer.cli.IndexLocation;
import org.dateline.indexer.cli.OutputFiles;
import org.dateline.searcher.SearchRequest;
import org.dateline.searcher.eval.EvalFormatException;
import org.dateline.searcher.eval.Evaluation;
import org.dateline.searcher.eval.Evaluator;
import org.dateline.searcher.eval.Metric;
import org.dateline.searcher.eval.Qrels;
import org.dateline.searcher.eval.Ranker;
import org.dateline.searcher.eval.Run;
import org.dateline.searcher.eval.Topic;
import org.dateline.searcher.eval.TopicRunner;
import org.dateline.searcher.eval.Topics;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code dateline eval}: scores a run against judgments as {@code trec_eval -c} does, printing
 * trec_eval's lines; or, with {@code --topics}, first runs every topic through the searcher and
 * scores the result.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Scores a TREC run against relevance judgments exactly as trec_eval -c (10.0) does:"
          + " every judged topic counts, one missing from the run scores 0.",
      "With --topics, runs every topic through the searcher first (article ids as document"
          + " ids)."
    },
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {
      "0:scored",
      "1:failed (I/O error, or no searcher for --topics)",
      "2:bad usage or bad input file",
      "3:--topics: some topics could not be ranked (each listed on stderr with file, line and"
          + " reason); the others are scored, and those score 0; when none could, nothing is"
          + " scored"
    })
public final class EvalCommand implements Callable<Integer> {

  static final String DEFAULT_METRICS =
      "runid,num_q,num_ret,num_rel,num_rel_ret,map,Rprec,bpref,recip_rank,P,recall,ndcg,ndcg_cut";

  @Spec private CommandSpec spec;

  @Mixin private JudgmentOptions judgments = new JudgmentOptions();

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Source source;

  static final class Source {
    @Option(
        names = "--run",
        paramLabel = "FILE",
        description = "TREC run to score: 'qid Q0 docid rank score tag' per line")
    Path run;

    @Option(
        names = "--topics",
        paramLabel = "FILE",
        description = "topics to run: TREC SGML, TSV 'qid<TAB>query' or TIME.QUE (detected)")
    Path topics;
  }

  @Option(
      names = "--index",
      paramLabel = "DIR",
      converter = IndexFolderOption.Folder.class,
      description = "with --topics: the index to search (default: ${DEFAULT-VALUE})")
  private Path index = IndexLocation.defaultIndex();

  @Option(
      names = "--run-out",
      paramLabel = "FILE",
      description = "with --topics: also write the run here")
  private Path runOut;

  @Option(
      names = "--depth",
      defaultValue = "1000",
      description = "with --topics: articles per topic (default: ${DEFAULT-VALUE})")
  private int depth;

  @Option(
      names = "--tag",
      defaultValue = "dateline",
      description = "with --topics: the run tag (default: ${DEFAULT-VALUE})")
  private String tag;

  @Option(
      names = {"-m", "--metrics"},
      paramLabel = "LIST",
      defaultValue = DEFAULT_METRICS,
      description =
          "measures, comma-separated or repeated: map, P_10, ndcg_cut_10, recall_100, ndcg,"
              + " recip_rank, bpref, Rprec, num_q, num_ret, num_rel, num_rel_ret, runid; P, recall"
              + " or ndcg_cut alone mean cutoffs 5,10,15,20,30,100,200,500,1000; P.5,10 is"
              + " P_5 and P_10 (default: all)")
  private List<String> metrics;

  @Option(
      names = {"-q", "--per-query"},
      description = "print each topic's lines before 'all'")
  private boolean perQuery;

  // trec_eval's -c: what eval always does, taken so that trec_eval's command lines (-qc) run
  @Option(
      names = "-c",
      description =
          "as trec_eval -c: score every judged topic, one the run leaves out as 0 (always on;"
              + " accepted for trec_eval's command lines, -qc)")
  private boolean complete;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description =
          "with --topics: time limit of each topic's search (default: 10); a topic out of time"
              + " is rejected, never scored on the part it ranked")
  private Double timeoutSeconds;

  @Mixin private RankingOptions ranking = new RankingOptions();

  private final RankerFactory rankers;

  /** A command without a searcher: {@code --topics} fails with exit code 1, {@code --run} works. */
  public EvalCommand() {
    this(null);
  }

  /**
   * @param rankers opens the ranker {@code --topics} runs against, given {@code --index}. THE HOOK
   *     for the searcher: the root command passes e.g. {@code NewsSearcher::open}.
   */
  public EvalCommand(RankerFactory rankers) {
    this.rankers = rankers;
  }

  @Override
  public Integer call() {
    List<Metric> measures = parseMetrics();
    checkOptions();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try {
      Qrels qrels = Qrels.read(judgments.qrels);
      Run run;
      TopicRunner.Outcome outcome = null;
      if (source.run != null) {
        run = Run.read(source.run);
      } else if (rankers == null) {
        err.println(
            "dateline eval: --topics needs a searcher, and none is wired into this"
                + " command; score an existing run with --run");
        err.flush();
        return Failures.FAILED;
      } else {
        outcome = runTopics(err);
        if (outcome == null) {
          return ExitCodes.REJECTED;
        }
        run = outcome.run();
      }
      run.requireEachDocumentOnce(qrels.topics());
      RunCoverage.warn(err, "eval", "the run", qrels, run, source.run == null);
      Evaluation evaluation = new Evaluator(qrels, judgments.level).evaluate(run, measures);
      evaluation.toTrecEvalLines(perQuery).forEach(out::println);
      out.flush();
      err.flush();
      return outcome == null || outcome.rejected().isEmpty() ? 0 : ExitCodes.REJECTED;
    } catch (EvalFormatException e) {
      return Failures.badInput(err, "eval", e);
    } catch (IOException e) {
      return Failures.io(err, "eval", e, Failures.verbose(spec));
    } catch (IllegalStateException e) {
      // the searcher broke the Ranker contract (an article twice, more than --depth)
      err.println("dateline eval: " + e.getMessage());
      err.flush();
      return Failures.FAILED;
    }
  }

  /**
   * Runs the topics, reports those the searcher could not rank, and writes the run of the others to
   * {@code --run-out}; {@code null} when it could rank none, and so wrote nothing.
   */
  private TopicRunner.Outcome runTopics(PrintWriter err) throws IOException, EvalFormatException {
    List<Topic> topics = Topics.read(source.topics);
    Ranker ranker = rankers.open(index, this::searchOptions);
    TopicRunner.Outcome outcome;
    try {
      outcome = TopicRunner.runEach(topics, ranker, depth, tag);
    } finally {
      if (ranker instanceof Closeable closeable) {
        closeable.close();
      }
    }
    TopicRejections.print(err, source.topics, topics.size(), outcome.rejected());
    if (outcome.rejected().size() == topics.size()) {
      err.println(
          "dateline eval: no topic could be ranked, so nothing is scored"
              + (runOut == null ? "" : " or written to " + runOut));
      err.flush();
      return null;
    }
    if (runOut != null) {
      try (Writer writer = Files.newBufferedWriter(runOut, StandardCharsets.UTF_8)) {
        outcome.run().write(writer);
      }
    }
    return outcome;
  }

  /** The options of every topic's search: the ranking options and the time limit. */
  private SearchRequest.Builder searchOptions(SearchRequest.Builder b) {
    ranking.apply(b);
    if (timeoutSeconds != null) {
      b.timeout(QueryOptions.seconds("--timeout", timeoutSeconds));
    }
    return b;
  }

  /** Refuses a {@code --run-out} that names an input, which writing the run would overwrite. */
  private void requireNotInput(Path input, String option) {
    try {
      if (Files.exists(runOut) && Files.exists(input) && Files.isSameFile(runOut, input)) {
        throw new ParameterException(
            spec.commandLine(),
            "--run-out "
                + runOut
                + " is the "
                + option
                + " file; writing the run would overwrite it");
      }
    } catch (IOException e) {
      // unreadable: reading the input reports it
    }
  }

  /**
   * Refuses, with {@code --run}, an option that applies only to {@code --topics} (where the run is
   * made, searched and written), which a run read from a file would silently ignore.
   */
  private void refuseTopicsOptions() {
    List<String> topicsOnly =
        new ArrayList<>(List.of("--index", "--run-out", "--depth", "--tag", "--timeout"));
    // every ranking option, those added later too
    for (OptionSpec option : spec.mixins().get("ranking").options()) {
      topicsOnly.add(option.longestName());
    }
    for (String option : topicsOnly) {
      if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
        throw new ParameterException(spec.commandLine(), option + " goes with --topics, not --run");
      }
    }
  }

  private List<Metric> parseMetrics() {
    return MetricOptions.parse(spec.commandLine(), metrics);
  }

  private void checkOptions() {
    if (source.run != null) {
      refuseTopicsOptions();
    }
    if (runOut != null) {
      OutputFiles.requireWritable(spec.commandLine(), "--run-out", runOut);
      requireNotInput(judgments.qrels, "--qrels");
      requireNotInput(source.topics, "--topics");
    }
    if (depth <= 0) {
      throw new ParameterException(spec.commandLine(), "--depth must be > 0, found " + depth);
    }
    if (judgments.level < 0) {
      throw new ParameterException(
          spec.commandLine(), "--level must be >= 0, found " + judgments.level);
    }
    if (source.topics != null) {
      ranking.requireFeedbackForItsOptions(spec.commandLine());
      // a bad value (--timeout 0, --fb-weight 2) is a usage error now, not one per topic later
      QueryOptions.request(
          spec.commandLine(), () -> searchOptions(SearchRequest.builder("options")).build());
    }
    if (!Run.isOneColumn(tag)) {
      throw new ParameterException(
          spec.commandLine(), "--tag must be one word without spaces, found '" + tag + "'");
    }
  }
}
