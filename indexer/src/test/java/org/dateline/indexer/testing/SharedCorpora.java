package org.dateline.indexer.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Finds the read-only {@code ../shared} folder beside the project checkout. Tests that need it call
 * {@link #require}, which skips them (visibly, with the reason) when it is absent, as it is on a
 * user's fresh clone.
 */
public final class SharedCorpora {

  private SharedCorpora() {}

  /** The shared folder, or {@code null} when there is none. */
  public static Path root() {
    String configured = System.getProperty("dateline.shared");
    if (configured != null) {
      Path p = Paths.get(configured);
      return Files.isDirectory(p) ? p : null;
    }
    for (Path dir = Paths.get("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("shared");
      if (Files.isRegularFile(candidate.resolve("STYLE.md"))) {
        return candidate;
      }
    }
    return null;
  }

  /**
   * Returns {@code shared/relative}, or skips the calling test when it does not exist.
   *
   * @param relative for example {@code corpora/time}
   */
  public static Path require(String relative) {
    Path root = root();
    assumeTrue(
        root != null, "skipped: ../shared is absent (this test needs shared/" + relative + ")");
    Path p = root.resolve(relative);
    assumeTrue(Files.exists(p), "skipped: shared/" + relative + " is absent");
    return p;
  }
}
