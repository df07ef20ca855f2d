package io.payspec.runtime.json;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Reads the providers' timestamp formats; used by generated response types.
 *
 * <p>Format drift never fails a response: a value that does not match the documented format reads as
 * {@code null} (the typed accessor is empty), and the generated type keeps the value as received
 * ({@code createdRaw()}). Values longer than {@value #MAX_CHARS} characters are not parsed at all.
 */
public final class Timestamps {
  /** No documented timestamp is longer; a longer value is drift and is not parsed. */
  public static final int MAX_CHARS = 64;

  private Timestamps() {}

  /** A formatter for a documented pattern, for the generated constants. */
  public static DateTimeFormatter pattern(String pattern) {
    return DateTimeFormatter.ofPattern(pattern);
  }

  /**
   * An ISO-8601 instant with {@code Z} or an offset; null when absent or in another format.
   *
   * @param field the wire name, for callers that report drift
   */
  public static Instant isoInstant(String raw, String field) {
    if (raw == null || raw.length() > MAX_CHARS) {
      return null;
    }
    try {
      return OffsetDateTime.parse(raw, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A zone-less wire value read in the documented zone; null when absent or in another format. */
  public static Instant instant(String raw, DateTimeFormatter format, ZoneId zone, String field) {
    LocalDateTime local = localDateTime(raw, format, field);
    return local == null ? null : local.atZone(zone).toInstant();
  }

  /** A zone-less wire value; null when absent or in another format. */
  public static LocalDateTime localDateTime(String raw, DateTimeFormatter format, String field) {
    if (raw == null || raw.length() > MAX_CHARS) {
      return null;
    }
    try {
      return LocalDateTime.parse(raw, format);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
