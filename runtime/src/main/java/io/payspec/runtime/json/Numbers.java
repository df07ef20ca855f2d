package io.payspec.runtime.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * The limits every number payspec reads, writes or quotes stays under, so that no number is ever
 * expanded into millions of digits ({@code 1e1000000000}) or makes an arithmetic operation explode:
 * at most {@value #MAX_DIGITS} significant digits, and a scale (digits after the point, negative for
 * powers of ten) between {@code -}{@value #MAX_SCALE} and {@value #MAX_SCALE}. Every real amount,
 * an 18-decimal token amount included, is far inside them; a value outside them is refused (in a
 * request), read as absent (in a response) or quoted in scientific notation (in a message).
 */
public final class Numbers {
  /** The most significant digits of a number. */
  public static final int MAX_DIGITS = 100;
  /** The largest absolute scale of a number; its plain form has at most about 200 characters. */
  public static final int MAX_SCALE = 100;
  /** The most digits of a number's text Jackson reads at all (its {@code maxNumberLength}). */
  public static final int MAX_NUMBER_TEXT = 1000;
  private static final int QUOTED_DIGITS = 20;

  private Numbers() {}

  /** Whether the decimal is inside the limits; null is. */
  public static boolean withinLimits(BigDecimal value) {
    return value == null
        || (value.precision() <= MAX_DIGITS && value.scale() <= MAX_SCALE && value.scale() >= -MAX_SCALE);
  }

  /** Whether the integer is inside the limits; null is. */
  public static boolean withinLimits(BigInteger value) {
    // bitLength bounds the digits from above without computing them: 333 bits < 10^101.
    return value == null || value.bitLength() <= 332;
  }

  /** Whether a number of any type is inside the limits; null and non-decimal types are. */
  public static boolean withinLimits(Number value) {
    if (value instanceof BigDecimal decimal) {
      return withinLimits(decimal);
    }
    if (value instanceof BigInteger integer) {
      return withinLimits(integer);
    }
    return true;
  }

  /**
   * The value for a message: its plain form inside the limits ({@code 0.0001}), otherwise a short
   * scientific form ({@code -1E+1000000000}, {@code 1.2345678901234567890E+999…}); never long.
   */
  public static String quote(Number value) {
    if (value == null) {
      return "null";
    }
    if (value instanceof BigDecimal decimal) {
      if (withinLimits(decimal)) {
        return decimal.toPlainString();
      }
      BigDecimal shown = decimal.precision() > QUOTED_DIGITS ? decimal.round(new MathContext(QUOTED_DIGITS)) : decimal;
      return shown.toString() + (shown == decimal ? "" : " (rounded)");
    }
    if (value instanceof BigInteger integer && !withinLimits(integer)) {
      return quote(new BigDecimal(integer));
    }
    return value.toString();
  }

  /** The rule a number outside the limits breaks, for violation messages. */
  public static String limitsRule() {
    return "must have at most " + MAX_DIGITS + " significant digits and at most " + MAX_SCALE
        + " decimal places or trailing zeros";
  }
}
