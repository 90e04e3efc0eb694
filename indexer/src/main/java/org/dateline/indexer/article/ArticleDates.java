package org.dateline.indexer.article;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Strict parsing of ISO dates ({@code YYYY-MM-DD}) as articles carry them. */
public final class ArticleDates {

  /** Earliest year accepted; year 0 and before are not publication years. */
  public static final int MIN_YEAR = 1;

  /** Latest year accepted (four digits). */
  public static final int MAX_YEAR = 9999;

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  private ArticleDates() {}

  /**
   * Parses {@code YYYY-MM-DD}.
   *
   * @throws IllegalArgumentException naming the value and what is wrong with it
   */
  public static LocalDate parseIso(String value) {
    Matcher m = ISO.matcher(value);
    if (!m.matches()) {
      throw new IllegalArgumentException("'" + value + "' is not a date of the form YYYY-MM-DD");
    }
    return of(
        value,
        Integer.parseInt(m.group(1)),
        Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3)));
  }

  /**
   * The date with the given fields, checked as {@link #parseIso} checks them; for readers of
   * formats that write dates another way.
   *
   * @param value the date as written, for the message
   * @throws IllegalArgumentException naming the value and what is wrong with it
   */
  public static LocalDate of(String value, int year, int month, int day) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException(
          "'" + value + "' is not a valid date: year must be between 1 and 9999");
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("'" + value + "' is not a valid date: " + e.getMessage());
    }
  }
}
