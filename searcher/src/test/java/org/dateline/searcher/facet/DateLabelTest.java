package org.dateline.searcher.facet;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.dateline.searcher.SearchRequest.DateBuckets;
import org.junit.jupiter.api.Test;

class DateLabelTest {

  @Test
  void labelsBucketsByYearMonthOrDay() {
    LocalDate d = LocalDate.of(2020, 6, 30);
    assertEquals("2020", FacetCounter.label(d, DateBuckets.YEAR));
    assertEquals("2020-06", FacetCounter.label(d, DateBuckets.MONTH));
    assertEquals("2020-06-30", FacetCounter.label(d, DateBuckets.DAY));
  }

  @Test
  void bucketsByYearOverThreeYearsByMonthOverTwoMonthsElseByDay() {
    LocalDate from = LocalDate.of(2019, 1, 1);
    assertEquals(DateBuckets.YEAR, FacetCounter.choose(from, from.plusDays(3 * 366 + 1)));
    assertEquals(DateBuckets.YEAR, FacetCounter.choose(from, LocalDate.of(2023, 6, 1)));
    assertEquals(DateBuckets.MONTH, FacetCounter.choose(from, from.plusDays(3 * 366)));
    assertEquals(DateBuckets.MONTH, FacetCounter.choose(from, from.plusDays(63)));
    assertEquals(DateBuckets.DAY, FacetCounter.choose(from, from.plusDays(62)));
    assertEquals(DateBuckets.DAY, FacetCounter.choose(from, from));
    assertEquals(DateBuckets.YEAR, FacetCounter.choose(null, from), "no dated article");
  }

  @Test
  void writesYearsOfOtherThanFourDigitsAsIso8601Does() {
    LocalDate early = LocalDate.of(-50, 3, 1);
    LocalDate late = LocalDate.of(12345, 6, 7);
    assertEquals("-0050", FacetCounter.label(early, DateBuckets.YEAR));
    assertEquals("-0050-03", FacetCounter.label(early, DateBuckets.MONTH));
    assertEquals("+12345", FacetCounter.label(late, DateBuckets.YEAR));
    assertEquals("+12345-06", FacetCounter.label(late, DateBuckets.MONTH));
  }
}
