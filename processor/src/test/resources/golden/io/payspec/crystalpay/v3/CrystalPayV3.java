package io.payspec.crystalpay.v3;

import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.HttpMethod;
import io.payspec.crystalpay.CrystalPayClient;
import io.payspec.runtime.ClientCore;
import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.FieldKind;
import io.payspec.runtime.meta.Operation;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * CrystalPay API v3. Get it from {@link CrystalPayClient#v3()}; immutable and safe to share between threads.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class CrystalPayV3 {
  /**
   * CrystalPay v3 createInvoice: {@code POST /v3/invoice/create/}.
   */
  public static final Operation<CreateInvoiceRequest, Invoice> CREATE_INVOICE = new Operation<>(
    CrystalPayClient.PROVIDER,
    "v3",
    "createInvoice",
    HttpMethod.POST,
    "/v3/invoice/create/",
    "Creates an invoice and returns its payment link (API v3).",
    new Operation.EnvelopeInfo(EnvelopeKind.ERROR_FLAG, "status", "success", "result", "error", "errors"),
    new Operation.ErrorInfo(
      List.of(ErrorShape.ERROR_LIST),
      List.of(),
      List.of("Invalid auth credentials"),
      List.of()),
    CreateInvoiceRequest.class,
    Invoice.class,
    CreateInvoiceRequestValidator::validate,
    List.of(
      new FieldInfo("amount", FieldKind.DECIMAL, false, true, null, List.of(), "Invoice amount"),
      new FieldInfo("type", FieldKind.ENUM, false, true, null, InvoiceType.knownWireValues(), "Invoice type"),
      new FieldInfo("lifetime", FieldKind.INTEGER, false, true, null, List.of(), "Invoice lifetime in minutes"),
      new FieldInfo("currency", FieldKind.STRING, false, false, "RUB", List.of(), "Invoice currency, RUB by default (formerly amount_currency)"),
      new FieldInfo("subtract_from", FieldKind.ENUM, false, false, "amount", SubtractFrom.knownWireValues(), "Where to deduct the fee from, amount by default"),
      new FieldInfo("required_method", FieldKind.STRING, false, false, null, List.of(), "Preset payment method; the payer cannot choose another"),
      new FieldInfo("payer_details.email", FieldKind.STRING, false, false, null, List.of(), "Payer's e-mail"),
      new FieldInfo("description", FieldKind.STRING, false, false, null, List.of(), "Description or purpose"),
      new FieldInfo("extra", FieldKind.STRING, false, false, null, List.of(), "Any data, e.g. the payment ID in your system"),
      new FieldInfo("redirect_url", FieldKind.STRING, false, false, null, List.of(), "Link to redirect to after payment"),
      new FieldInfo("callback_url", FieldKind.STRING, false, false, null, List.of(), "Link to send the HTTP callback notification of payment to")));

  private final ClientCore core;

  /**
   * Binds this version to a client's core; {@link CrystalPayClient} does this for you.
   *
   * @param core the shared core of a client
   */
  public CrystalPayV3(ClientCore core) {
    this.core = core;
  }

  /**
   * Creates an invoice and returns its payment link (API v3).
   *
   * <p>{@code POST /v3/invoice/create/}. Blocks until the provider answers or the request timeout passes.
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
   * Creates an invoice and returns its payment link (API v3).
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
