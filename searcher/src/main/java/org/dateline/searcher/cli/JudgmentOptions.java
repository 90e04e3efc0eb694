package org.dateline.searcher.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The judgments options shared by {@code eval} and {@code compare}: qrels and relevance level. */
final class JudgmentOptions {

  @Option(
      names = "--qrels",
      required = true,
      paramLabel = "FILE",
      description = "TREC qrels: 'qid 0 docid grade' per line")
  Path qrels;

  @Option(
      names = {"-l", "--level"},
      defaultValue = "1",
      paramLabel = "N",
      description = "lowest grade that counts as relevant, as trec_eval -l (default: 1)")
  int level;
}
