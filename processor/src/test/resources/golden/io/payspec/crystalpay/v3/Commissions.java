package io.payspec.crystalpay.v3;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * A fee made of a fixed amount and a percentage.
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@JsonAutoDetect(
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE
)
@JsonIgnoreProperties(
    ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"amount", "percent"})
public final class Commissions {
  @JsonProperty("amount")
  private final BigDecimal amount;

  @JsonProperty("percent")
  private final BigDecimal percent;

  /**
   * Creates the object from the values on the wire; Jackson calls it.
   */
  @JsonCreator
  Commissions(@JsonProperty("amount") BigDecimal amount,
      @JsonProperty("percent") BigDecimal percent) {
    this.amount = amount;
    this.percent = percent;
  }

  /**
   * Fixed part of the fee, in the method's currency.
   *
   * <p>Wire name {@code amount}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * Percentage part of the fee.
   *
   * <p>Wire name {@code percent}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public BigDecimal percent() {
    return percent;
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
