package io.payspec.cryptocloud.v2;

import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.HttpMethod;
import io.payspec.annotations.ParamIn;
import io.payspec.annotations.ResponseShape;
import io.payspec.cryptocloud.CryptoCloudClient;
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
 * CryptoCloud API v2. Get it from {@link CryptoCloudClient#v2()}; immutable and safe to share between threads.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class CryptoCloudV2 {
  /**
   * CryptoCloud v2 createInvoice: {@code POST /v2/invoice/create}.
   */
  public static final Operation<CreateInvoiceRequest, Invoice> CREATE_INVOICE = CreateInvoiceMetadata.operation();

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

  /**
   * Builds the metadata of createInvoice, in a class of its own to keep every class small.
   */
  private static final class CreateInvoiceMetadata {
    private CreateInvoiceMetadata() {
    }

    static Operation<CreateInvoiceRequest, Invoice> operation() {
      return new Operation<>(
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
          new FieldInfo("shop_id", FieldKind.STRING, false, true, null, List.of(), "Unique identifier of the store from personal account",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount", FieldKind.DECIMAL, false, true, null, List.of(), "Payment amount in USD",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(new BigDecimal("0"), true, null, null, null, null, false, false, null),
            List.of(),
            null),
          new FieldInfo("currency", FieldKind.ENUM, false, false, "USD", FiatCurrency.knownWireValues(), "Conversion currency of the amount; the default currency is USD",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("order_id", FieldKind.STRING, false, false, null, List.of(), "Custom invoice number in the external system",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("email", FieldKind.STRING, false, false, null, List.of(), "Payer's email address",
            ParamIn.BODY, null, false, false, true,
            new FieldConstraints(null, false, null, null, null, null, true, false, null),
            List.of(),
            null),
          new FieldInfo("add_fields.time_to_pay.hours", FieldKind.INTEGER, false, false, null, List.of(), "Hours of the invoice lifetime",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(new BigDecimal("0"), false, null, null, null, null, false, false, null),
            List.of(),
            null),
          new FieldInfo("add_fields.time_to_pay.minutes", FieldKind.INTEGER, false, false, null, List.of(), "Minutes of the invoice lifetime",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(new BigDecimal("0"), false, new BigDecimal("59"), null, null, null, false, false, null),
            List.of(),
            null),
          new FieldInfo("add_fields.available_currencies", FieldKind.ENUM, true, false, null, CryptoCurrency.knownWireValues(), "Available payment currencies",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(null, false, null, null, 1, null, false, false, null),
            List.of(),
            null),
          new FieldInfo("add_fields.cryptocurrency", FieldKind.ENUM, false, false, null, CryptoCurrency.knownWireValues(), "Selecting the payment currency on behalf of the user: the payment page shows the payment details without a currency selection, and the address and amount are returned in the API response",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("add_fields.email_to_send", FieldKind.STRING, false, false, null, List.of(), "E-mail address to send the invoice to (provider's newer documentation)",
            ParamIn.BODY, null, false, false, true,
            new FieldConstraints(null, false, null, null, null, null, true, false, null),
            List.of(),
            null),
          new FieldInfo("add_fields.period", FieldKind.ENUM, false, false, null, Period.knownWireValues(), "Period for email_to_send: month, week or day; only together with email_to_send (provider's newer documentation)",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(null, false, null, null, null, null, false, false, "email_to_send"),
            List.of(),
            null)),
        ResponseShape.OBJECT,
        List.of(
          new FieldInfo("uuid", FieldKind.STRING, false, false, null, List.of(), "Unique invoice identifier with the INV prefix",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("created", FieldKind.TIMESTAMP, false, false, null, List.of(), "Invoice creation time in UTC+0, YYYY-MM-DD HH:MI:SS.FFFFFF",
            ParamIn.BODY, "yyyy-MM-dd HH:mm:ss[.SSSSSS]", false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("address", FieldKind.STRING, false, false, null, List.of(), "Payment address; prefilled only if a cryptocurrency for payment is selected (add_fields.cryptocurrency)",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("expiry_date", FieldKind.TIMESTAMP, false, false, null, List.of(), "Invoice expiration date in UTC+0, YYYY-MM-DD HH:MI:SS.FFFFFF; after it the status changes to canceled if payment has not been received",
            ParamIn.BODY, "yyyy-MM-dd HH:mm:ss[.SSSSSS]", false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("side_commission", FieldKind.ENUM, false, false, null, CommissionSide.knownWireValues(), "Transfer fee payer",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("side_commission_cc", FieldKind.ENUM, false, false, null, CommissionSide.knownWireValues(), "Service fee payer (name in the page's table)",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("side_commission_service", FieldKind.ENUM, false, false, null, CommissionSide.knownWireValues(), "Service fee payer (name in the page's example)",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("type_payments", FieldKind.STRING, false, false, null, List.of(), "Payment type (only in the page's example: \"crypto\")",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount", FieldKind.DECIMAL, false, false, null, List.of(), "Invoice amount in the selected cryptocurrency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount_usd", FieldKind.DECIMAL, false, false, null, List.of(), "Invoice amount in USD",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("amount_in_fiat", FieldKind.DECIMAL, false, false, null, List.of(), "Invoice amount in the creation currency (depends on the currency parameter)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("fee", FieldKind.DECIMAL, false, false, null, List.of(), "Invoice transfer fee",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("fee_usd", FieldKind.DECIMAL, false, false, null, List.of(), "Invoice transfer fee in USD",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("service_fee", FieldKind.DECIMAL, false, false, null, List.of(), "Service fee",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("service_fee_usd", FieldKind.DECIMAL, false, false, null, List.of(), "Service fee in USD",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("fiat_currency", FieldKind.STRING, false, false, null, List.of(), "Fiat currency code in which the invoice was created",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("status", FieldKind.ENUM, false, false, null, InvoiceStatus.knownWireValues(), "Invoice status; always created in the response to a create request",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("is_email_required", FieldKind.BOOLEAN, false, false, null, List.of(), "Parameter for requiring the payer's email in the invoice",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("link", FieldKind.STRING, false, false, null, List.of(), "Link to the invoice page",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("invoice_id", FieldKind.STRING, false, false, null, List.of(), "Invoice identifier (only in the page's example, where it is null)",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.id", FieldKind.INTEGER, false, false, null, List.of(), "Currency identifier",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.code", FieldKind.STRING, false, false, null, List.of(), "Currency code, e.g. ETH",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.fullcode", FieldKind.STRING, false, false, null, List.of(), "Full currency code, e.g. ETH",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.network.code", FieldKind.STRING, false, false, null, List.of(), "Network code, e.g. ERC20",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.network.id", FieldKind.INTEGER, false, false, null, List.of(), "Network identifier",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.network.icon", FieldKind.STRING, false, false, null, List.of(), "Network icon URL",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.network.fullname", FieldKind.STRING, false, false, null, List.of(), "Network name, e.g. Ethereum",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.name", FieldKind.STRING, false, false, null, List.of(), "Currency name, e.g. Ethereum",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.is_email_required", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the payer's email is required for this currency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.stablecoin", FieldKind.BOOLEAN, false, false, null, List.of(), "Whether the currency is a stablecoin",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.icon_base", FieldKind.STRING, false, false, null, List.of(), "Currency icon URL",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.icon_network", FieldKind.STRING, false, false, null, List.of(), "Icon URL of the currency on its network",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.icon_qr", FieldKind.STRING, false, false, null, List.of(), "Icon URL for the QR code",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency.order", FieldKind.INTEGER, false, false, null, List.of(), "Display order of the currency",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("project.id", FieldKind.INTEGER, false, false, null, List.of(), "Project identifier",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("project.name", FieldKind.STRING, false, false, null, List.of(), "Project name",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("project.fail", FieldKind.STRING, false, false, null, List.of(), "Project URL after a failed payment",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("project.success", FieldKind.STRING, false, false, null, List.of(), "Project URL after a successful payment",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("project.logo", FieldKind.STRING, false, false, null, List.of(), "Project logo URL; may be null, empty or \"None\"",
            ParamIn.BODY, null, false, true, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("test_mode", FieldKind.BOOLEAN, false, false, null, List.of(), "Test invoice sign",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null)),
        AuthInfo.header("Authorization", "Token ", "api_key"),
        List.of("api_key"),
        false,
        "provider-docs/cryptocloud-v2-invoice-create.en.md (docs.cryptocloud.plus, API v2, Invoice Creation)",
        List.of(),
        List.of(),
        List.of());
    }
  }
}
