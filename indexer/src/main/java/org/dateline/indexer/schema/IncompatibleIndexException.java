package org.dateline.indexer.schema;

import java.io.IOException;
import java.util.List;

/**
 * The index was written with another layout than this version of Dateline reads and writes ({@link
 * NewsSchema#VERSION}): by an earlier version, before layouts were versioned, or by a later one; or
 * Lucene cannot read it at all (a codec or file format this version does not have, or a damaged
 * commit, see {@link NewsSchema#readable}); or it is another program's Lucene index ({@link
 * #isNotDateline}). The indexer refuses it before a writer opens it, the searcher before it reads
 * an article; a Dateline index of another layout has to be rebuilt from its sources, another
 * program's is to be left alone.
 */
public class IncompatibleIndexException extends IOException {

  private static final long serialVersionUID = 1L;

  private final String found;
  private final int expected;
  private boolean notDateline;

  /**
   * @param index names the index (its folder)
   * @param found what the index recorded as its layout version, or {@code null} when it recorded
   *     none
   * @param expected the layout version this Dateline reads and writes
   */
  public IncompatibleIndexException(String index, String found, int expected) {
    super(message(index, found, expected));
    this.found = found;
    this.expected = expected;
  }

  /**
   * An index Lucene cannot read with this version's codecs and formats.
   *
   * @param index names the index (its folder)
   * @param unreadable what could not be read, in words
   * @param cause Lucene's error
   * @param expected the layout version this Dateline reads and writes
   */
  public IncompatibleIndexException(
      String index, String unreadable, Exception cause, int expected) {
    super(
        "the index in "
            + index
            + " cannot be read by this version of Dateline ("
            + unreadable
            + "): it was written by another version; rebuild it from its sources",
        cause);
    this.found = null;
    this.expected = expected;
  }

  /**
   * An index whose last commit Lucene finds damaged: a checksum that fails, a file cut short, a
   * file it names gone.
   *
   * @param index names the index (its folder)
   * @param cause Lucene's error, which names the damaged file
   * @param expected the layout version this Dateline reads and writes
   */
  public static IncompatibleIndexException damaged(String index, IOException cause, int expected) {
    String what =
        cause instanceof java.nio.file.NoSuchFileException
                || cause instanceof java.io.FileNotFoundException
            ? "a file of its last commit is missing: " + cause.getMessage()
            : cause.getMessage();
    return new IncompatibleIndexException(
        "the index in " + index + " is damaged (" + what + "); rebuild it from its sources",
        cause,
        expected);
  }

  private IncompatibleIndexException(String message, IOException cause, int expected) {
    super(message, cause);
    this.found = null;
    this.expected = expected;
  }

  private IncompatibleIndexException(String message, int expected) {
    super(message);
    this.found = null;
    this.expected = expected;
    this.notDateline = true;
  }

  /**
   * A Lucene index that Dateline did not write: it records no layout and has none of Dateline's
   * fields. Rebuilding it in place would delete another program's index, so the message does not
   * advise it.
   *
   * @param index names the index (its folder)
   * @param fields the fields it has, named in the message (the first few)
   * @param expected the layout version this Dateline reads and writes
   */
  public static IncompatibleIndexException notDateline(
      String index, List<String> fields, int expected) {
    String named =
        fields.isEmpty()
            ? "no fields"
            : "fields "
                + String.join(", ", fields.subList(0, Math.min(5, fields.size())))
                + (fields.size() > 5 ? ", ..." : "");
    return new IncompatibleIndexException(
        "the folder "
            + index
            + " holds a Lucene index that Dateline did not write ("
            + named
            + "); Dateline reads and writes only its own indexes: use another folder",
        expected);
  }

  /**
   * An index Lucene cannot read whose last commit records nothing of Dateline's: another program's
   * (a codec Dateline does not have, a newer Lucene), not to be replaced.
   *
   * @param index names the index (its folder)
   * @param cause Lucene's error
   * @param expected the layout version this Dateline reads and writes
   */
  public static IncompatibleIndexException unreadableNotDateline(
      String index, Exception cause, int expected) {
    IncompatibleIndexException e =
        new IncompatibleIndexException(
            "the folder "
                + index
                + " holds an index that Dateline did not write and cannot read ("
                + cause.getMessage()
                + "); Dateline reads and writes only its own indexes: use another folder",
            expected);
    e.initCause(cause);
    return e;
  }

  /**
   * Whether the index is another program's Lucene index ({@link #notDateline}), which is not to be
   * rebuilt in its place.
   */
  public boolean isNotDateline() {
    return notDateline;
  }

  private static String message(String index, String found, int expected) {
    String which;
    if (found == null) {
      which = "was written by an earlier version of Dateline, before index layouts were numbered";
    } else if (isNewer(found, expected)) {
      which = "has index layout " + found + ", written by a later version of Dateline";
    } else {
      which = "has index layout " + found + ", written by an earlier version of Dateline";
    }
    return "the index in "
        + index
        + " "
        + which
        + "; this version reads and writes layout "
        + expected
        + " only: rebuild the index from its sources";
  }

  private static boolean isNewer(String found, int expected) {
    try {
      return Integer.parseInt(found.trim()) > expected;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /**
   * Whether Lucene could not read the index at all (creating a new index in its place deletes its
   * files first, since Lucene's own create mode reads the last commit).
   */
  public boolean unreadable() {
    return getCause() != null;
  }

  /**
   * The layout version the index recorded, or {@code null} when it recorded none or is unreadable.
   */
  public String found() {
    return found;
  }

  /** The layout version this Dateline reads and writes. */
  public int expected() {
    return expected;
  }
}
