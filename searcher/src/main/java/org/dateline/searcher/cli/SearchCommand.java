package org.dateline.searcher.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dateline.searcher.NewsSearcher;
import org.dateline.searcher.SearchRequest;
import org.dateline.searcher.SearchResults;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline search}: ranked search, results grouped by article. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Search the index. Hits are articles, best first, with their best paragraphs highlighted.",
      "Query syntax: words, \"phrases\", \"near words\"~3, AND OR NOT + -, wild*, fuzzy~,"
          + " field:value for text, title, person, organization, location, misc,"
          + " date:[2020-01-01 TO 2020-06-30].",
      "Exit codes: 0 ok, 1 failed, 2 bad usage or bad query."
    })
public final class SearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Mixin QueryOptions query;

  @Mixin RankingOptions ranking;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Articles per page (default: ${DEFAULT-VALUE}).")
  int limit = 10;

  @Option(names = "--offset", paramLabel = "N", description = "Articles to skip (default: 0).")
  int offset;

  @Option(
      names = "--cursor",
      paramLabel = "CURSOR",
      description = "Continue after the page that printed this cursor.")
  String cursor;

  @Option(
      names = "--sort",
      paramLabel = "ORDER",
      description = "relevance (default) or date (newest first).")
  SearchRequest.Sort sort = SearchRequest.Sort.RELEVANCE;

  @Option(
      names = "--recency",
      paramLabel = "HALF_LIFE_DAYS",
      description = "Boost recent articles: relevance x 0.5^(age / HALF_LIFE_DAYS).")
  Double recency;

  @Option(
      names = "--facets",
      description = "Also count entities and dates of the matching articles.")
  boolean facets;

  @Option(
      names = "--date-buckets",
      paramLabel = "SIZE",
      description = "Date facet granularity: auto (default), year, month or day.")
  SearchRequest.DateBuckets dateBuckets = SearchRequest.DateBuckets.AUTO;

  @Option(
      names = "--paragraphs",
      paramLabel = "N",
      description =
          "Highlighted paragraphs per article, 0-3 (default: ${DEFAULT-VALUE}; 0 ranks only).")
  int paragraphs = 2;

  @Option(names = "--explain", description = "Show how each hit's score was computed.")
  boolean explain;

  @Option(names = "--json", description = "Print one JSON object (shape in the README).")
  boolean json;

  @Override
  public Integer call() throws IOException {
    CommandLine cl = spec.commandLine();
    QueryOptions.requireWith(cl, "--date-buckets", facets, "--facets");
    ranking.requireFeedbackForItsOptions(cl);
    SearchRequest.Builder b = query.builder(cl);
    SearchRequest request =
        QueryOptions.request(
            cl,
            () -> {
              ranking.apply(b);
              b.limit(limit).offset(offset).cursor(cursor).sort(sort).facets(facets);
              b.dateBuckets(dateBuckets).paragraphsPerHit(paragraphs).explain(explain);
              if (recency != null) {
                b.recency(recency);
              }
              return b.build();
            });
    PrintWriter out = spec.commandLine().getOut();
    SearchResults results;
    try (NewsSearcher searcher = index.open(spec.commandLine().getErr())) {
      results = searcher.search(request);
    }
    if (json) {
      out.println(Json.write(Json.results(results)));
    } else {
      new TextOutput(out, Terminal.isInteractive()).results(request, results);
    }
    out.flush();
    return 0;
  }
}
