package io.payspec.sandbox;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Timestamps as the providers' examples write them, recognised by their shape and written again in the
 * same shape: {@code 2023-01-01 12:00:00.000000}, {@code 2024-05-01T10:00:00.123456Z},
 * {@code 2024-05-01T10:00:00+03:00}, {@code 2024-05-01}, {@code 01.05.2024}, {@code 01.05.2024 10:00}.
 * A time without a zone is read and written in UTC.
 */
final class TimestampText {
  private static final Pattern DATE_TIME = Pattern.compile(
      "(\\d{4}-\\d{2}-\\d{2})([ T])(\\d{2}:\\d{2}(?::\\d{2})?)(\\.\\d{1,9})?(Z|[+-]\\d{2}:?\\d{2})?");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern DOTTED = Pattern.compile("\\d{2}\\.\\d{2}\\.\\d{4}( \\d{2}:\\d{2}(:\\d{2})?)?");

  private TimestampText() {}

  /** The instant a text names, or null when it is not a timestamp. */
  static Instant parse(String text) {
    DateTimeFormatter formatter = formatter(text);
    if (formatter == null) {
      return null;
    }
    try {
      if (DATE.matcher(text).matches() || (DOTTED.matcher(text).matches() && !text.contains(" "))) {
        return LocalDate.parse(text, formatter).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      Matcher m = DATE_TIME.matcher(text);
      if (m.matches() && m.group(5) != null && !m.group(5).equals("Z")) {
        return OffsetDateTime.parse(text, formatter).toInstant();
      }
      return LocalDateTime.parse(text, formatter).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** {@code at} written in the shape of {@code example}. */
  static String format(String example, Instant at) {
    DateTimeFormatter formatter = formatter(example);
    Matcher m = DATE_TIME.matcher(example);
    if (m.matches() && m.group(5) != null && !m.group(5).equals("Z")) {
      ZoneOffset offset = ZoneOffset.of(m.group(5).length() == 5
          ? m.group(5).substring(0, 3) + ":" + m.group(5).substring(3) : m.group(5));
      return formatter.format(at.atOffset(offset));
    }
    return formatter.format(at.atOffset(ZoneOffset.UTC));
  }

  private static DateTimeFormatter formatter(String text) {
    if (text.length() > 40) {
      return null;
    }
    Matcher m = DATE_TIME.matcher(text);
    if (m.matches()) {
      StringBuilder pattern = new StringBuilder("yyyy-MM-dd").append(m.group(2).equals("T") ? "'T'" : " ");
      pattern.append(m.group(3).length() == 5 ? "HH:mm" : "HH:mm:ss");
      if (m.group(4) != null) {
        pattern.append('.').append("S".repeat(m.group(4).length() - 1));
      }
      if (m.group(5) != null) {
        pattern.append(m.group(5).equals("Z") ? "'Z'" : m.group(5).contains(":") ? "xxx" : "xx");
      }
      return DateTimeFormatter.ofPattern(pattern.toString());
    }
    if (DATE.matcher(text).matches()) {
      return DateTimeFormatter.ofPattern("yyyy-MM-dd");
    }
    if (DOTTED.matcher(text).matches()) {
      return DateTimeFormatter.ofPattern(text.length() == 10 ? "dd.MM.yyyy"
          : text.length() == 16 ? "dd.MM.yyyy HH:mm" : "dd.MM.yyyy HH:mm:ss");
    }
    return null;
  }
}
