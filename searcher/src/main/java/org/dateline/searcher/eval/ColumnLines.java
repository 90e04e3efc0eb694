package org.dateline.searcher.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.dateline.indexer.article.TextFiles;
import org.dateline.indexer.article.Utf8Reader;

/**
 * Reads the white-space separated TREC formats (qrels and runs) line by line. Lines starting with
 * {@code #} are skipped, as trec_eval 10.0 skips them, and so are blank lines in runs; trec_eval
 * refuses a blank line in qrels ("Malformed line"), and so do qrels here. Every other line must
 * have the expected number of columns (a run line may have more, which trec_eval ignores). Columns
 * are split on ASCII white space only, as trec_eval splits them ({@link Ids}).
 */
final class ColumnLines {

  /** One data line: its 1-based number and its columns. */
  record Row(int line, String[] columns) {}

  private static final Pattern INTEGER = Pattern.compile("[-+]?\\d+");
  private static final Pattern DECIMAL =
      Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

  private ColumnLines() {}

  /**
   * Reads every data line of {@code in}.
   *
   * @param layout the expected columns, for messages, e.g. {@code qid 0 docid grade}
   * @param moreIgnored whether a line may have more columns than the layout, which the caller
   *     ignores
   * @param blankRefused whether a blank line (empty or white space only) is an error rather than
   *     skipped: trec_eval refuses blank lines in qrels and skips them in runs
   * @throws EvalFormatException for a line with another column count, a refused blank line,
   *     undecodable text, or an input without any data line
   */
  static List<Row> read(
      String source, Reader in, String layout, boolean moreIgnored, boolean blankRefused)
      throws IOException, EvalFormatException {
    int expected = layout.split(" ").length;
    List<Row> rows = new ArrayList<>();
    int lineNumber = 0;
    try {
      // taking a byte-order mark off reads the first line's text already: inside the try
      BufferedReader reader = new BufferedReader(TextFiles.withoutByteOrderMark(in));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        String[] columns = Ids.columns(line);
        if (columns.length == 0 && blankRefused) {
          throw new EvalFormatException(
              source,
              lineNumber,
              "blank line: trec_eval refuses blank lines here (\"Malformed line\"); delete it or"
                  + " give it the columns '"
                  + layout
                  + "'");
        }
        if (columns.length == 0 || columns[0].startsWith("#")) {
          continue; // blank, or a comment
        }
        if (columns.length < expected || (columns.length > expected && !moreIgnored)) {
          throw new EvalFormatException(
              source,
              lineNumber,
              "expected "
                  + (moreIgnored ? "at least " : "")
                  + expected
                  + " columns '"
                  + layout
                  + "', found "
                  + columns.length);
        }
        rows.add(new Row(lineNumber, columns));
      }
    } catch (Utf8Reader.BadLineException e) {
      throw new EvalFormatException(source, e.line(), e.reason());
    } catch (CharacterCodingException e) {
      // a reader that decodes ahead: the bad text is on this line or a later one
      throw new EvalFormatException(
          source, 0, "the text is not valid UTF-8 (on line " + (lineNumber + 1) + " or after)");
    }
    if (rows.isEmpty()) {
      throw new EvalFormatException(
          source, 1, "the file has no data lines (expected lines '" + layout + "')");
    }
    return rows;
  }

  /** Parses an integer column, or names the line and column in an exception. */
  static int integer(String source, Row row, int column, String name) throws EvalFormatException {
    String text = row.columns()[column];
    if (INTEGER.matcher(text).matches()) {
      try {
        return Integer.parseInt(text.startsWith("+") ? text.substring(1) : text);
      } catch (NumberFormatException e) {
        throw new EvalFormatException(
            source,
            row.line(),
            name
                + " (column "
                + (column + 1)
                + ") is out of range: at most "
                + Integer.MAX_VALUE
                + " either way, found '"
                + text
                + "'");
      }
    }
    throw new EvalFormatException(
        source,
        row.line(),
        name + " (column " + (column + 1) + ") must be an integer, found '" + text + "'");
  }

  /** Parses a finite decimal number column, or names the line and column in an exception. */
  static double decimal(String source, Row row, int column, String name)
      throws EvalFormatException {
    String text = row.columns()[column];
    if (DECIMAL.matcher(text).matches()) {
      double value = Double.parseDouble(text);
      if (Double.isFinite(value)) {
        return value;
      }
      throw new EvalFormatException(
          source,
          row.line(),
          name
              + " (column "
              + (column + 1)
              + ") is out of range for a double (about 1.8e308), found '"
              + text
              + "'");
    }
    throw new EvalFormatException(
        source,
        row.line(),
        name + " (column " + (column + 1) + ") must be a number, found '" + text + "'");
  }
}
