package io.payspec.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;

/**
 * Fresh values for success bodies: the current time and random identifiers. One instance serves a
 * sandbox; it is thread-safe.
 */
public final class Fresh {
  private static final String UPPER_ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  private static final String LOWER_LETTERS = "abcdefghijklmnopqrstuvwxyz";
  private static final String DIGITS = "0123456789";
  private static final String HEX = "0123456789abcdef";

  private final Clock clock;
  private final Random random;

  Fresh(Clock clock, Random random) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.random = Objects.requireNonNull(random, "random");
  }

  /** The sandbox's current time. */
  public Instant now() {
    return clock.instant();
  }

  /** {@code length} characters of {@code A-Z0-9}, e.g. for {@code INV-89UX09KA}. */
  public String upperAlphanumeric(int length) {
    return pick(UPPER_ALPHANUMERIC, length);
  }

  /** {@code length} characters of {@code a-z}. */
  public String lowerLetters(int length) {
    return pick(LOWER_LETTERS, length);
  }

  /** {@code length} decimal digits, the first one not zero. */
  public String digits(int length) {
    if (length < 1) {
      throw new IllegalArgumentException("length must be positive, was " + length);
    }
    return pick(DIGITS.substring(1), 1) + pick(DIGITS, length - 1);
  }

  /** {@code length} lower-case hexadecimal digits, e.g. for an EVM address after {@code 0x}. */
  public String hex(int length) {
    return pick(HEX, length);
  }

  /** A random (version 4) UUID. */
  public UUID uuid() {
    long high = (nextLong() & ~0xF000L) | 0x4000L;
    long low = (nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low);
  }

  private String pick(String alphabet, int length) {
    StringBuilder out = new StringBuilder(length);
    synchronized (random) {
      for (int i = 0; i < length; i++) {
        out.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
    }
    return out.toString();
  }

  private long nextLong() {
    synchronized (random) {
      return random.nextLong();
    }
  }
}
