package io.payspec.cryptocloud.v1;

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
 * CryptoCloud API v1. Get it from {@link CryptoCloudClient#v1()}; immutable and safe to share between threads.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class CryptoCloudV1 {
  /**
   * CryptoCloud v1 createInvoice: {@code POST /v1/invoice/create}.
   */
  public static final Operation<CreateInvoiceRequest, CreatedInvoice> CREATE_INVOICE = new Operation<>(
    CryptoCloudClient.PROVIDER,
    "v1",
    "createInvoice",
    HttpMethod.POST,
    "/v1/invoice/create",
    "Creates an invoice and returns its payment link (API v1, superseded by v2).",
    new Operation.EnvelopeInfo(EnvelopeKind.FLAT, "status", "success", "result", "error", "errors"),
    new Operation.ErrorInfo(
      List.of(ErrorShape.MESSAGE, ErrorShape.FIELD_MESSAGES, ErrorShape.DETAIL),
      List.of(),
      List.of("Unauthenticated."),
      List.of(406)),
    CreateInvoiceRequest.class,
    CreatedInvoice.class,
    CreateInvoiceRequestValidator::validate,
    List.of(
      new FieldInfo("shop_id", FieldKind.STRING, false, true, null, List.of(), "Unique store ID from your personal account"),
      new FieldInfo("amount", FieldKind.DECIMAL, false, true, null, List.of(), "Payment amount in USD"),
      new FieldInfo("currency", FieldKind.ENUM, false, false, null, FiatCurrency.knownWireValues(), "Available currencies for conversion: USD, RUB, EUR, GBP, UAH"),
      new FieldInfo("order_id", FieldKind.STRING, false, false, null, List.of(), "Your internal order identifier"),
      new FieldInfo("email", FieldKind.STRING, false, false, null, List.of(), "User email"),
      new FieldInfo("description", FieldKind.STRING, false, false, null, List.of(), "Invoice description (sent by the page's code examples; not in its field table)")));

  private final ClientCore core;

  /**
   * Binds this version to a client's core; {@link CryptoCloudClient} does this for you.
   *
   * @param core the shared core of a client
   */
  public CryptoCloudV1(ClientCore core) {
    this.core = core;
  }

  /**
   * Creates an invoice and returns its payment link (API v1, superseded by v2).
   *
   * <p>{@code POST /v1/invoice/create}. Blocks until the provider answers or the request timeout passes.
   *
   * @param request the request, built with {@link CreateInvoiceRequest#builder()}
   * @return the provider's answer
   * @throws io.payspec.runtime.error.ValidationException if the request breaks a documented rule; nothing is sent
   * @throws io.payspec.runtime.error.ApiException if the provider answered with an error
   * @throws io.payspec.runtime.error.TransportException if no answer arrived
   */
  public CreatedInvoice createInvoice(CreateInvoiceRequest request) {
    return core.call(CREATE_INVOICE, request);
  }

  /**
   * Creates an invoice and returns its payment link (API v1, superseded by v2).
   *
   * <p>Asynchronous form of {@link #createInvoice(CreateInvoiceRequest)}: the future fails with the same exceptions.
   *
   * @param request the request, built with {@link CreateInvoiceRequest#builder()}
   * @return the provider's answer, when it arrives
   */
  public CompletableFuture<CreatedInvoice> createInvoiceAsync(CreateInvoiceRequest request) {
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
