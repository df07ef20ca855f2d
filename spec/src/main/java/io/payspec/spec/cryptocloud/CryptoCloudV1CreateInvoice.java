package io.payspec.spec.cryptocloud;

import io.payspec.annotations.Decision;
import io.payspec.annotations.DecisionTopic;
import io.payspec.annotations.Email;
import io.payspec.annotations.Endpoint;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.Errors;
import io.payspec.annotations.ExampleOutcome;
import io.payspec.annotations.Field;
import io.payspec.annotations.Range;
import io.payspec.annotations.Request;
import io.payspec.annotations.RequestExample;
import io.payspec.annotations.Response;
import io.payspec.annotations.ResponseExample;
import io.payspec.annotations.WireEnum;
import java.math.BigDecimal;

/**
 * CryptoCloud v1 "Invoice Creation" (provider-docs/cryptocloud-v1-invoice-create.en.md), with the v1
 * authorization page (provider-docs/cryptocloud-v1-authorization.en.md) for its error body.
 */
@Endpoint(
    provider = CryptoCloud.class,
    version = "v1",
    operation = "createInvoice",
    path = "/v1/invoice/create",
    description = "Creates an invoice and returns its payment link (API v1, superseded by v2).",
    source = "https://docs.cryptocloud.plus/en/api-reference-v1-old/create-invoice")
// v1 bodies are flat; the documented unauthorized body is {"message": "Unauthenticated."} (HTTP 401).
@Errors(
    value = {ErrorShape.MESSAGE, ErrorShape.FIELD_MESSAGES, ErrorShape.DETAIL},
    authenticationMessages = {"Unauthenticated."},
    unavailableStatuses = {406})
@Decision(
    topic = DecisionTopic.OTHER,
    page = "tabs 401 (Incorrect API KEY), 400 (Invoice creation error) and 406 (Service unavailable) without bodies; "
        + "the authorization page's 401 body {\"message\": \"Unauthenticated.\"}",
    chosen = "errors read as {\"message\"}, then as v2's field messages in \"result\", then as {\"detail\"}; "
        + "406 means the service is unavailable",
    reason = "The 400 and 406 bodies are not documented; reading the shapes the same provider uses in v2 keeps their "
        + "messages instead of dropping them.")
@Decision(
    topic = DecisionTopic.OTHER,
    page = "the Portuguese page (cryptocloud-v1-invoice-create.pt.md) translates JSON keys (\"estado\": \"sucesso\") "
        + "and the header name (Autorização) in its examples",
    chosen = "the English page's wire format; the Portuguese page adds nothing",
    reason = "Translated keys are a translation artefact: the English page, the SDKs and v2 all use English keys.")
@RequestExample(
    name = "page",
    body = """
        {
            "shop_id": "xBAivfPIbskwuEWj",
            "amount": 100.0,
            "currency": "USD",
            "description": "Pay"
        }""",
    note = "The Python tab's data (the JavaScript tab sends the same), with the required shop_id added: both tabs "
        + "leave it out. The value is the v2 page's example shop id.")
@Decision(
    topic = DecisionTopic.EXAMPLE,
    field = "shop_id",
    page = "Python and JavaScript examples: {amount: 100.0, currency: \"USD\", description: \"Pay\"}, no shop_id",
    chosen = "the request example adds \"shop_id\": \"xBAivfPIbskwuEWj\" (the v2 page's example shop id)",
    reason = "The field table marks shop_id required, so the page's examples as written are requests the table forbids.")
@ResponseExample(
    name = "created",
    body = """
        {
            "status": "success",
            "pay_url": "https://pay.cryptocloud.plus/DZLF4212",
            "currency": "BTC",
            "invoice_id": "DZLF4212"
        }""",
    note = "The page's tab \"200: OK Invoice has been created\".")
@ResponseExample(
    name = "unauthenticated",
    status = 401,
    body = """
        {
          "message": "Unauthenticated."
        }""",
    outcome = ExampleOutcome.AUTHENTICATION_FAILED,
    note = "From the v1 authorization page (401, Unauthenticated, Incorrect API KEY); the create page's 401 tab is empty.")
public interface CryptoCloudV1CreateInvoice {

  @Request(description = "A request to create a CryptoCloud invoice (API v1).")
  interface CreateInvoiceRequest {
    @Field(value = "shop_id", required = true, description = "Unique store ID from your personal account")
    @Decision(
        topic = DecisionTopic.REQUIRED,
        page = "red star in the field table; both code examples leave it out",
        chosen = "required",
        reason = "The table wins (v2 requires shop_id too); the examples are incomplete.")
    String shopId();

    @Field(value = "amount", required = true, description = "Payment amount in USD")
    @Range(min = "0", minExclusive = true)
    @Decision(
        topic = DecisionTopic.BOUNDS,
        page = "no bounds",
        chosen = "greater than 0",
        reason = "An invoice for zero or less is meaningless.")
    BigDecimal amount();

    @Field(value = "currency", description = "Available currencies for conversion: USD, RUB, EUR, GBP, UAH")
    FiatCurrency currency();

    @Field(value = "order_id", description = "Your internal order identifier")
    String orderId();

    @Field(value = "email", description = "User email")
    @Email
    String email();

    @Field(value = "description", description = "Invoice description (sent by the page's code examples; not in its field table)")
    @Decision(
        topic = DecisionTopic.FIELD_ADDED,
        page = "not in the field table; both code examples send \"description\": \"Pay\"",
        chosen = "an optional String",
        reason = "So that the page's own example can be expressed.")
    String description();
  }

  @Response(description = "The created invoice (API v1): a flat body.")
  interface CreatedInvoice {
    @Field(value = "status", description = "\"success\" when the invoice was created")
    String status();

    @Field(value = "pay_url", description = "Link to the payment page")
    String payUrl();

    @Field(value = "currency", description = "Currency of the invoice as reported by the provider (the page shows \"BTC\")")
    String currency();

    @Field(value = "invoice_id", description = "Invoice identifier")
    String invoiceId();
  }

  @WireEnum(description = "Fiat currencies an amount can be converted from (API v1).")
  enum FiatCurrency {
    USD,
    RUB,
    EUR,
    GBP,
    UAH
  }
}
