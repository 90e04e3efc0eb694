package org.dateline.indexer.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.dateline.indexer.IndexCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dateline check}: verifies an index, for example after a crash. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Verify the index: Lucene's CheckIndex, whole article blocks, unique ids, and the article"
          + " count the last commit recorded. Run it when no 'index' is writing.",
      "Exit codes: 0 sound, 1 damaged or failed, 2 bad usage."
    })
public final class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin private final IndexFolderOption folder = new IndexFolderOption();

  @Override
  public Integer call() throws IOException {
    if (!IndexLocation.hasIndex(folder.path())) {
      throw new IOException("no index in " + folder.path());
    }
    IndexCheck.Result r;
    try (Directory dir = FSDirectory.open(folder.path())) {
      r = IndexCheck.check(dir);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (r.opened()) {
      out.printf(
          "Index %s: %,d articles, %,d paragraphs%n", folder.path(), r.articles(), r.paragraphs());
    } else {
      out.printf("Index %s: cannot be opened%n", folder.path());
    }
    if (r.commit() != null) {
      out.printf(
          "Last commit: %s, recorded %,d articles%n", r.commit().time(), r.commit().articles());
    }
    out.println(r.ok() ? "OK" : r.onlyLayoutDiffers() ? "OLD LAYOUT: REBUILD IT" : "DAMAGED");
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    r.problems().forEach(p -> err.println("dateline check: " + p));
    err.flush();
    return r.ok() ? ExitCodes.OK : ExitCodes.FAILED;
  }
}
