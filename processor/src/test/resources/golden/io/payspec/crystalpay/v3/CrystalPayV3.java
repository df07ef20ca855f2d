package io.payspec.crystalpay.v3;

import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.HttpMethod;
import io.payspec.annotations.ParamIn;
import io.payspec.annotations.ResponseShape;
import io.payspec.crystalpay.CrystalPayClient;
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
 * CrystalPay API v3. Get it from {@link CrystalPayClient#v3()}; immutable and safe to share between threads.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class CrystalPayV3 {
  /**
   * CrystalPay v3 createInvoice: {@code POST /v3/invoice/create/}.
   */
  public static final Operation<CreateInvoiceRequest, Invoice> CREATE_INVOICE = CreateInvoiceMetadata.operation();

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

  /**
   * Builds the metadata of createInvoice, in a class of its own to keep every class small.
   */
  private static final class CreateInvoiceMetadata {
    private CreateInvoiceMetadata() {
    }

    static Operation<CreateInvoiceRequest, Invoice> operation() {
      return new Operation<>(
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
          new FieldInfo("amount", FieldKind.DECIMAL, false, true, null, List.of(), "Invoice amount",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(new BigDecimal("0"), true, null, null, null, null, false, false, null),
            List.of(),
            null),
          new FieldInfo("type", FieldKind.ENUM, false, true, null, InvoiceType.knownWireValues(), "Invoice type",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("lifetime", FieldKind.INTEGER, false, true, null, List.of(), "Invoice lifetime in minutes",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(new BigDecimal("1"), false, new BigDecimal("4320"), null, null, null, false, false, null),
            List.of(),
            null),
          new FieldInfo("currency", FieldKind.STRING, false, false, "RUB", List.of(), "Invoice currency, RUB by default (formerly amount_currency)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("subtract_from", FieldKind.ENUM, false, false, "amount", SubtractFrom.knownWireValues(), "Where to deduct the fee from, amount by default",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("required_method", FieldKind.STRING, false, false, null, List.of(), "Preset payment method; the payer cannot choose another",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("payer_details.email", FieldKind.STRING, false, false, null, List.of(), "Payer's e-mail",
            ParamIn.BODY, null, false, false, true,
            new FieldConstraints(null, false, null, null, null, null, true, false, null),
            List.of(),
            null),
          new FieldInfo("description", FieldKind.STRING, false, false, null, List.of(), "Description or purpose",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("extra", FieldKind.STRING, false, false, null, List.of(), "Any data, e.g. the payment ID in your system",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("redirect_url", FieldKind.STRING, false, false, null, List.of(), "Link to redirect to after payment",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(null, false, null, null, null, null, false, true, null),
            List.of(),
            null),
          new FieldInfo("callback_url", FieldKind.STRING, false, false, null, List.of(), "Link to send the HTTP callback notification of payment to",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(null, false, null, null, null, null, false, true, null),
            List.of(),
            null)),
        ResponseShape.OBJECT,
        List.of(
          new FieldInfo("id", FieldKind.STRING, false, false, null, List.of(), "Invoice ID",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("url", FieldKind.STRING, false, false, null, List.of(), "Invoice payment link",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("rub_amount", FieldKind.DECIMAL, false, false, null, List.of(), "Invoice amount in roubles",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency", FieldKind.STRING, false, false, null, List.of(), "Invoice currency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount", FieldKind.DECIMAL, false, false, null, List.of(), "Invoice amount in the currency of the currency field",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("type", FieldKind.ENUM, false, false, null, InvoiceType.knownWireValues(), "Invoice type",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("subtract_from", FieldKind.ENUM, false, false, null, SubtractFrom.knownWireValues(), "Where the fee is deducted from",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null)),
        AuthInfo.body("auth_login", "auth_secret"),
        List.of("auth_login", "auth_secret"),
        false,
        "https://docs.crystalpay.io/metody-api/invoice-platezhi/sozdanie-invoisa",
        List.of(),
        List.of(),
        List.of());
    }
  }
}
