package org.dateline.searcher.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FourDecimalsTest {

  @Test
  void roundsTheExactBinaryValueHalfToEvenAsTrecEvalPrints() {
    // 0.53125 is exact in binary, a tie: to even, 0.5312 (Java's %.4f says 0.5313)
    assertEquals("0.5312", FourDecimals.of(0.53125));
    assertEquals("0.5313", FourDecimals.of(0.53135)); // 0.531350000000000033...: above the tie
    assertEquals("0.0001", FourDecimals.of(0.00005)); // 0.0000500000000000000024...
    assertEquals("1.0000", FourDecimals.of(1));
    assertEquals("-1.2500", FourDecimals.of(-1.25));
  }

  @Test
  void neverPrintsMinusZero() {
    assertEquals("0.0000", FourDecimals.of(-0.0));
    assertEquals("0.0000", FourDecimals.of(-0.00001));
    assertEquals("0.0000", FourDecimals.signed(-0.0));
    assertEquals("0.0000", FourDecimals.signed(0.3 - (0.1 + 0.2))); // -5.6e-17
    assertEquals("0.0000", FourDecimals.signed(0));
  }

  @Test
  void signsADifferenceThatDoesNotRoundToZero() {
    assertEquals("+0.2083", FourDecimals.signed(5.0 / 24));
    assertEquals("-0.2083", FourDecimals.signed(-5.0 / 24));
    assertEquals("+0.0001", FourDecimals.signed(0.00005));
  }
}
