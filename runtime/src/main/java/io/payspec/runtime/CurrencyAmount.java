package io.payspec.runtime;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import io.payspec.runtime.json.Numbers;
import io.payspec.runtime.validation.Violations;
import java.util.Objects;

/**
 * A decimal amount and a currency code that travel as one string, {@code "200 USD"} or
 * {@code "0.015 BNB"} (NordPay's {@code amount}). The amount is exact: never a binary float.
 */
public final class CurrencyAmount {
  private final BigDecimal amount;
  private final String currency;

  private CurrencyAmount(BigDecimal amount, String currency) {
    this.amount = Objects.requireNonNull(amount, "amount");
    this.currency = Objects.requireNonNull(currency, "currency");
  }

  /** An amount in a currency; the code is kept as given (the provider decides which codes exist). */
  public static CurrencyAmount of(BigDecimal amount, String currency) {
    return new CurrencyAmount(amount, currency);
  }

  /** {@code of("200", "USD")}: the amount as decimal text, so that it stays exact. */
  public static CurrencyAmount of(String amount, String currency) {
    return new CurrencyAmount(new BigDecimal(amount), currency);
  }

  /**
   * Reads the wire form {@code "<decimal> <code>"}.
   *
   * @throws IllegalArgumentException if the text is not a decimal, one space and a code
   */
  @JsonCreator
  public static CurrencyAmount parse(String wire) {
    if (wire == null) {
      throw new IllegalArgumentException("an amount with currency must not be null");
    }
    String trimmed = wire.trim();
    int space = trimmed.indexOf(' ');
    if (space <= 0 || space == trimmed.length() - 1 || trimmed.indexOf(' ', space + 1) >= 0) {
      throw new IllegalArgumentException(
          Violations.quote(wire) + " is not an amount with currency such as '200 USD'");
    }
    try {
      return new CurrencyAmount(new BigDecimal(trimmed.substring(0, space)), trimmed.substring(space + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          Violations.quote(wire) + " is not an amount with currency such as '200 USD'");
    }
  }

  public BigDecimal amount() {
    return amount;
  }

  public String currency() {
    return currency;
  }

  /**
   * The wire form, {@code "200 USD"}; the amount is written without an exponent when it is inside
   * the {@link Numbers} limits (validation refuses one outside them), in short scientific form otherwise.
   */
  @JsonValue
  public String toWire() {
    return Numbers.quote(amount) + " " + currency;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CurrencyAmount other
        && amount.compareTo(other.amount) == 0
        && currency.equals(other.currency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(Numbers.withinLimits(amount) ? amount.stripTrailingZeros() : amount, currency);
  }

  @Override
  public String toString() {
    return toWire();
  }
}
