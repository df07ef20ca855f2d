package io.payspec.cryptocloud.v1;

import io.payspec.annotations.DecisionTopic;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.ExampleOutcome;
import io.payspec.annotations.HttpMethod;
import io.payspec.annotations.ParamIn;
import io.payspec.annotations.ResponseShape;
import io.payspec.cryptocloud.CryptoCloudClient;
import io.payspec.runtime.ClientCore;
import io.payspec.runtime.meta.AuthInfo;
import io.payspec.runtime.meta.DecisionInfo;
import io.payspec.runtime.meta.FieldConstraints;
import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.FieldKind;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.RequestExampleInfo;
import io.payspec.runtime.meta.ResponseExampleInfo;
import java.math.BigDecimal;
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
   *
   * <p>Departs from the page: <em>page:</em> tabs 401 (Incorrect API KEY), 400 (Invoice creation error) and 406 (Service unavailable) without bodies; the authorization page's 401 body {"message": "Unauthenticated."}; <em>chosen:</em> errors read as {"message"}, then as v2's field messages in "result", then as {"detail"}; 406 means the service is unavailable; <em>because</em> The 400 and 406 bodies are not documented; reading the shapes the same provider uses in v2 keeps their messages instead of dropping them.
   *
   * <p>Departs from the page: <em>page:</em> the Portuguese page (cryptocloud-v1-invoice-create.pt.md) translates JSON keys ("estado": "sucesso") and the header name (Autorização) in its examples; <em>chosen:</em> the English page's wire format; the Portuguese page adds nothing; <em>because</em> Translated keys are a translation artefact: the English page, the SDKs and v2 all use English keys.
   *
   * <p>Departs from the page about {@code shop_id}: <em>page:</em> Python and JavaScript examples: {amount: 100.0, currency: "USD", description: "Pay"}, no shop_id; <em>chosen:</em> the request example adds "shop_id": "xBAivfPIbskwuEWj" (the v2 page's example shop id); <em>because</em> The field table marks shop_id required, so the page's examples as written are requests the table forbids.
   */
  public static final Operation<CreateInvoiceRequest, CreatedInvoice> CREATE_INVOICE = CreateInvoiceMetadata.operation();

  /**
   * CryptoCloud v1 getInvoice: {@code GET /v1/invoice/info}.
   *
   * <p>Departs from the page: <em>page:</em> GET with a "Request Body" holding uuid; the Python example sends no uuid at all; <em>chosen:</em> GET /v1/invoice/info?uuid=... with no body; <em>because</em> A GET carries no body, and the SDK evanfokin/cryptocloud.js (src/crypto-cloud.ts) sends uuid as a query parameter.
   *
   * <p>Departs from the page: <em>page:</em> "to get information about all payments on an account"; <em>chosen:</em> the status of the one invoice named by uuid; <em>because</em> The call takes one uuid and answers one status; the intro sentence is copied from another page.
   */
  public static final Operation<GetInvoiceRequest, InvoiceStatusInfo> GET_INVOICE = GetInvoiceMetadata.operation();

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
   * <p>Departs from the page: <em>page:</em> tabs 401 (Incorrect API KEY), 400 (Invoice creation error) and 406 (Service unavailable) without bodies; the authorization page's 401 body {"message": "Unauthenticated."}; <em>chosen:</em> errors read as {"message"}, then as v2's field messages in "result", then as {"detail"}; 406 means the service is unavailable; <em>because</em> The 400 and 406 bodies are not documented; reading the shapes the same provider uses in v2 keeps their messages instead of dropping them.
   *
   * <p>Departs from the page: <em>page:</em> the Portuguese page (cryptocloud-v1-invoice-create.pt.md) translates JSON keys ("estado": "sucesso") and the header name (Autorização) in its examples; <em>chosen:</em> the English page's wire format; the Portuguese page adds nothing; <em>because</em> Translated keys are a translation artefact: the English page, the SDKs and v2 all use English keys.
   *
   * <p>Departs from the page about {@code shop_id}: <em>page:</em> Python and JavaScript examples: {amount: 100.0, currency: "USD", description: "Pay"}, no shop_id; <em>chosen:</em> the request example adds "shop_id": "xBAivfPIbskwuEWj" (the v2 page's example shop id); <em>because</em> The field table marks shop_id required, so the page's examples as written are requests the table forbids.
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
   * Returns the status of one invoice (API v1, superseded by v2).
   *
   * <p>{@code GET /v1/invoice/info}. Blocks until the provider answers or the request timeout passes.
   *
   * <p>Departs from the page: <em>page:</em> GET with a "Request Body" holding uuid; the Python example sends no uuid at all; <em>chosen:</em> GET /v1/invoice/info?uuid=... with no body; <em>because</em> A GET carries no body, and the SDK evanfokin/cryptocloud.js (src/crypto-cloud.ts) sends uuid as a query parameter.
   *
   * <p>Departs from the page: <em>page:</em> "to get information about all payments on an account"; <em>chosen:</em> the status of the one invoice named by uuid; <em>because</em> The call takes one uuid and answers one status; the intro sentence is copied from another page.
   *
   * @param request the request, built with {@link GetInvoiceRequest#builder()}
   * @return the provider's answer
   * @throws io.payspec.runtime.error.ValidationException if the request breaks a documented rule; nothing is sent
   * @throws io.payspec.runtime.error.ApiException if the provider answered with an error
   * @throws io.payspec.runtime.error.TransportException if no answer arrived
   */
  public InvoiceStatusInfo getInvoice(GetInvoiceRequest request) {
    return core.call(GET_INVOICE, request);
  }

  /**
   * Returns the status of one invoice (API v1, superseded by v2).
   *
   * <p>Asynchronous form of {@link #getInvoice(GetInvoiceRequest)}: the future fails with the same exceptions.
   *
   * @param request the request, built with {@link GetInvoiceRequest#builder()}
   * @return the provider's answer, when it arrives
   */
  public CompletableFuture<InvoiceStatusInfo> getInvoiceAsync(GetInvoiceRequest request) {
    return core.callAsync(GET_INVOICE, request);
  }

  /**
   * Every operation of this version, for tools that work from metadata.
   *
   * @return the operations
   */
  public static List<Operation<?, ?>> operations() {
    return List.of(CREATE_INVOICE, GET_INVOICE);
  }

  /**
   * Builds the metadata of createInvoice, in a class of its own to keep every class small.
   */
  private static final class CreateInvoiceMetadata {
    private CreateInvoiceMetadata() {
    }

    static Operation<CreateInvoiceRequest, CreatedInvoice> operation() {
      return new Operation<>(
        CryptoCloudClient.PROVIDER,
        "v1",
        "createInvoice",
        HttpMethod.POST,
        "/v1/invoice/create",
        "Creates an invoice and returns its payment link (API v1, superseded by v2).",
        new Operation.EnvelopeInfo(EnvelopeKind.FLAT, "status", "success", "result", "error", "errors", "result"),
        new Operation.ErrorInfo(
          List.of(ErrorShape.MESSAGE, ErrorShape.FIELD_MESSAGES, ErrorShape.DETAIL),
          List.of(),
          List.of("Unauthenticated."),
          List.of(406),
          List.of(),
          List.of(),
          List.of()),
        CreateInvoiceRequest.class,
        CreatedInvoice.class,
        CreateInvoiceRequest.Validator::validate,
        List.of(
          new FieldInfo("shop_id", FieldKind.STRING, false, true, null, List.of(), "Unique store ID from your personal account",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.REQUIRED, "", "red star in the field table; both code examples leave it out", "required", "The table wins (v2 requires shop_id too); the examples are incomplete.")),
            null),
          new FieldInfo("amount", FieldKind.DECIMAL, false, true, null, List.of(), "Payment amount in USD",
            ParamIn.BODY, null, false, false, false,
            new FieldConstraints(new BigDecimal("0"), true, null, null, null, null, false, false, null),
            List.of(
              new DecisionInfo(DecisionTopic.BOUNDS, "", "no bounds", "greater than 0", "An invoice for zero or less is meaningless.")),
            null),
          new FieldInfo("currency", FieldKind.ENUM, false, false, null, FiatCurrency.knownWireValues(), "Available currencies for conversion: USD, RUB, EUR, GBP, UAH",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("order_id", FieldKind.STRING, false, false, null, List.of(), "Your internal order identifier",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("email", FieldKind.STRING, false, false, null, List.of(), "User email",
            ParamIn.BODY, null, false, false, true,
            new FieldConstraints(null, false, null, null, null, null, true, false, null),
            List.of(),
            null),
          new FieldInfo("description", FieldKind.STRING, false, false, null, List.of(), "Invoice description (sent by the page's code examples; not in its field table)",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "not in the field table; both code examples send \"description\": \"Pay\"", "an optional String", "So that the page's own example can be expressed.")),
            null)),
        ResponseShape.OBJECT,
        List.of(
          new FieldInfo("status", FieldKind.STRING, false, false, null, List.of(), "\"success\" when the invoice was created",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("pay_url", FieldKind.STRING, false, false, null, List.of(), "Link to the payment page",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("currency", FieldKind.STRING, false, false, null, List.of(), "Currency of the invoice as reported by the provider (the page shows \"BTC\")",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("invoice_id", FieldKind.STRING, false, false, null, List.of(), "Invoice identifier",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null)),
        AuthInfo.header("Authorization", "Token ", "api_key"),
        List.of("api_key"),
        false,
        "https://docs.cryptocloud.plus/en/api-reference-v1-old/create-invoice",
        List.of(
          new RequestExampleInfo("page", "/v1/invoice/create", "", "{\n"
              + "    \"shop_id\": \"xBAivfPIbskwuEWj\",\n"
              + "    \"amount\": 100.0,\n"
              + "    \"currency\": \"USD\",\n"
              + "    \"description\": \"Pay\"\n"
              + "}", "The Python tab's data (the JavaScript tab sends the same), with the required shop_id added: both tabs leave it out. The value is the v2 page's example shop id.")),
        List.of(
          new ResponseExampleInfo("created", 200, "{\n"
              + "    \"status\": \"success\",\n"
              + "    \"pay_url\": \"https://pay.cryptocloud.plus/DZLF4212\",\n"
              + "    \"currency\": \"BTC\",\n"
              + "    \"invoice_id\": \"DZLF4212\"\n"
              + "}", ExampleOutcome.SUCCESS, "The page's tab \"200: OK Invoice has been created\"."),
          new ResponseExampleInfo("unauthenticated", 401, "{\n"
              + "  \"message\": \"Unauthenticated.\"\n"
              + "}", ExampleOutcome.AUTHENTICATION_FAILED, "From the v1 authorization page (401, Unauthenticated, Incorrect API KEY); the create page's 401 tab is empty.")),
        List.of(
          new DecisionInfo(DecisionTopic.OTHER, "", "tabs 401 (Incorrect API KEY), 400 (Invoice creation error) and 406 (Service unavailable) without bodies; the authorization page's 401 body {\"message\": \"Unauthenticated.\"}", "errors read as {\"message\"}, then as v2's field messages in \"result\", then as {\"detail\"}; 406 means the service is unavailable", "The 400 and 406 bodies are not documented; reading the shapes the same provider uses in v2 keeps their messages instead of dropping them."),
          new DecisionInfo(DecisionTopic.OTHER, "", "the Portuguese page (cryptocloud-v1-invoice-create.pt.md) translates JSON keys (\"estado\": \"sucesso\") and the header name (Autorização) in its examples", "the English page's wire format; the Portuguese page adds nothing", "Translated keys are a translation artefact: the English page, the SDKs and v2 all use English keys."),
          new DecisionInfo(DecisionTopic.EXAMPLE, "shop_id", "Python and JavaScript examples: {amount: 100.0, currency: \"USD\", description: \"Pay\"}, no shop_id", "the request example adds \"shop_id\": \"xBAivfPIbskwuEWj\" (the v2 page's example shop id)", "The field table marks shop_id required, so the page's examples as written are requests the table forbids.")));
    }
  }

  /**
   * Builds the metadata of getInvoice, in a class of its own to keep every class small.
   */
  private static final class GetInvoiceMetadata {
    private GetInvoiceMetadata() {
    }

    static Operation<GetInvoiceRequest, InvoiceStatusInfo> operation() {
      return new Operation<>(
        CryptoCloudClient.PROVIDER,
        "v1",
        "getInvoice",
        HttpMethod.GET,
        "/v1/invoice/info",
        "Returns the status of one invoice (API v1, superseded by v2).",
        new Operation.EnvelopeInfo(EnvelopeKind.FLAT, "status", "success", "result", "error", "errors", "result"),
        new Operation.ErrorInfo(
          List.of(ErrorShape.MESSAGE, ErrorShape.FIELD_MESSAGES, ErrorShape.DETAIL),
          List.of(),
          List.of("Unauthenticated."),
          List.of(406),
          List.of(),
          List.of(),
          List.of()),
        GetInvoiceRequest.class,
        InvoiceStatusInfo.class,
        GetInvoiceRequest.Validator::validate,
        List.of(
          new FieldInfo("uuid", FieldKind.STRING, false, true, null, List.of(), "Unique invoice identifier (the SDK sends INV- followed by the invoice_id of v1 createInvoice)",
            ParamIn.QUERY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.OTHER, "", "whether uuid takes INV-XXXXXXXX or XXXXXXXX is not stated", "sent exactly as given", "Adding a prefix would guess; the SDK's INV- form is the documented example.")),
            null)),
        ResponseShape.OBJECT,
        List.of(
          new FieldInfo("status", FieldKind.STRING, false, false, null, List.of(), "\"success\" when the status was found",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(),
            null),
          new FieldInfo("status_invoice", FieldKind.ENUM, false, false, null, InvoiceStatusV1.knownWireValues(), "Status of the invoice",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.ENUM_VALUES, "", "no values listed (the example shows paid)", "created, paid, partial, canceled", "The values of the SDK evanfokin/cryptocloud.js (src/enums/status-invoice.ts); any other value reads as UNKNOWN with the value as received kept.")),
            null),
          new FieldInfo("error", FieldKind.STRING, false, false, null, List.of(), "Error text, when the provider sends one",
            ParamIn.BODY, null, false, false, false,
            FieldConstraints.NONE,
            List.of(
              new DecisionInfo(DecisionTopic.FIELD_ADDED, "", "not in the page's example", "an optional error text", "The SDK's response type has it (src/interfaces/check-invoice-status-res.ts); reading it costs nothing.")),
            null)),
        AuthInfo.header("Authorization", "Token ", "api_key"),
        List.of("api_key"),
        false,
        "https://docs.cryptocloud.plus/en/api-reference-v1-old/check-invoice-status",
        List.of(
          new RequestExampleInfo("sdk", "/v1/invoice/info", "uuid=INV-XXXXXXXX", "", "The page's Python example sends no uuid; completed as the SDK sends it (query parameter, INV- prefix).")),
        List.of(
          new ResponseExampleInfo("paid", 200, "{\n"
              + "  \"status\": \"success\",\n"
              + "  \"status_invoice\": \"paid\"\n"
              + "}", ExampleOutcome.SUCCESS, ""),
          new ResponseExampleInfo("unauthenticated", 401, "{\"message\": \"Unauthenticated.\"}", ExampleOutcome.AUTHENTICATION_FAILED, "The page's 401 tab is empty; the body is the v1 authorization page's.")),
        List.of(
          new DecisionInfo(DecisionTopic.TRANSPORT, "", "GET with a \"Request Body\" holding uuid; the Python example sends no uuid at all", "GET /v1/invoice/info?uuid=... with no body", "A GET carries no body, and the SDK evanfokin/cryptocloud.js (src/crypto-cloud.ts) sends uuid as a query parameter."),
          new DecisionInfo(DecisionTopic.OTHER, "", "\"to get information about all payments on an account\"", "the status of the one invoice named by uuid", "The call takes one uuid and answers one status; the intro sentence is copied from another page.")));
    }
  }
}
