package io.payspec.cryptocloud.v2;

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
 * The created withdrawal request (the "data" object).
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@ResponseJson
@JsonPropertyOrder({"invoice_id", "status", "currency", "amount"})
public final class Withdrawal {
  @JsonProperty("invoice_id")
  private final String invoiceId;

  @JsonProperty("status")
  private final String status;

  @JsonProperty("currency")
  private final String currency;

  @JsonProperty("amount")
  private final BigDecimal amount;

  private final String amountRaw;

  @JsonCreator
  Withdrawal(@JsonProperty("invoice_id") String invoiceId, @JsonProperty("status") String status,
      @JsonProperty("currency") String currency,
      @JsonProperty("amount") @JsonDeserialize(using = WireNumbers.Decimal.class) Object amount) {
    // Jackson creates the object with this, from the values on the wire.
    this.invoiceId = invoiceId;
    this.status = status;
    this.currency = currency;
    this.amount = WireNumbers.value(amount, BigDecimal.class);
    this.amountRaw = WireNumbers.raw(amount);
  }

  /**
   * Unique withdrawal request identifier with the INV prefix.
   *
   * <p>Wire name {@code invoice_id}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String invoiceId() {
    return invoiceId;
  }

  /**
   * Withdrawal request status; always created when the request is submitted.
   *
   * <p>Wire name {@code status}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String status() {
    return status;
  }

  /**
   * Code of the selected cryptocurrency in the withdrawal request.
   *
   * <p>Wire name {@code currency}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String currency() {
    return currency;
  }

  /**
   * Withdrawal request amount in cryptocurrency.
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
    return other instanceof Withdrawal that
        && Objects.equals(invoiceId, that.invoiceId)
        && Objects.equals(status, that.status)
        && Objects.equals(currency, that.currency)
        && Objects.equals(amount, that.amount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(invoiceId, status, currency, amount);
  }

  @Override
  public String toString() {
    return "Withdrawal{"
        + "invoice_id=" + invoiceId
        + ", status=" + status
        + ", currency=" + currency
        + ", amount=" + amount
        + "}";
  }
}
