package org.dateline.searcher.eval;

/**
 * An evaluation input (qrels, run, topics or judgment list) that breaks its format. The message
 * names the file and the 1-based line, then says what is wrong and what was expected, for example
 * {@code runs/a.run:12: expected 6 columns 'qid Q0 docid rank score tag', found 5}.
 */
public class EvalFormatException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final String reason;

  /**
   * @param source the file name or other label of the input
   * @param line the 1-based line of the problem, or 0 when no line can be named
   * @param reason what is wrong, and what was expected
   */
  public EvalFormatException(String source, int line, String reason) {
    super(line > 0 ? source + ":" + line + ": " + reason : source + ": " + reason);
    this.source = source;
    this.line = line;
    this.reason = reason;
  }

  /** The file name or label of the input. */
  public String source() {
    return source;
  }

  /** The 1-based line of the problem, or 0 when no line can be named. */
  public int line() {
    return line;
  }

  /** What is wrong, without the file and line. */
  public String reason() {
    return reason;
  }
}
