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
 * A CryptoCloud v2 payment notification, once its token is verified.
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@ResponseJson
@JsonPropertyOrder({"status", "invoice_id", "amount_crypto", "currency", "order_id", "invoice_info"})
public final class Postback {
  @JsonProperty("status")
  private final String status;

  @JsonProperty("invoice_id")
  private final String invoiceId;

  @JsonProperty("amount_crypto")
  private final BigDecimal amountCrypto;

  private final String amountCryptoRaw;

  @JsonProperty("currency")
  private final String currencyRaw;

  private final CryptoCurrency currency;

  @JsonProperty("order_id")
  private final String orderId;

  @JsonProperty("invoice_info")
  private final Invoice invoiceInfo;

  @JsonCreator
  Postback(@JsonProperty("status") String status, @JsonProperty("invoice_id") String invoiceId,
      @JsonProperty("amount_crypto") @JsonDeserialize(using = WireNumbers.Decimal.class) Object amountCrypto,
      @JsonProperty("currency") String currency, @JsonProperty("order_id") String orderId,
      @JsonProperty("invoice_info") Invoice invoiceInfo) {
    // Jackson creates the object with this, from the values on the wire.
    this.status = status;
    this.invoiceId = invoiceId;
    this.amountCrypto = WireNumbers.value(amountCrypto, BigDecimal.class);
    this.amountCryptoRaw = WireNumbers.raw(amountCrypto);
    this.currencyRaw = currency;
    this.currency = CryptoCurrency.fromWire(currencyRaw);
    this.orderId = orderId;
    this.invoiceInfo = invoiceInfo;
  }

  /**
   * Request execution status ("success").
   *
   * <p>Wire name {@code status}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String status() {
    return status;
  }

  /**
   * Unique payment identifier without the INV prefix.
   *
   * <p>Wire name {@code invoice_id}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String invoiceId() {
    return invoiceId;
  }

  /**
   * Payment amount in cryptocurrency.
   *
   * <p>Wire name {@code amount_crypto}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code amountCryptoRaw()} has it)
   */
  public BigDecimal amountCrypto() {
    return amountCrypto;
  }

  /**
   * The wire value of {@code amount_crypto} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code amountCrypto()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String amountCryptoRaw() {
    return amountCryptoRaw;
  }

  /**
   * Currency code (BTC, LTC, TRX, USDT_TRC20, ...).
   *
   * <p>Wire name {@code currency}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public CryptoCurrency currency() {
    return currency;
  }

  /**
   * The wire value of {@code currency} exactly as received, also when undocumented.
   *
   * @return the raw value, or {@code null} when absent
   */
  public String currencyRaw() {
    return currencyRaw;
  }

  /**
   * Custom invoice number in the external system.
   *
   * <p>Wire name {@code order_id}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String orderId() {
    return orderId;
  }

  /**
   * Detailed invoice information.
   *
   * <p>Wire name {@code invoice_info}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public Invoice invoiceInfo() {
    return invoiceInfo;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Postback that
        && Objects.equals(status, that.status)
        && Objects.equals(invoiceId, that.invoiceId)
        && Objects.equals(amountCrypto, that.amountCrypto)
        && Objects.equals(currencyRaw, that.currencyRaw)
        && Objects.equals(orderId, that.orderId)
        && Objects.equals(invoiceInfo, that.invoiceInfo);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, invoiceId, amountCrypto, currencyRaw, orderId, invoiceInfo);
  }

  @Override
  public String toString() {
    return "Postback{"
        + "status=" + status
        + ", invoice_id=" + invoiceId
        + ", amount_crypto=" + amountCrypto
        + ", currency=" + currencyRaw
        + ", order_id=" + orderId
        + ", invoice_info=" + invoiceInfo
        + "}";
  }
}
