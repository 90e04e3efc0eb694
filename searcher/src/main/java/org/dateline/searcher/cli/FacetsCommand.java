package org.dateline.searcher.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dateline.searcher.NewsSearcher;
import org.dateline.searcher.SearchRequest;
import org.dateline.searcher.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline facets}: entity and date counts of the articles matching a query. */
@Command(
    name = "facets",
    mixinStandardHelpOptions = true,
    description = {
      "Count people, organizations, locations and dates over the articles matching QUERY"
          + " (*:* for all). With --entity filters, a filtered type is counted as if its own"
          + " filter were off (multi-select), the other types honour it.",
      "Exit codes: 0 ok, 1 failed, 2 bad usage or bad query."
    })
public final class FacetsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Mixin QueryOptions query;

  @Option(
      names = "--top",
      paramLabel = "N",
      description =
          "Values per entity type (default: ${DEFAULT-VALUE}); every date bucket is shown.")
  int top = 10;

  @Option(
      names = "--date-buckets",
      paramLabel = "SIZE",
      description = "auto (default), year, month or day.")
  SearchRequest.DateBuckets dateBuckets = SearchRequest.DateBuckets.AUTO;

  @Option(
      names = "--json",
      description =
          "Print the \"facets\" JSON object, with \"partial\": true when the counts stopped"
              + " at the time limit.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    SearchRequest.Builder b = query.builder(spec.commandLine());
    SearchRequest request =
        QueryOptions.request(
            spec.commandLine(),
            () -> b.limit(0).facets(true).facetLimit(top).dateBuckets(dateBuckets).build());
    SearchResults results;
    try (NewsSearcher searcher = index.open(spec.commandLine().getErr())) {
      results = searcher.search(request);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(Json.facetCounts(results)));
    } else {
      out.printf(
          "%s%,d article%s match '%s'%n",
          results.totalIsExact() ? "" : "at least ",
          results.total(),
          results.total() == 1 ? "" : "s",
          request.query());
      new TextOutput(out, false).facets(results.facets());
    }
    out.flush();
    if (results.partial()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(
          "dateline facets: counts are partial: the search stopped at its time limit of "
              + QueryOptions.formatSeconds(request.timeout())
              + " s");
      err.flush();
    }
    return 0;
  }
}
