package org.dateline.indexer.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.dateline.indexer.testing.RequiresShared;
import org.dateline.indexer.testing.SharedCorpora;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Lists the corpora of {@code ../shared} with no format given: the same article files as their
 * format takes, their notes left out unread; skipped visibly without them.
 */
@RequiresShared("corpora")
@Tag("shared-corpora")
class SharedCorporaDetectedTest {

  @ParameterizedTest
  @CsvSource({
    "corpora/bbc, bbc, README.TXT SOURCE.txt",
    "corpora/time, time, README SOURCE.txt TIME.QUE TIME.REL TIME.REL.ALL TIME.STP"
        + " time.docids.tsv time.qrels.trec",
    "corpora/reuters21578, reuters, README.txt SOURCE.txt all-exchanges-strings.lc.txt"
        + " all-orgs-strings.lc.txt all-people-strings.lc.txt all-places-strings.lc.txt"
        + " all-topics-strings.lc.txt cat-descriptions_120396.txt"
        + " feldman-cia-worldfactbook-data.txt lewis.dtd"
  })
  void detectsTheFilesTheFormatTakesAndLeavesOutTheNotes(String corpus, String format, String notes)
      throws IOException {
    Path folder = SharedCorpora.require(corpus);
    CollectingHandler given = new CollectingHandler();
    List<Path> taken =
        new ArticleSources(ArticleFormats.forName(format)).listFiles(List.of(folder), given);
    CollectingHandler detected = new CollectingHandler();
    List<Path> listed = new ArticleSources(null).listFiles(List.of(folder), detected);
    // compared whole, not printed whole: the BBC corpus has 2,225 files
    assertEquals(taken.size(), listed.size(), "files listed with no format given");
    assertTrue(taken.equals(listed), "the files listed differ from those --format takes");
    assertEquals(List.of(), detected.rejections, detected.report());
    assertEquals(
        List.of(notes.split(" ")),
        detected.skipped.stream().map(p -> p.getFileName().toString()).toList());
    assertEquals(given.skipped, detected.skipped);
  }
}
