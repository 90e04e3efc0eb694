package org.dateline.searcher.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dateline.indexer.FreshIndex;
import org.dateline.indexer.IndexerOptions;
import org.dateline.indexer.IndexingJob;
import org.dateline.indexer.cli.Extractors;
import org.dateline.indexer.cli.IndexCommand;
import org.dateline.indexer.cli.IndexFolderOption;
import org.dateline.indexer.cli.IndexLocation;
import org.dateline.searcher.NewsSearcher;
import picocli.CommandLine.Mixin;

/**
 * The {@code --index} option of the search commands, and opening the index it names. When the
 * default index is empty and the seed articles are at hand, they are indexed first (and the user is
 * told), so a fresh clone answers its first search.
 */
final class IndexOption {

  @Mixin private final IndexFolderOption folder = new IndexFolderOption();

  /** The index folder given, or the default one. */
  Path path() {
    return folder.path();
  }

  /**
   * Opens the index, indexing the seeds into the default location first if it is empty, unless an
   * {@code index} run is writing its first commit there (the search then finds no index yet).
   */
  NewsSearcher open(PrintWriter err) throws IOException {
    if (path().equals(IndexLocation.defaultIndex())
        && !IndexLocation.hasIndex(path())
        && !IndexLocation.isBeingWritten(path())) {
      Path seeds = IndexLocation.seeds();
      if (Files.isDirectory(seeds)) {
        indexSeeds(seeds, err);
      }
    }
    return NewsSearcher.open(path());
  }

  private void indexSeeds(Path seeds, PrintWriter err) throws IOException {
    err.println("No index in " + path() + " yet: indexing " + seeds + " first.");
    err.flush();
    // all or nothing: a failure leaves no index, so the next search indexes the seeds again
    IndexingJob.Summary s =
        FreshIndex.build(
            List.of(seeds), path(), new IndexerOptions(false, Extractors.standard(), 64), 2);
    if (s == null) {
      err.println("Another process indexed them meanwhile.");
    } else {
      err.printf("Indexed %d article%s from %s.%n", s.read(), s.read() == 1 ? "" : "s", seeds);
      IndexCommand.printRejections(s, err);
    }
    err.flush();
  }
}
