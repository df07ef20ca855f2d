package io.payspec.runtime.json;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A documented timestamp pattern made of fixed-width numbers and separators
 * ({@code yyyy-MM-dd HH:mm:ss[.SSSSSS]}, {@code dd.MM.yyyy}), read by hand without the cost of a
 * {@link java.time.format.DateTimeFormatter}. It only answers when the text matches the pattern
 * exactly and the fields make a valid date; otherwise it answers null and the formatter decides, so
 * its results are the formatter's.
 */
final class FastPattern {
  private static final int YEAR = 0;
  private static final int MONTH = 1;
  private static final int DAY = 2;
  private static final int HOUR = 3;
  private static final int MINUTE = 4;
  private static final int SECOND = 5;

  /** Per element: a field (0-5) with its width, or a literal character (negative: -1 - char). */
  private final int[] fields;
  private final int[] widths;
  private final int fractionDigits;
  private final int length;
  private final boolean hasTime;

  private FastPattern(int[] fields, int[] widths, int fractionDigits, boolean hasTime) {
    this.fields = fields;
    this.widths = widths;
    this.fractionDigits = fractionDigits;
    this.hasTime = hasTime;
    int total = 0;
    for (int width : widths) {
      total += width;
    }
    this.length = total;
  }

  /** The fast reader of a pattern, or null when the pattern has anything else. */
  static FastPattern compile(String pattern) {
    String body = pattern;
    int fraction = 0;
    int optional = pattern.indexOf('[');
    if (optional >= 0) {
      String tail = pattern.substring(optional);
      if (!tail.matches("\\[\\.S{1,9}]")) {
        return null;
      }
      fraction = tail.length() - 3;
      body = pattern.substring(0, optional);
    }
    List<int[]> elements = new ArrayList<>();
    int seen = 0;
    for (int i = 0; i < body.length(); ) {
      char c = body.charAt(i);
      int run = 1;
      while (i + run < body.length() && body.charAt(i + run) == c) {
        run++;
      }
      int field = switch (c) {
        case 'y', 'u' -> run == 4 ? YEAR : -2;
        case 'M' -> run == 2 ? MONTH : -2;
        case 'd' -> run == 2 ? DAY : -2;
        case 'H' -> run == 2 ? HOUR : -2;
        case 'm' -> run == 2 ? MINUTE : -2;
        case 's' -> run == 2 ? SECOND : -2;
        case '-', ':', ' ', '.', '/' -> -1;
        default -> -2;
      };
      if (field == -2) {
        return null;
      }
      if (field == -1) {
        for (int k = 0; k < run; k++) {
          elements.add(new int[] {-1 - c, 1});
        }
      } else {
        if ((seen & (1 << field)) != 0) {
          return null;
        }
        seen |= 1 << field;
        elements.add(new int[] {field, run});
      }
      i += run;
    }
    boolean date = (seen & 0b111) == 0b111;
    boolean time = (seen & 0b111000) == 0b111000;
    if (!date || (seen & 0b111000) != 0 && !time || fraction > 0 && !time) {
      return null;
    }
    int[] fields = new int[elements.size()];
    int[] widths = new int[elements.size()];
    for (int i = 0; i < fields.length; i++) {
      fields[i] = elements.get(i)[0];
      widths[i] = elements.get(i)[1];
    }
    return new FastPattern(fields, widths, fraction, time);
  }

  /** The date and time, or null when the text is not exactly in the pattern or not a valid date. */
  LocalDateTime dateTime(String text) {
    int[] values = new int[7];
    if (!hasTime || !read(text, values)) {
      return null;
    }
    try {
      return LocalDateTime.of(values[YEAR], values[MONTH], values[DAY], values[HOUR], values[MINUTE],
          values[SECOND], values[6]);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The date, or null when the text is not exactly in the pattern or not a valid date. */
  LocalDate date(String text) {
    int[] values = new int[7];
    if (hasTime || !read(text, values)) {
      return null;
    }
    try {
      return LocalDate.of(values[YEAR], values[MONTH], values[DAY]);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private boolean read(String text, int[] values) {
    int size = text.length();
    if (size != length && (fractionDigits == 0 || size != length + 1 + fractionDigits)) {
      return false;
    }
    int at = 0;
    for (int i = 0; i < fields.length; i++) {
      int field = fields[i];
      if (field < 0) {
        if (text.charAt(at++) != (char) (-1 - field)) {
          return false;
        }
        continue;
      }
      int value = digits(text, at, widths[i]);
      if (value < 0) {
        return false;
      }
      values[field] = value;
      at += widths[i];
    }
    if (at < size) {
      if (text.charAt(at) != '.') {
        return false;
      }
      int nanos = digits(text, at + 1, fractionDigits);
      if (nanos < 0) {
        return false;
      }
      for (int k = fractionDigits; k < 9; k++) {
        nanos *= 10;
      }
      values[6] = nanos;
    }
    // Year 0 is no year of the era (yyyy): the formatter decides.
    return values[YEAR] != 0;
  }

  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
