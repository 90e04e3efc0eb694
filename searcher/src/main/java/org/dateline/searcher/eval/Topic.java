package org.dateline.searcher.eval;

/**
 * A search topic: its id (the qid of qrels and runs), the query text a system is given, and where
 * it was read, so that a topic the system cannot run can be reported as {@code FILE:LINE}.
 *
 * @param id the topic id; not empty, no white space
 * @param query the query text; not blank
 * @param line the 1-based line of the topic file the topic starts on, or 0 when it was not read
 *     from a file
 */
public record Topic(String id, String query, int line) {

  public Topic {
    if (!Ids.isWord(id)) {
      throw new IllegalArgumentException(
          "topic id must be non-empty without white space, found '" + id + "'");
    }
    if (query.isBlank()) {
      throw new IllegalArgumentException("topic '" + id + "' has an empty query");
    }
    if (line < 0) {
      throw new IllegalArgumentException(
          "line of topic '" + id + "' must be >= 0 (0: not from a file), found " + line);
    }
  }

  /** A topic given in code, not read from a file (its line is 0). */
  public Topic(String id, String query) {
    this(id, query, 0);
  }
}
