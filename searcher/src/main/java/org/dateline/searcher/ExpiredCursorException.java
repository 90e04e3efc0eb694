package org.dateline.searcher;

/**
 * A relevance cursor whose view of the index is gone: the index has changed since the cursor's
 * first page, and the view that page was ranked in is no longer kept ({@link NewsSearcher#search}).
 * The cursor was sound; the remedy is to search again without it, from the first page. An {@link
 * IllegalArgumentException}, as a malformed cursor is, so that callers that treat every bad request
 * alike need not know it; those that would rather start over quietly catch this one.
 */
public class ExpiredCursorException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** With the message that says what happened and what to do. */
  public ExpiredCursorException(String message) {
    super(message);
  }
}
