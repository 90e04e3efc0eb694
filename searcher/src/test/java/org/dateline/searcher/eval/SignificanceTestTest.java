package org.dateline.searcher.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SignificanceTestTest {

  private static final double[] A = {0.2, 0.4, 0.6};
  private static final double[] B = {0.5, 0.5, 0.5};

  @Test
  void randomizationTestEnumeratesEverySignFlipForFewTopics() {
    // d = B - A = (0.3, 0.1, -0.1), observed sum 0.3. The 8 sign flips give sums
    // +-0.5, +-0.3, +-0.3, +-0.1; six have |sum| >= 0.3: p = 6/8
    assertEquals(0.75, new RandomizationTest().pValue(A, B), 1e-12);
    // d = (0.4, 0.3, 0.2, 0.1), sum 1.0: only all-plus and all-minus reach |1.0|: p = 2/16
    assertEquals(
        0.125,
        new RandomizationTest().pValue(new double[4], new double[] {0.4, 0.3, 0.2, 0.1}),
        1e-12);
    // d = (0.4, 0.3, 0.2, -0.1), sum 0.8: |sum| >= 0.8 for 1.0 and 0.8 and their negatives: 4/16
    assertEquals(
        0.25,
        new RandomizationTest().pValue(new double[4], new double[] {0.4, 0.3, 0.2, -0.1}),
        1e-12);
  }

  @Test
  void randomizationTestSamplesReproduciblyForManyTopics() {
    double[] zeros = new double[40];
    double[] ones = new double[40];
    Arrays.fill(ones, 1.0);
    // |sum| = 40 needs all 40 signs equal (p = 2^-39): no sample of 1000 hits, p = (0+1)/(1000+1)
    assertEquals(1.0 / 1001, new RandomizationTest(1000, 7).pValue(zeros, ones), 1e-12);

    double[] noisy = new double[40];
    for (int i = 0; i < noisy.length; i++) {
      noisy[i] = (i % 2 == 0 ? 1 : -1) * (i + 1) / 40.0;
    }
    double first = new RandomizationTest(5000, 7).pValue(zeros, noisy);
    assertEquals(first, new RandomizationTest(5000, 7).pValue(zeros, noisy));
    // sum of d = -0.5 against a spread of sqrt(sum d^2) ~ 3.76: far from significant
    assertTrue(first > 0.8, "p = " + first);
  }

  @Test
  void randomizationTestGivesOneWhenRunsAgreeOnEveryTopic() {
    assertEquals(1.0, new RandomizationTest().pValue(A, A));
  }

  @Test
  void tTestMatchesHandComputedStatistic() {
    // d = (0.3, 0.1, -0.1): mean 0.1, sd = sqrt((0.04 + 0 + 0.04) / 2) = 0.2,
    // t = 0.1 / (0.2 / sqrt(3)) = sqrt(3)/2 = 0.866025, df = 2. For df = 2 the two-sided
    // p = 1 - |t| / sqrt(2 + t^2) = 1 - 0.866025 / 1.658312 = 0.477767
    assertEquals(0.477767, new PairedTTest().pValue(A, B), 1e-6);
  }

  @Test
  void tDistributionMatchesClosedFormsAndTables() {
    // df = 1 is Cauchy: p = 1 - (2/pi) atan(|t|); t = 1 gives 0.5
    assertEquals(0.5, PairedTTest.twoSidedP(1, 1), 1e-12);
    assertEquals(1 - 2 / Math.PI * Math.atan(3.7), PairedTTest.twoSidedP(-3.7, 1), 1e-12);
    // tables: t(0.975, 10) = 2.228139, t(0.995, 82) = 2.637123
    assertEquals(0.05, PairedTTest.twoSidedP(2.228139, 10), 1e-6);
    assertEquals(0.01, PairedTTest.twoSidedP(2.637123, 82), 1e-5);
    assertEquals(1.0, PairedTTest.twoSidedP(0, 5), 1e-12);
  }

  @Test
  void tTestHandlesConstantDifferencesAndSingleTopic() {
    assertEquals(1.0, new PairedTTest().pValue(A, A));
    // every topic +1: no variance, so no t; p = 0 would call two topics that moved alike
    // significant
    assertTrue(Double.isNaN(new PairedTTest().pValue(new double[] {0, 0}, new double[] {1, 1})));
    // equal to rounding only: 0.1 - 0 three times has a standard error of some 1e-17, not 0
    assertTrue(
        Double.isNaN(
            new PairedTTest().pValue(new double[] {0, 0, 0}, new double[] {0.1, 0.1, 0.1})));
    assertTrue(
        Double.isNaN(
            new PairedTTest().pValue(new double[] {.2, .3, .5}, new double[] {.3, .4, .6})));
    assertTrue(Double.isNaN(new PairedTTest().pValue(new double[] {0}, new double[] {1})));
  }

  @Test
  void bothTestsGiveOneWhenNoTopicMovedWhateverTheNumberOfTopics() {
    for (SignificanceTest test :
        new SignificanceTest[] {new PairedTTest(), new RandomizationTest()}) {
      assertEquals(1.0, test.pValue(new double[] {0.5}, new double[] {0.5}), test.description());
      // moved only by rounding: 0.1 + 0.2 is 0.30000000000000004
      assertEquals(1.0, test.pValue(new double[] {0.1 + 0.2}, new double[] {0.3}));
      assertEquals(1.0, test.pValue(A, A), test.description());
    }
  }

  @Test
  void rejectsUnpairedScores() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new PairedTTest().pValue(new double[] {1, 2}, new double[] {1}));
  }
}
