package io.payspec.cryptocloud.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.payspec.runtime.json.ResponseJson;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The created invoice (API v1): a flat body.
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@ResponseJson
@JsonPropertyOrder({"status", "pay_url", "currency", "invoice_id"})
public final class CreatedInvoice {
  @JsonProperty("status")
  private final String status;

  @JsonProperty("pay_url")
  private final String payUrl;

  @JsonProperty("currency")
  private final String currency;

  @JsonProperty("invoice_id")
  private final String invoiceId;

  @JsonCreator
  CreatedInvoice(@JsonProperty("status") String status, @JsonProperty("pay_url") String payUrl,
      @JsonProperty("currency") String currency, @JsonProperty("invoice_id") String invoiceId) {
    // Jackson creates the object with this, from the values on the wire.
    this.status = status;
    this.payUrl = payUrl;
    this.currency = currency;
    this.invoiceId = invoiceId;
  }

  /**
   * "success" when the invoice was created.
   *
   * <p>Wire name {@code status}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String status() {
    return status;
  }

  /**
   * Link to the payment page.
   *
   * <p>Wire name {@code pay_url}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String payUrl() {
    return payUrl;
  }

  /**
   * Currency of the invoice as reported by the provider (the page shows "BTC").
   *
   * <p>Wire name {@code currency}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String currency() {
    return currency;
  }

  /**
   * Invoice identifier.
   *
   * <p>Wire name {@code invoice_id}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String invoiceId() {
    return invoiceId;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CreatedInvoice that
        && Objects.equals(status, that.status)
        && Objects.equals(payUrl, that.payUrl)
        && Objects.equals(currency, that.currency)
        && Objects.equals(invoiceId, that.invoiceId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, payUrl, currency, invoiceId);
  }

  @Override
  public String toString() {
    return "CreatedInvoice{"
        + "status=" + status
        + ", pay_url=" + payUrl
        + ", currency=" + currency
        + ", invoice_id=" + invoiceId
        + "}";
  }
}
