package io.payspec.nordpay.v1;

import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.HttpMethod;
import io.payspec.annotations.ParamIn;
import io.payspec.annotations.ResponseShape;
import io.payspec.nordpay.NordPayClient;
import io.payspec.runtime.ClientCore;
import io.payspec.runtime.meta.AuthInfo;
import io.payspec.runtime.meta.FieldConstraints;
import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.FieldKind;
import io.payspec.runtime.meta.Operation;
import java.math.BigDecimal;
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
  public static final Operation<CreateInvoiceRequest, Invoice> CREATE_INVOICE = CreateInvoiceMetadata.operation();

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

  /**
   * Builds the metadata of createInvoice, in a class of its own to keep every class small.
   */
  private static final class CreateInvoiceMetadata {
    private CreateInvoiceMetadata() {
    }

    static Operation<CreateInvoiceRequest, Invoice> operation() {
      return new Operation<>(
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
          new FieldInfo("currency", FieldKind.STRING, false, false, null, List.of(), "Currency of the invoice, to lock it to a single currency (not with allowed_currencies)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("allowed_currencies", FieldKind.STRING, true, false, null, List.of(), "List of currencies the payer may choose from, at least two (not with currency)",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(null, false, null, null, 2, null, false, false, null),
            List.of(),
            null),
          new FieldInfo("amount", FieldKind.CURRENCY_AMOUNT, false, true, null, List.of(), "Amount of the invoice with its currency, like 200 USD or 0.015 BNB",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(new BigDecimal("0"), true, new BigDecimal("100000000"), null, null, null, false, false, null),
            List.of(),
            null),
          new FieldInfo("expires_time", FieldKind.INTEGER, false, true, null, List.of(), "Expiration time of the invoice in minutes (the page's table: 30-1440)",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(new BigDecimal("1"), false, new BigDecimal("1440"), null, null, null, false, false, null),
            List.of(),
            null),
          new FieldInfo("label", FieldKind.STRING, false, true, null, List.of(), "Label of the invoice",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(null, false, null, 255, null, null, false, false, null),
            List.of(),
            null),
          new FieldInfo("postback_url", FieldKind.STRING, false, false, null, List.of(), "Destination URL for sending post",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(null, false, null, 255, null, null, false, true, null),
            List.of(),
            null),
          new FieldInfo("success_url", FieldKind.STRING, false, false, null, List.of(), "URL for the user after successful payment",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(null, false, null, 255, null, null, false, true, null),
            List.of(),
            null),
          new FieldInfo("fail_url", FieldKind.STRING, false, false, null, List.of(), "URL for the user after failed payment",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(null, false, null, null, null, null, false, true, null),
            List.of(),
            null)),
        ResponseShape.OBJECT,
        List.of(
          new FieldInfo("id", FieldKind.INTEGER, false, false, null, List.of(), "Invoice identifier",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("uuid", FieldKind.STRING, false, false, null, List.of(), "Invoice UUID",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency", FieldKind.STRING, false, false, null, List.of(), "Currency of the invoice",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("tx_hash", FieldKind.STRING, false, false, null, List.of(), "Hash of the payment transaction",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("address", FieldKind.STRING, false, false, null, List.of(), "Payment address",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount", FieldKind.DECIMAL, false, false, null, List.of(), "Amount of the invoice in its currency",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount_usd", FieldKind.DECIMAL, false, false, null, List.of(), "Amount of the invoice in USD",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("confirmations", FieldKind.INTEGER, false, false, null, List.of(), "Number of confirmations of the payment transaction",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("created_at", FieldKind.TIMESTAMP, false, false, null, List.of(), "Creation time",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("expires_at", FieldKind.TIMESTAMP, false, false, null, List.of(), "Expiration time",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("is_expired", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the invoice has expired",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("is_paid", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the invoice has been paid",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("label", FieldKind.STRING, false, false, null, List.of(), "Label of the invoice",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("postback_url", FieldKind.STRING, false, false, null, List.of(), "Destination URL for sending post",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("success_url", FieldKind.STRING, false, false, null, List.of(), "URL for the user after successful payment",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("fail_url", FieldKind.STRING, false, false, null, List.of(), "URL for the user after failed payment",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("url", FieldKind.STRING, false, false, null, List.of(), "Payment page URL of the invoice",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("status", FieldKind.ENUM, false, false, null, InvoiceStatus.knownWireValues(), "Invoice status (not on the page; seen in live responses)",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null)),
        AuthInfo.header("X-API-KEY", "", "api_key"),
        List.of("api_key"),
        false,
        "provider-docs/nordpay-invoice-create.en.md (NordPay API docs, Create Invoice)",
        List.of(),
        List.of(),
        List.of());
    }
  }
}
