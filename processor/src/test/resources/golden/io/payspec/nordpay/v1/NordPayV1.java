package io.payspec.nordpay.v1;

import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.HttpMethod;
import io.payspec.nordpay.NordPayClient;
import io.payspec.runtime.ClientCore;
import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.FieldKind;
import io.payspec.runtime.meta.Operation;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * NordPay API v1. Get it from {@link NordPayClient#v1()}; immutable and safe to share between threads.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class NordPayV1 {
  /**
   * NordPay v1 createInvoice: {@code POST /invoice/create}.
   */
  public static final Operation<CreateInvoiceRequest, Invoice> CREATE_INVOICE = new Operation<>(
    NordPayClient.PROVIDER,
    "v1",
    "createInvoice",
    HttpMethod.POST,
    "/invoice/create",
    "Creates a new invoice specifying currency, amount, expiration time and other parameters.",
    new Operation.EnvelopeInfo(EnvelopeKind.FLAT, "status", "success", "result", "error", "errors"),
    new Operation.ErrorInfo(
      List.of(ErrorShape.DETAIL, ErrorShape.ERROR_OBJECT),
      List.of("AUTH_ERROR"),
      List.of("Invalid API key"),
      List.of()),
    CreateInvoiceRequest.class,
    Invoice.class,
    CreateInvoiceRequestValidator::validate,
    List.of(
      new FieldInfo("currency", FieldKind.STRING, false, false, null, List.of(), "Currency of the invoice, to lock it to a single currency (not with allowed_currencies)"),
      new FieldInfo("allowed_currencies", FieldKind.STRING, true, false, null, List.of(), "List of currencies the payer may choose from, at least two (not with currency)"),
      new FieldInfo("amount", FieldKind.CURRENCY_AMOUNT, false, true, null, List.of(), "Amount of the invoice with its currency, like 200 USD or 0.015 BNB"),
      new FieldInfo("expires_time", FieldKind.INTEGER, false, true, null, List.of(), "Expiration time of the invoice in minutes (the page's table: 30-1440)"),
      new FieldInfo("label", FieldKind.STRING, false, true, null, List.of(), "Label of the invoice"),
      new FieldInfo("postback_url", FieldKind.STRING, false, false, null, List.of(), "Destination URL for sending post"),
      new FieldInfo("success_url", FieldKind.STRING, false, false, null, List.of(), "URL for the user after successful payment"),
      new FieldInfo("fail_url", FieldKind.STRING, false, false, null, List.of(), "URL for the user after failed payment")));

  private final ClientCore core;

  /**
   * Binds this version to a client's core; {@link NordPayClient} does this for you.
   *
   * @param core the shared core of a client
   */
  public NordPayV1(ClientCore core) {
    this.core = core;
  }

  /**
   * Creates a new invoice specifying currency, amount, expiration time and other parameters.
   *
   * <p>{@code POST /invoice/create}. Blocks until the provider answers or the request timeout passes.
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
   * Creates a new invoice specifying currency, amount, expiration time and other parameters.
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
