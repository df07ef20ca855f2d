package io.payspec.cryptocloud.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.payspec.runtime.json.ResponseJson;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The status of an invoice (API v1): a flat body.
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@ResponseJson
@JsonPropertyOrder({"status", "status_invoice", "error"})
public final class InvoiceStatusInfo {
  @JsonProperty("status")
  private final String status;

  @JsonProperty("status_invoice")
  private final String statusInvoiceRaw;

  private final InvoiceStatusV1 statusInvoice;

  @JsonProperty("error")
  private final String error;

  @JsonCreator
  InvoiceStatusInfo(@JsonProperty("status") String status,
      @JsonProperty("status_invoice") String statusInvoice, @JsonProperty("error") String error) {
    // Jackson creates the object with this, from the values on the wire.
    this.status = status;
    this.statusInvoiceRaw = statusInvoice;
    this.statusInvoice = InvoiceStatusV1.fromWire(statusInvoiceRaw);
    this.error = error;
  }

  /**
   * "success" when the status was found.
   *
   * <p>Wire name {@code status}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String status() {
    return status;
  }

  /**
   * Status of the invoice.
   *
   * <p>Wire name {@code status_invoice}.
   *
   * <p>Departs from the page: <em>page:</em> no values listed (the example shows paid); <em>chosen:</em> created, paid, partial, canceled; <em>because</em> The values of the SDK evanfokin/cryptocloud.js (src/enums/status-invoice.ts); any other value reads as UNKNOWN with the value as received kept.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public InvoiceStatusV1 statusInvoice() {
    return statusInvoice;
  }

  /**
   * The wire value of {@code status_invoice} exactly as received, also when undocumented.
   *
   * @return the raw value, or {@code null} when absent
   */
  public String statusInvoiceRaw() {
    return statusInvoiceRaw;
  }

  /**
   * Error text, when the provider sends one.
   *
   * <p>Wire name {@code error}.
   *
   * <p>Departs from the page: <em>page:</em> not in the page's example; <em>chosen:</em> an optional error text; <em>because</em> The SDK's response type has it (src/interfaces/check-invoice-status-res.ts); reading it costs nothing.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String error() {
    return error;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof InvoiceStatusInfo that
        && Objects.equals(status, that.status)
        && Objects.equals(statusInvoiceRaw, that.statusInvoiceRaw)
        && Objects.equals(error, that.error);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, statusInvoiceRaw, error);
  }

  @Override
  public String toString() {
    return "InvoiceStatusInfo{"
        + "status=" + status
        + ", status_invoice=" + statusInvoiceRaw
        + ", error=" + error
        + "}";
  }
}
