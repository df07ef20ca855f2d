package io.payspec.nordpay.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.payspec.runtime.json.ResponseJson;
import io.payspec.runtime.json.Timestamps;
import io.payspec.runtime.json.WireNumbers;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * A withdraw request awaiting confirmation: what will be sent, the fee, and until when it may be confirmed.
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@ResponseJson
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

  private final String amountRaw;

  @JsonProperty("amount_usd")
  private final BigDecimal amountUsd;

  private final String amountUsdRaw;

  @JsonProperty("service_fee")
  private final BigDecimal serviceFee;

  private final String serviceFeeRaw;

  @JsonProperty("service_fee_usd")
  private final BigDecimal serviceFeeUsd;

  private final String serviceFeeUsdRaw;

  @JsonProperty("expires_at")
  private final String expiresAtRaw;

  private final Instant expiresAt;

  @JsonCreator
  PendingWithdrawal(@JsonProperty("identifier") String identifier,
      @JsonProperty("currency") String currency, @JsonProperty("address") String address,
      @JsonProperty("amount") @JsonDeserialize(using = WireNumbers.Decimal.class) Object amount,
      @JsonProperty("amount_usd") @JsonDeserialize(using = WireNumbers.Decimal.class) Object amountUsd,
      @JsonProperty("service_fee") @JsonDeserialize(using = WireNumbers.Decimal.class) Object serviceFee,
      @JsonProperty("service_fee_usd") @JsonDeserialize(using = WireNumbers.Decimal.class) Object serviceFeeUsd,
      @JsonProperty("expires_at") String expiresAt) {
    // Jackson creates the object with this, from the values on the wire.
    this.identifier = identifier;
    this.currency = currency;
    this.address = address;
    this.amount = WireNumbers.value(amount, BigDecimal.class);
    this.amountRaw = WireNumbers.raw(amount);
    this.amountUsd = WireNumbers.value(amountUsd, BigDecimal.class);
    this.amountUsdRaw = WireNumbers.raw(amountUsd);
    this.serviceFee = WireNumbers.value(serviceFee, BigDecimal.class);
    this.serviceFeeRaw = WireNumbers.raw(serviceFee);
    this.serviceFeeUsd = WireNumbers.value(serviceFeeUsd, BigDecimal.class);
    this.serviceFeeUsdRaw = WireNumbers.raw(serviceFeeUsd);
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
   * USD equivalent of the amount.
   *
   * <p>Wire name {@code amount_usd}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code amountUsdRaw()} has it)
   */
  public BigDecimal amountUsd() {
    return amountUsd;
  }

  /**
   * The wire value of {@code amount_usd} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code amountUsd()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String amountUsdRaw() {
    return amountUsdRaw;
  }

  /**
   * Service fee of the withdrawal.
   *
   * <p>Wire name {@code service_fee}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code serviceFeeRaw()} has it)
   */
  public BigDecimal serviceFee() {
    return serviceFee;
  }

  /**
   * The wire value of {@code service_fee} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code serviceFee()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String serviceFeeRaw() {
    return serviceFeeRaw;
  }

  /**
   * USD equivalent of the service fee.
   *
   * <p>Wire name {@code service_fee_usd}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code serviceFeeUsdRaw()} has it)
   */
  public BigDecimal serviceFeeUsd() {
    return serviceFeeUsd;
  }

  /**
   * The wire value of {@code service_fee_usd} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code serviceFeeUsd()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String serviceFeeUsdRaw() {
    return serviceFeeUsdRaw;
  }

  /**
   * Time until which the request may be confirmed.
   *
   * <p>Wire name {@code expires_at}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code expiresAtRaw()} has it)
   */
  public Instant expiresAt() {
    return expiresAt;
  }

  /**
   * The wire value of {@code expires_at} exactly as received, also when in another format than the documented one.
   *
   * @return the raw value, or {@code null} when absent
   */
  public String expiresAtRaw() {
    return expiresAtRaw;
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
