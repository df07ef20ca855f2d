package io.payspec.cryptocloud.v2;

import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.HttpMethod;
import io.payspec.cryptocloud.CryptoCloudClient;
import io.payspec.runtime.ClientCore;
import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.FieldKind;
import io.payspec.runtime.meta.Operation;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * CryptoCloud API v2. Get it from {@link CryptoCloudClient#v2()}; immutable and safe to share between threads.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class CryptoCloudV2 {
  /**
   * CryptoCloud v2 createInvoice: {@code POST /v2/invoice/create}.
   */
  public static final Operation<CreateInvoiceRequest, Invoice> CREATE_INVOICE = new Operation<>(
    CryptoCloudClient.PROVIDER,
    "v2",
    "createInvoice",
    HttpMethod.POST,
    "/v2/invoice/create",
    "Creates a unique invoice and returns its payment link or payment details (API v2).",
    new Operation.EnvelopeInfo(EnvelopeKind.STATUS_AND_RESULT, "status", "success", "result", "error", "errors"),
    new Operation.ErrorInfo(
      List.of(ErrorShape.FIELD_MESSAGES, ErrorShape.DETAIL),
      List.of("authorization"),
      List.of("Signature verification failed"),
      List.of(406)),
    CreateInvoiceRequest.class,
    Invoice.class,
    CreateInvoiceRequestValidator::validate,
    List.of(
      new FieldInfo("shop_id", FieldKind.STRING, false, true, null, List.of(), "Unique identifier of the store from personal account"),
      new FieldInfo("amount", FieldKind.DECIMAL, false, true, null, List.of(), "Payment amount in USD"),
      new FieldInfo("currency", FieldKind.ENUM, false, false, "USD", FiatCurrency.knownWireValues(), "Conversion currency of the amount; the default currency is USD"),
      new FieldInfo("order_id", FieldKind.STRING, false, false, null, List.of(), "Custom invoice number in the external system"),
      new FieldInfo("email", FieldKind.STRING, false, false, null, List.of(), "Payer's email address"),
      new FieldInfo("add_fields.time_to_pay.hours", FieldKind.INTEGER, false, false, null, List.of(), "Hours of the invoice lifetime"),
      new FieldInfo("add_fields.time_to_pay.minutes", FieldKind.INTEGER, false, false, null, List.of(), "Minutes of the invoice lifetime"),
      new FieldInfo("add_fields.available_currencies", FieldKind.ENUM, true, false, null, CryptoCurrency.knownWireValues(), "Available payment currencies"),
      new FieldInfo("add_fields.cryptocurrency", FieldKind.ENUM, false, false, null, CryptoCurrency.knownWireValues(), "Selecting the payment currency on behalf of the user: the payment page shows the payment details without a currency selection, and the address and amount are returned in the API response"),
      new FieldInfo("add_fields.email_to_send", FieldKind.STRING, false, false, null, List.of(), "E-mail address to send the invoice to (provider's newer documentation)"),
      new FieldInfo("add_fields.period", FieldKind.ENUM, false, false, null, Period.knownWireValues(), "Period for email_to_send: month, week or day; only together with email_to_send (provider's newer documentation)")));

  private final ClientCore core;

  /**
   * Binds this version to a client's core; {@link CryptoCloudClient} does this for you.
   *
   * @param core the shared core of a client
   */
  public CryptoCloudV2(ClientCore core) {
    this.core = core;
  }

  /**
   * Creates a unique invoice and returns its payment link or payment details (API v2).
   *
   * <p>{@code POST /v2/invoice/create}. Blocks until the provider answers or the request timeout passes.
   *
   * @param request the request, built with {@link CreateInvoiceRequest#builder()}
   * @return the provider's answer
   * @throws io.payspec.runtime.error.ValidationException if the request breaks a documented rule; nothing is sent
   * @throws io.payspec.runtime.error.ApiException if the provider answered with an error
   * @throws io.payspec.runtime.error.TransportException if no answer arrived
   */
  public Invoice createInvoice(CreateInvoiceRequest request) {
    return core.call(CREATE_INVOICE, request);
  }

  /**
   * Creates a unique invoice and returns its payment link or payment details (API v2).
   *
   * <p>Asynchronous form of {@link #createInvoice(CreateInvoiceRequest)}: the future fails with the same exceptions.
   *
   * @param request the request, built with {@link CreateInvoiceRequest#builder()}
   * @return the provider's answer, when it arrives
   */
  public CompletableFuture<Invoice> createInvoiceAsync(CreateInvoiceRequest request) {
    return core.callAsync(CREATE_INVOICE, request);
  }

  /**
   * Every operation of this version, for tools that work from metadata.
   *
   * @return the operations
   */
  public static List<Operation<?, ?>> operations() {
    return List.of(CREATE_INVOICE);
  }
}
