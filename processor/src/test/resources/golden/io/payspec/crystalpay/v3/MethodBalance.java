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
 * One balance of the cash register (API v3), next to the error flag and list.
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

  @JsonProperty("amount")
  private final BigDecimal amount;

  /**
   * Creates the object from the values on the wire; Jackson calls it.
   */
  @JsonCreator
  MethodBalance(@JsonProperty("method") String method, @JsonProperty("name") String name,
      @JsonProperty("currency") String currency,
      @JsonProperty("amount_accuracy") Integer amountAccuracy,
      @JsonProperty("amount") BigDecimal amount) {
    this.method = method;
    this.name = name;
    this.currency = currency;
    this.amountAccuracy = amountAccuracy;
    this.amount = amount;
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
   * @return the value, or {@code null} when the provider did not send it
   */
  public Integer amountAccuracy() {
    return amountAccuracy;
  }

  /**
   * Balance amount.
   *
   * <p>Wire name {@code amount}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public BigDecimal amount() {
    return amount;
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
