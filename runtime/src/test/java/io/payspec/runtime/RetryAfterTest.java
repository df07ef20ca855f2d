package io.payspec.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** {@code Retry-After} in seconds and as an HTTP date, read against a fixed clock. */
class RetryAfterTest {
  private static final Clock NOW = Clock.fixed(Instant.parse("2026-01-27T09:00:00Z"), ZoneOffset.UTC);

  @Test
  void seconds() {
    assertEquals(Duration.ofSeconds(120), RetryAfter.parse("120", NOW));
    assertEquals(Duration.ZERO, RetryAfter.parse(" 0 ", NOW));
  }

  @Test
  void httpDate() {
    assertEquals(Duration.ofSeconds(90), RetryAfter.parse("Tue, 27 Jan 2026 09:01:30 GMT", NOW));
    assertEquals(Duration.ZERO, RetryAfter.parse("Tue, 27 Jan 2026 08:00:00 GMT", NOW));
  }

  @Test
  void unreadable() {
    assertNull(RetryAfter.parse(null, NOW));
    assertNull(RetryAfter.parse("soon", NOW));
    assertNull(RetryAfter.parse("-5", NOW));
    assertNull(RetryAfter.parse("99999999999999999999999", NOW));
  }
}
