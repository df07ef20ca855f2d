package io.payspec.crystalpay.v3;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.payspec.runtime.json.ResponseJson;
import io.payspec.runtime.json.WireNumbers;
import java.math.BigDecimal;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * One balance of the cash register (API v3), next to the error flag and list.
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@ResponseJson
@JsonPropertyOrder({"method", "name", "currency", "amount_accuracy", "amount"})
public final class MethodBalance {
  @JsonProperty("method")
  private final String method;

  @JsonProperty("name")
  private final String name;

  @JsonProperty("currency")
  private final String currency;

  @JsonProperty("amount_accuracy")
  private final Integer amountAccuracy;

  private final String amountAccuracyRaw;

  @JsonProperty("amount")
  private final BigDecimal amount;

  private final String amountRaw;

  @JsonCreator
  MethodBalance(@JsonProperty("method") String method, @JsonProperty("name") String name,
      @JsonProperty("currency") String currency,
      @JsonProperty("amount_accuracy") @JsonDeserialize(using = WireNumbers.Int.class) Object amountAccuracy,
      @JsonProperty("amount") @JsonDeserialize(using = WireNumbers.Decimal.class) Object amount) {
    // Jackson creates the object with this, from the values on the wire.
    this.method = method;
    this.name = name;
    this.currency = currency;
    this.amountAccuracy = WireNumbers.value(amountAccuracy, Integer.class);
    this.amountAccuracyRaw = WireNumbers.raw(amountAccuracy);
    this.amount = WireNumbers.value(amount, BigDecimal.class);
    this.amountRaw = WireNumbers.raw(amount);
  }

  /**
   * Internal name of the balance / method.
   *
   * <p>Wire name {@code method}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String method() {
    return method;
  }

  /**
   * Display name of the balance / method.
   *
   * <p>Wire name {@code name}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String name() {
    return name;
  }

  /**
   * Balance currency.
   *
   * <p>Wire name {@code currency}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String currency() {
    return currency;
  }

  /**
   * Precision of the amount: number of digits after the decimal point.
   *
   * <p>Wire name {@code amount_accuracy}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code amountAccuracyRaw()} has it)
   */
  public Integer amountAccuracy() {
    return amountAccuracy;
  }

  /**
   * The wire value of {@code amount_accuracy} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code amountAccuracy()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String amountAccuracyRaw() {
    return amountAccuracyRaw;
  }

  /**
   * Balance amount.
   *
   * <p>Wire name {@code amount}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code amountRaw()} has it)
   */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * The wire value of {@code amount} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code amount()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String amountRaw() {
    return amountRaw;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MethodBalance that
        && Objects.equals(method, that.method)
        && Objects.equals(name, that.name)
        && Objects.equals(currency, that.currency)
        && Objects.equals(amountAccuracy, that.amountAccuracy)
        && Objects.equals(amount, that.amount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, name, currency, amountAccuracy, amount);
  }

  @Override
  public String toString() {
    return "MethodBalance{"
        + "method=" + method
        + ", name=" + name
        + ", currency=" + currency
        + ", amount_accuracy=" + amountAccuracy
        + ", amount=" + amount
        + "}";
  }
}
