package org.dateline.searcher.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dateline.searcher.FacetResults;
import org.dateline.searcher.IndexStats;
import org.dateline.searcher.NewsSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dateline stats}: what the index holds. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description = {
      "Print articles, paragraphs, date range, top entities and size of the index.",
      "Exit codes: 0 ok, 1 failed, 2 bad usage."
    })
public final class StatsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Option(names = "--json", description = "Print one JSON object.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    IndexStats s;
    try (NewsSearcher searcher = index.open(spec.commandLine().getErr())) {
      s = searcher.stats();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(Json.stats(s)));
    } else {
      out.printf("Index:      %s%n", index.path());
      out.printf("Articles:   %,d%n", s.articles());
      out.printf("Paragraphs: %,d%n", s.paragraphs());
      out.printf(
          "Dates:      %s%n",
          s.firstDate() == null ? "(none)" : s.firstDate() + " to " + s.lastDate());
      if (s.lastCommit() != null) {
        out.printf("Committed:  %s%n", s.lastCommit());
      }
      out.printf(
          "Size:       %,.1f MB in %d segment%s%n",
          s.sizeBytes() / 1e6, s.segments(), s.segments() == 1 ? "" : "s");
      for (Map.Entry<String, List<FacetResults.FacetValue>> e : s.topEntities().entrySet()) {
        out.println("Top " + e.getKey() + ":");
        if (e.getValue().isEmpty()) {
          out.println("  (none)");
        }
        e.getValue().forEach(v -> out.printf("  %-40s %,d%n", v.value(), v.count()));
      }
    }
    out.flush();
    return 0;
  }
}
