package io.payspec.nordpay.v1;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.payspec.runtime.json.Timestamps;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * A withdraw request awaiting confirmation: what will be sent, the fee, and until when it may be confirmed.
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
@JsonPropertyOrder({"identifier", "currency", "address", "amount", "amount_usd", "service_fee", "service_fee_usd", "expires_at"})
public final class PendingWithdrawal {
  @JsonProperty("identifier")
  private final String identifier;

  @JsonProperty("currency")
  private final String currency;

  @JsonProperty("address")
  private final String address;

  @JsonProperty("amount")
  private final BigDecimal amount;

  @JsonProperty("amount_usd")
  private final BigDecimal amountUsd;

  @JsonProperty("service_fee")
  private final BigDecimal serviceFee;

  @JsonProperty("service_fee_usd")
  private final BigDecimal serviceFeeUsd;

  @JsonProperty("expires_at")
  private final String expiresAtRaw;

  private final Instant expiresAt;

  /**
   * Creates the object from the values on the wire; Jackson calls it.
   */
  @JsonCreator
  PendingWithdrawal(@JsonProperty("identifier") String identifier,
      @JsonProperty("currency") String currency, @JsonProperty("address") String address,
      @JsonProperty("amount") BigDecimal amount, @JsonProperty("amount_usd") BigDecimal amountUsd,
      @JsonProperty("service_fee") BigDecimal serviceFee,
      @JsonProperty("service_fee_usd") BigDecimal serviceFeeUsd,
      @JsonProperty("expires_at") String expiresAt) {
    this.identifier = identifier;
    this.currency = currency;
    this.address = address;
    this.amount = amount;
    this.amountUsd = amountUsd;
    this.serviceFee = serviceFee;
    this.serviceFeeUsd = serviceFeeUsd;
    this.expiresAtRaw = expiresAt;
    this.expiresAt = Timestamps.isoInstant(expiresAtRaw, "expires_at");
  }

  /**
   * UUID of the withdraw request, to pass to confirmWithdrawal.
   *
   * <p>Wire name {@code identifier}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String identifier() {
    return identifier;
  }

  /**
   * Currency of the withdrawal.
   *
   * <p>Wire name {@code currency}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String currency() {
    return currency;
  }

  /**
   * Address to send to.
   *
   * <p>Wire name {@code address}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String address() {
    return address;
  }

  /**
   * Amount of the withdrawal; the address receives amount - service fee.
   *
   * <p>Wire name {@code amount}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * USD equivalent of the amount.
   *
   * <p>Wire name {@code amount_usd}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public BigDecimal amountUsd() {
    return amountUsd;
  }

  /**
   * Service fee of the withdrawal.
   *
   * <p>Wire name {@code service_fee}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public BigDecimal serviceFee() {
    return serviceFee;
  }

  /**
   * USD equivalent of the service fee.
   *
   * <p>Wire name {@code service_fee_usd}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public BigDecimal serviceFeeUsd() {
    return serviceFeeUsd;
  }

  /**
   * Time until which the request may be confirmed.
   *
   * <p>Wire name {@code expires_at}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public Instant expiresAt() {
    return expiresAt;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PendingWithdrawal that
        && Objects.equals(identifier, that.identifier)
        && Objects.equals(currency, that.currency)
        && Objects.equals(address, that.address)
        && Objects.equals(amount, that.amount)
        && Objects.equals(amountUsd, that.amountUsd)
        && Objects.equals(serviceFee, that.serviceFee)
        && Objects.equals(serviceFeeUsd, that.serviceFeeUsd)
        && Objects.equals(expiresAtRaw, that.expiresAtRaw);
  }

  @Override
  public int hashCode() {
    return Objects.hash(identifier, currency, address, amount, amountUsd, serviceFee, serviceFeeUsd, expiresAtRaw);
  }

  @Override
  public String toString() {
    return "PendingWithdrawal{"
        + "identifier=" + identifier
        + ", currency=" + currency
        + ", address=" + address
        + ", amount=" + amount
        + ", amount_usd=" + amountUsd
        + ", service_fee=" + serviceFee
        + ", service_fee_usd=" + serviceFeeUsd
        + ", expires_at=" + expiresAtRaw
        + "}";
  }
}
