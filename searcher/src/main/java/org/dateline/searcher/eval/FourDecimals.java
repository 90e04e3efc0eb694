package org.dateline.searcher.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers with 4 decimals as trec_eval prints them: C's {@code %.4f}, which rounds the exact binary
 * value half to even (as glibc does), so that 0.53125 prints 0.5312. Java's {@code %.4f} rounds the
 * shortest decimal form half up (0.5313): every report of the kit ({@code eval}, {@code compare},
 * assertion messages) formats here, so that one value prints alike everywhere.
 */
public final class FourDecimals {

  private FourDecimals() {}

  /**
   * The value with 4 decimals, {@code 0.5312} or {@code -1.2500}; a value that rounds to 0 prints
   * {@code 0.0000}, never {@code -0.0000}. A value that is not finite prints as Java writes it.
   */
  public static String of(double value) {
    return Double.isFinite(value) ? rounded(value).toPlainString() : Double.toString(value);
  }

  /**
   * The value with its sign and 4 decimals, for a difference: {@code +0.0208}, {@code -0.0208}, and
   * {@code 0.0000} for one that rounds to 0 (a difference of -0.0, or of -1e-17 left by summing in
   * another order, is no loss).
   */
  public static String signed(double value) {
    return Double.isFinite(value) && rounded(value).signum() > 0 ? "+" + of(value) : of(value);
  }

  /** The exact binary value rounded half to even; BigDecimal has no -0, so -0.00001 gives 0. */
  private static BigDecimal rounded(double value) {
    return new BigDecimal(value).setScale(4, RoundingMode.HALF_EVEN);
  }
}
