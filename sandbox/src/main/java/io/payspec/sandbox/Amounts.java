package io.payspec.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;

/**
 * Reads the amount of a created resource, as its facts keep it: a number ({@code 100}), a decimal text
 * ({@code "100"}) or a currency amount ({@code "200 USD"}). Bounded: a value with more than
 * {@value #MAX_INTEGER_DIGITS} digits before the point or {@value #MAX_SCALE} after it, or an exponent,
 * is no amount, so nothing is ever expanded.
 */
final class Amounts {
  /** The most digits before the decimal point. */
  static final int MAX_INTEGER_DIGITS = 18;
  /** The most digits after the decimal point. */
  static final int MAX_SCALE = 18;

  private Amounts() {}

  /** The amount, or null when there is none or it is out of bounds. */
  static BigDecimal leading(JsonNode value) {
    if (value == null || !(value.isNumber() || value.isTextual())) {
      return null;
    }
    BigDecimal amount;
    if (value.isNumber()) {
      amount = value.decimalValue();
    } else {
      String text = value.asText().strip();
      int space = text.indexOf(' ');
      String number = space > 0 ? text.substring(0, space) : text;
      if (number.isEmpty() || number.length() > MAX_INTEGER_DIGITS + MAX_SCALE + 2
          || !number.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == '-')) {
        return null;
      }
      try {
        amount = new BigDecimal(number);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    if (amount.precision() - amount.scale() > MAX_INTEGER_DIGITS || amount.scale() > MAX_SCALE) {
      return null;
    }
    return amount;
  }
}
