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
 * A fee made of a fixed amount and a percentage.
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@ResponseJson
@JsonPropertyOrder({"amount", "percent"})
public final class Commissions {
  @JsonProperty("amount")
  private final BigDecimal amount;

  private final String amountRaw;

  @JsonProperty("percent")
  private final BigDecimal percent;

  private final String percentRaw;

  @JsonCreator
  Commissions(
      @JsonProperty("amount") @JsonDeserialize(using = WireNumbers.Decimal.class) Object amount,
      @JsonProperty("percent") @JsonDeserialize(using = WireNumbers.Decimal.class) Object percent) {
    // Jackson creates the object with this, from the values on the wire.
    this.amount = WireNumbers.value(amount, BigDecimal.class);
    this.amountRaw = WireNumbers.raw(amount);
    this.percent = WireNumbers.value(percent, BigDecimal.class);
    this.percentRaw = WireNumbers.raw(percent);
  }

  /**
   * Fixed part of the fee, in the method's currency.
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

  /**
   * Percentage part of the fee.
   *
   * <p>Wire name {@code percent}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code percentRaw()} has it)
   */
  public BigDecimal percent() {
    return percent;
  }

  /**
   * The wire value of {@code percent} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code percent()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String percentRaw() {
    return percentRaw;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Commissions that
        && Objects.equals(amount, that.amount)
        && Objects.equals(percent, that.percent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount, percent);
  }

  @Override
  public String toString() {
    return "Commissions{"
        + "amount=" + amount
        + ", percent=" + percent
        + "}";
  }
}
