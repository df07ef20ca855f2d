package io.payspec.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Timestamps read by hand give exactly what the documented pattern's formatter gives, drift included. */
class FastPatternTest {
  private static final List<String> DATE_TIMES = List.of(
      "2026-01-27 09:03:58.958133", "2026-01-27 09:03:58", "2026-01-27 09:03:58.958", "2026-01-27T09:03:58",
      "2024-02-29 23:59:59", "2023-02-29 10:00:00", "2024-02-30 10:00:00", "2024-13-01 10:00:00",
      "2024-00-10 10:00:00", "2024-01-10 24:00:00", "2024-01-10 23:60:00", "2024-01-10 23:00:60",
      "0000-01-10 10:00:00", "12024-01-10 10:00:00", "2024-1-10 10:00:00", "2024-01-10 10:00:00.",
      "2024-01-10 10:00:00.1234567", "2024-01-10 10:00:00Z", "", "2024-01-10", "２０２４-01-10 10:00:00",
      "2024-01-10 10:00:0x", "+2024-01-10 10:00:00");
  private static final List<String> DATES = List.of(
      "27.01.2026", "29.02.2024", "29.02.2023", "31.04.2024", "00.01.2024", "1.01.2024", "27.01.2026 ", "27-01-2026",
      "2026-01-27", "27.01.0000");

  @Test
  void dateTimesAreReadAsTheFormatterReadsThem() {
    for (String pattern : List.of("yyyy-MM-dd HH:mm:ss[.SSSSSS]", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm:ss[.SSS]")) {
      DateTimeFormatter fast = Timestamps.pattern(pattern);
      DateTimeFormatter plain = DateTimeFormatter.ofPattern(pattern);
      assertNotNull(FastPattern.compile(pattern), pattern);
      for (String text : DATE_TIMES) {
        assertEquals(formatterDateTime(text, plain), Timestamps.localDateTime(text, fast, "f"), pattern + " " + text);
      }
    }
  }

  @Test
  void datesAreReadAsTheFormatterReadsThem() {
    for (String pattern : List.of("dd.MM.yyyy", "yyyy-MM-dd")) {
      DateTimeFormatter fast = Timestamps.pattern(pattern);
      DateTimeFormatter plain = DateTimeFormatter.ofPattern(pattern);
      for (String text : DATES) {
        LocalDate expected = formatterDate(text, plain);
        if (expected == null) {
          assertNull(FastPattern.compile(pattern).date(text), pattern + " " + text);
        } else {
          assertEquals(expected, Timestamps.localDate(text, fast, "f"), pattern + " " + text);
        }
      }
    }
  }

  @Test
  void responseDatesInAnotherFormatReadAsAbsent() {
    DateTimeFormatter format = Timestamps.pattern("dd.MM.yyyy");
    assertEquals(LocalDate.of(2026, 1, 27), Timestamps.responseDate("27.01.2026", format, "date"));
    assertNull(Timestamps.responseDate("2026-01-27", format, "date"));
    assertNull(Timestamps.responseDate("x".repeat(100), format, "date"));
    assertNull(Timestamps.responseDate(null, format, "date"));
  }

  @Test
  void otherPatternsAreLeftToTheFormatter() {
    for (String pattern : List.of("yyyy-MM-dd'T'HH:mm:ss", "yy-MM-dd", "yyyy-MM-dd HH:mm", "EEE, dd MMM yyyy",
        "yyyy-MM-dd[ HH:mm]", "dd.MM.yyyy HH")) {
      assertNull(FastPattern.compile(pattern), pattern);
    }
  }

  private static LocalDateTime formatterDateTime(String text, DateTimeFormatter formatter) {
    try {
      return LocalDateTime.parse(text, formatter);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static LocalDate formatterDate(String text, DateTimeFormatter formatter) {
    try {
      return LocalDate.parse(text, formatter);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
