package io.payspec.runtime.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneRules;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

  /** The fast readers of the formatters {@link #pattern} made, by identity; bounded. */
  private static final Map<DateTimeFormatter, FastPattern> FAST = new ConcurrentHashMap<>();
  private static final int MAX_FAST = 1_000;

  /**
   * A formatter for a documented pattern, for the generated constants. A pattern of fixed-width
   * numbers and separators is also read by hand when it matches exactly, which costs a tenth of the
   * formatter; the results are the same.
   */
  public static DateTimeFormatter pattern(String pattern) {
    DateTimeFormatter formatter = DateTimeFormatter.ofPattern(pattern);
    FastPattern fast = FastPattern.compile(pattern);
    if (fast != null && FAST.size() < MAX_FAST) {
      FAST.put(formatter, fast);
    }
    return formatter;
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
    if (local == null) {
      return null;
    }
    ZoneRules rules = zone.getRules();
    return rules.isFixedOffset() ? local.toInstant(rules.getOffset(Instant.EPOCH)) : local.atZone(zone).toInstant();
  }

  /** A zone-less wire value; null when absent or in another format. */
  public static LocalDateTime localDateTime(String raw, DateTimeFormatter format, String field) {
    if (raw == null || raw.length() > MAX_CHARS) {
      return null;
    }
    FastPattern fast = FAST.get(format);
    LocalDateTime read = fast == null ? null : fast.dateTime(raw);
    if (read != null) {
      return read;
    }
    try {
      return LocalDateTime.parse(raw, format);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /**
   * A calendar date of a request in a documented pattern ({@code dd.MM.yyyy}); null stays null.
   *
   * @throws IllegalArgumentException if the text is in another format
   */
  public static LocalDate localDate(String raw, DateTimeFormatter format, String field) {
    if (raw == null) {
      return null;
    }
    FastPattern fast = raw.length() > MAX_CHARS ? null : FAST.get(format);
    LocalDate read = fast == null ? null : fast.date(raw);
    if (read != null) {
      return read;
    }
    try {
      return LocalDate.parse(raw, format);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          field + ": '" + raw + "' does not match the documented date format", e);
    }
  }

  /**
   * A calendar date of a response in a documented pattern; null when absent or in another format
   * (drift never fails a success: the generated type keeps the value as received).
   */
  public static LocalDate responseDate(String raw, DateTimeFormatter format, String field) {
    if (raw == null || raw.length() > MAX_CHARS) {
      return null;
    }
    try {
      return localDate(raw, format, field);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** A date written in a documented pattern; null stays null. */
  public static String format(LocalDate value, DateTimeFormatter format) {
    return value == null ? null : format.format(value);
  }

  /** A date-time written in a documented pattern; null stays null. */
  public static String format(LocalDateTime value, DateTimeFormatter format) {
    return value == null ? null : format.format(value);
  }

  /** An instant written in a documented pattern in a zone; null stays null. */
  public static String format(Instant value, DateTimeFormatter format, ZoneId zone) {
    return value == null ? null : format.format(value.atZone(zone));
  }

  /** An instant written as ISO-8601 with {@code Z}; null stays null. */
  public static String isoInstant(Instant value) {
    return value == null ? null : DateTimeFormatter.ISO_INSTANT.format(value);
  }
}
