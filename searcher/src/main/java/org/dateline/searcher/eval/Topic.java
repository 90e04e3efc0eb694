package org.dateline.searcher.eval;

/**
 * A search topic: its id (the qid of qrels and runs) and the query text a system is given.
 *
 * @param id the topic id; not empty, no white space
 * @param query the query text; not blank
 */
public record Topic(String id, String query) {

  public Topic {
    if (!Ids.isWord(id)) {
      throw new IllegalArgumentException(
          "topic id must be non-empty without white space, found '" + id + "'");
    }
    if (query.isBlank()) {
      throw new IllegalArgumentException("topic '" + id + "' has an empty query");
    }
  }
}
