package org.dateline.searcher.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.searcher.ArticleHit;
import org.dateline.searcher.NewsSearcher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline related}: articles like a given one. */
@Command(
    name = "related",
    mixinStandardHelpOptions = true,
    description = {
      "Articles most like ARTICLE_ID (MoreLikeThis over its text), never itself.",
      "Exit codes: 0 ok, 1 failed, 2 bad usage or unknown article."
    })
public final class RelatedCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin IndexOption index;

  @Parameters(paramLabel = "ARTICLE_ID", description = "The article to start from.")
  String id;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Articles to show (default: ${DEFAULT-VALUE}).")
  int limit = 10;

  @Option(
      names = "--window",
      paramLabel = "DAYS",
      description = "Only articles dated within DAYS of it.")
  Integer window;

  @Option(names = "--json", description = "Print {\"hits\": [...]} as JSON.")
  boolean json;

  @Override
  public Integer call() throws IOException {
    List<ArticleHit> hits;
    try (NewsSearcher searcher = index.open(spec.commandLine().getErr())) {
      hits = searcher.related(id, limit, window);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(Json.write(java.util.Map.of("hits", Json.hits(hits))));
    } else {
      // the page, not a total: related articles are ranked, not counted
      if (hits.isEmpty()) {
        out.printf("No article is related to %s%n", id);
      } else if (hits.size() == 1) {
        out.printf("The article most related to %s%n", id);
      } else {
        out.printf("The %d articles most related to %s%n", hits.size(), id);
      }
      TextOutput text = new TextOutput(out, Terminal.isInteractive());
      for (int i = 0; i < hits.size(); i++) {
        text.hit(i + 1, hits.get(i));
      }
    }
    out.flush();
    return 0;
  }
}
