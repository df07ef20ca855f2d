package io.payspec.runtime.json;

import io.payspec.runtime.validation.Violations;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Reads and writes the providers' timestamp formats; used by generated response types. */
public final class Timestamps {
  private Timestamps() {}

  /** A formatter for a documented pattern, for the generated constants. */
  public static DateTimeFormatter pattern(String pattern) {
    return DateTimeFormatter.ofPattern(pattern);
  }

  /** An ISO-8601 instant with {@code Z} or an offset; null stays null. */
  public static Instant isoInstant(String raw, String field) {
    if (raw == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(raw, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      // The cause is dropped: DateTimeParseException keeps the whole wire value (getParsedString()).
      throw new IllegalArgumentException(
          field + ": " + Violations.quote(raw) + " is not an ISO-8601 timestamp with offset");
    }
  }

  /** A zone-less wire value read in the documented zone; null stays null. */
  public static Instant instant(String raw, DateTimeFormatter format, ZoneId zone, String field) {
    LocalDateTime local = localDateTime(raw, format, field);
    return local == null ? null : local.atZone(zone).toInstant();
  }

  /** A zone-less wire value; null stays null. */
  public static LocalDateTime localDateTime(String raw, DateTimeFormatter format, String field) {
    if (raw == null) {
      return null;
    }
    try {
      return LocalDateTime.parse(raw, format);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          field + ": " + Violations.quote(raw) + " does not match the documented timestamp format");
    }
  }
}
