package org.dateline.searcher.cli;

import org.dateline.searcher.SearchRequest;
import org.dateline.searcher.ranking.Feedback;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Ranking options shared by {@code search} and {@code eval --topics}. */
final class RankingOptions {

  @Option(
      names = "--paragraph-weight",
      paramLabel = "W",
      description =
          "Weight of the article's best paragraph for the whole query, added to its score"
              + " (default: ${DEFAULT-VALUE}; 0 for none).")
  double paragraphWeight = SearchRequest.DEFAULT_PARAGRAPH_WEIGHT;

  @Option(
      names = "--feedback",
      description =
          "Pseudo-relevance feedback (RM3): expand the query from the top articles and search"
              + " again. Better recall and ranking for topic-like queries; about twice as slow.")
  boolean feedback;

  @Option(
      names = "--fb-docs",
      paramLabel = "N",
      description = "Feedback articles (default: ${DEFAULT-VALUE}).")
  int fbDocs = Feedback.RM3.documents();

  @Option(
      names = "--fb-terms",
      paramLabel = "N",
      description = "Expansion terms (default: ${DEFAULT-VALUE}).")
  int fbTerms = Feedback.RM3.terms();

  @Option(
      names = "--fb-weight",
      paramLabel = "W",
      description = "Weight of the original query, in (0, 1] (default: ${DEFAULT-VALUE}).")
  double fbWeight = Feedback.RM3.originalWeight();

  /** Refuses a feedback option given without {@code --feedback}, which it would not change. */
  void requireFeedbackForItsOptions(CommandLine cl) {
    for (String option : new String[] {"--fb-docs", "--fb-terms", "--fb-weight"}) {
      QueryOptions.requireWith(cl, option, feedback, "--feedback");
    }
  }

  /** Applies these options to a request. */
  SearchRequest.Builder apply(SearchRequest.Builder b) {
    b.paragraphWeight(paragraphWeight);
    if (feedback) {
      b.feedback(new Feedback(fbDocs, fbTerms, fbWeight));
    }
    return b;
  }
}
