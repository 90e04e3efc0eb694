package org.dateline.searcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArticleReadingTest {

  @Test
  void parsesStoredDatesAsLocalDateParseDoes() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    for (int i = 0; i < 10_000; i++) {
      LocalDate date = LocalDate.ofEpochDay(random.nextInt(4_000_000) - 1_000_000);
      assertEquals(date, ArticleReading.parseDate(date.toString()), "seed " + seed);
    }
    for (String iso : List.of("0000-01-01", "9999-12-31", "+10000-01-01", "-0001-06-30")) {
      assertEquals(LocalDate.parse(iso), ArticleReading.parseDate(iso));
    }
  }

  @Test
  void refusesDaysThatDoNotExistAsLocalDateParseDoes() {
    for (String iso : List.of("2021-02-29", "2020-13-01", "2020-1-01", "20x0-01-01")) {
      assertThrows(DateTimeParseException.class, () -> ArticleReading.parseDate(iso), iso);
    }
  }
}
