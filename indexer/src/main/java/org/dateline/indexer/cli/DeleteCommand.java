package org.dateline.indexer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.dateline.indexer.ArticleIndexer;
import org.dateline.indexer.IndexerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dateline delete}: removes articles by id. */
@Command(
    name = "delete",
    mixinStandardHelpOptions = true,
    description = {
      "Delete articles from the index by id.",
      "Exit codes: 0 ok, 1 failed, 2 bad usage, 3 some ids were not in the index."
    })
public final class DeleteCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin private final IndexFolderOption folder = new IndexFolderOption();

  @Parameters(paramLabel = "ID", arity = "1..*", description = "Article ids.")
  List<String> ids;

  @Override
  public Integer call() throws IOException {
    if (!IndexLocation.hasIndex(folder.path())) {
      // opening a writer here would create an empty index where the user expected one
      throw new IOException("no index in " + folder.path());
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int missing = 0;
    int deleted = 0;
    try (ArticleIndexer indexer =
        ArticleIndexer.open(folder.path(), new IndexerOptions(false, null, 16))) {
      // an id named twice is one article to delete
      for (String id : new java.util.LinkedHashSet<>(ids)) {
        if (indexer.delete(id)) {
          deleted++;
        } else {
          err.println("dateline delete: no article with id '" + id + "' in " + folder.path());
          missing++;
        }
      }
    }
    out.printf("Deleted %d article%s%n", deleted, deleted == 1 ? "" : "s");
    out.flush();
    err.flush();
    return missing == 0 ? ExitCodes.OK : ExitCodes.REJECTED;
  }
}
