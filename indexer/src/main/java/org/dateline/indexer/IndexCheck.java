package org.dateline.indexer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.dateline.indexer.schema.IncompatibleIndexException;
import org.dateline.indexer.schema.NewsSchema;

/**
 * Verifies an index the way a crash could have damaged it: Lucene's {@link CheckIndex} over every
 * file, then Dateline's own rules. Every article is a whole block (its paragraphs numbered 1 to n,
 * carrying its id, then the article document), no paragraph is outside a block, no id is indexed
 * twice, and the article count equals what the last commit recorded ({@link CommitInfo}).
 *
 * <p>Needs the index's write lock, like {@link CheckIndex}: run it when no indexer has the index
 * open. Reads every stored document once, so it takes time in proportion to the index.
 */
public final class IndexCheck {

  /**
   * What the check found.
   *
   * @param luceneClean whether {@link CheckIndex} found the index clean
   * @param opened whether the index could be opened to check its articles; when not (a damaged
   *     commit), the counts are 0 and the problems say what CheckIndex found
   * @param articles live article documents
   * @param paragraphs live paragraph documents
   * @param commit what the last commit recorded, or {@code null} if it recorded nothing
   * @param currentLayout whether the index has the layout this version reads and writes ({@link
   *     NewsSchema#VERSION}); when not, that is one of the problems
   * @param problems each problem in words; empty when the index is sound
   */
  public record Result(
      boolean luceneClean,
      boolean opened,
      long articles,
      long paragraphs,
      CommitInfo commit,
      boolean currentLayout,
      List<String> problems) {

    public Result {
      problems = List.copyOf(problems);
    }

    /**
     * Whether the index is sound but for its layout: written by another version of Dateline, and to
     * be rebuilt rather than repaired.
     */
    public boolean onlyLayoutDiffers() {
      return luceneClean && !currentLayout && problems.size() == 1;
    }

    /** Whether the index is sound. */
    public boolean ok() {
      return luceneClean && problems.isEmpty();
    }
  }

  private static final int MAX_PROBLEMS = 20;

  private IndexCheck() {}

  /**
   * Checks the index in {@code dir}.
   *
   * @throws IndexLockedException if an indexer is writing the index
   * @throws IncompatibleIndexException if the folder holds another program's Lucene index ({@link
   *     IncompatibleIndexException#isNotDateline})
   */
  public static Result check(Directory dir) throws IOException {
    List<String> problems = new ArrayList<>();
    boolean clean = lucene(dir, problems);
    long articles = 0;
    long paragraphs = 0;
    Set<String> ids = new HashSet<>();
    CommitInfo commit;
    boolean currentLayout = true;
    DirectoryReader opened;
    try {
      opened = NewsSchema.readable(dir, () -> DirectoryReader.open(dir));
    } catch (IncompatibleIndexException e) {
      if (clean) {
        throw e;
      }
      // what CheckIndex found says more than the first damage the reader stumbled on
      problem(problems, "the index cannot be opened to check its articles: " + e.getMessage());
      return new Result(false, false, 0, 0, null, true, problems);
    }
    try (DirectoryReader reader = opened) {
      Map<String, String> commitData = reader.getIndexCommit().getUserData();
      commit = CommitInfo.of(commitData);
      try {
        NewsSchema.checkVersion(commitData, dir);
      } catch (IncompatibleIndexException e) {
        if (e.isNotDateline()) {
          throw e; // another program's index: no Dateline articles to check
        }
        currentLayout = false;
        problem(problems, e.getMessage());
      }
      for (LeafReaderContext leaf : reader.leaves()) {
        long[] counts;
        try {
          counts = checkBlocks(leaf.reader(), ids, problems);
        } catch (IOException | RuntimeException e) {
          if (clean) {
            throw e;
          }
          // damaged stored fields fail as anything: a checksum, an index out of bounds, a null
          problem(problems, "the articles of a damaged segment cannot be read: " + e);
          continue;
        }
        articles += counts[0];
        paragraphs += counts[1];
      }
    }
    if (commit != null && commit.articles() != articles) {
      problem(
          problems,
          "the last commit recorded "
              + commit.articles()
              + " articles but the index holds "
              + articles);
    }
    return new Result(clean, true, articles, paragraphs, commit, currentLayout, problems);
  }

  private static boolean lucene(Directory dir, List<String> problems) throws IOException {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    CheckIndex opened;
    try {
      opened = new CheckIndex(dir);
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      throw IndexLockedException.of(NewsSchema.describe(dir), e);
    }
    try (CheckIndex checker = opened) {
      checker.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
      CheckIndex.Status status = checker.checkIndex();
      if (!status.clean) {
        problem(
            problems, "Lucene's CheckIndex found the index damaged:\n" + withoutStackFrames(log));
      }
      return status.clean;
    }
  }

  /** CheckIndex's report with the stack frames of the exceptions it shows left out. */
  private static String withoutStackFrames(ByteArrayOutputStream log) {
    return log.toString(StandardCharsets.UTF_8)
        .lines()
        .filter(line -> !STACK_FRAME.matcher(line).matches())
        .collect(Collectors.joining("\n", "", "\n"));
  }

  private static final Pattern STACK_FRAME = Pattern.compile("\\s+(at \\S.*|\\.\\.\\. \\d+ more)");

  /** Checks the blocks of one segment; returns live {articles, paragraphs}. */
  private static long[] checkBlocks(LeafReader leaf, Set<String> ids, List<String> problems)
      throws IOException {
    StoredFields stored = leaf.storedFields();
    Bits live = leaf.getLiveDocs();
    List<Document> pending = new ArrayList<>();
    long articles = 0;
    long paragraphs = 0;
    for (int doc = 0; doc < leaf.maxDoc(); doc++) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      Document d = stored.document(doc);
      IndexableField count = d.getField(NewsSchema.PARAGRAPH_COUNT);
      if (count == null) {
        pending.add(d);
        paragraphs++;
        continue;
      }
      articles++;
      String id = d.get(NewsSchema.ID);
      if (!ids.add(id)) {
        problem(problems, "article '" + id + "' is indexed more than once");
      }
      int n = count.numericValue().intValue();
      boolean whole = pending.size() == n;
      for (int i = 0; whole && i < n; i++) {
        Document p = pending.get(i);
        whole =
            id.equals(p.get(NewsSchema.ID))
                && p.getField(NewsSchema.PARAGRAPH_NUMBER).numericValue().intValue() == i + 1;
      }
      if (!whole) {
        problem(
            problems,
            "article '"
                + id
                + "' should have "
                + n
                + " paragraphs before it, found "
                + pending.size());
      }
      pending.clear();
    }
    if (!pending.isEmpty()) {
      problem(problems, pending.size() + " paragraph(s) belong to no article");
    }
    return new long[] {articles, paragraphs};
  }

  private static void problem(List<String> problems, String problem) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(problem);
    }
  }
}
