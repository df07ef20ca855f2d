package io.payspec.spec.cryptocloud;

import io.payspec.annotations.Decision;
import io.payspec.annotations.DecisionTopic;
import io.payspec.annotations.Endpoint;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.Errors;
import io.payspec.annotations.ExampleOutcome;
import io.payspec.annotations.Field;
import io.payspec.annotations.HttpMethod;
import io.payspec.annotations.Request;
import io.payspec.annotations.RequestExample;
import io.payspec.annotations.Response;
import io.payspec.annotations.ResponseExample;
import io.payspec.annotations.WireEnum;
import io.payspec.annotations.WireValue;

/**
 * CryptoCloud v1 "Invoice Status Check" (provider-docs/cryptocloud-v1-invoice-info.en.md; the
 * contradictions are INDEX-wider.md, CryptoCloud #8).
 */
@Endpoint(
    provider = CryptoCloud.class,
    version = "v1",
    operation = "getInvoice",
    method = HttpMethod.GET,
    path = "/v1/invoice/info",
    description = "Returns the status of one invoice (API v1, superseded by v2).",
    source = "https://docs.cryptocloud.plus/en/api-reference-v1-old/check-invoice-status")
@Decision(topic = DecisionTopic.TRANSPORT,
    page = "GET with a \"Request Body\" holding uuid; the Python example sends no uuid at all",
    chosen = "GET /v1/invoice/info?uuid=... with no body",
    reason = "A GET carries no body, and the SDK evanfokin/cryptocloud.js (src/crypto-cloud.ts) sends uuid as a query"
        + " parameter.")
@Decision(topic = DecisionTopic.OTHER,
    page = "\"to get information about all payments on an account\"",
    chosen = "the status of the one invoice named by uuid",
    reason = "The call takes one uuid and answers one status; the intro sentence is copied from another page.")
// Same error bodies as v1 createInvoice: the 400 and 401 tabs of this page are empty, and the v1
// authorization page gives 401 {"message": "Unauthenticated."}.
@Errors(
    value = {ErrorShape.MESSAGE, ErrorShape.FIELD_MESSAGES, ErrorShape.DETAIL},
    authenticationMessages = {"Unauthenticated."},
    unavailableStatuses = {406})
@RequestExample(name = "sdk", query = "uuid=INV-XXXXXXXX",
    note = "The page's Python example sends no uuid; completed as the SDK sends it (query parameter, INV- prefix).")
@ResponseExample(name = "paid", body = """
    {
      "status": "success",
      "status_invoice": "paid"
    }""")
@ResponseExample(name = "unauthenticated", status = 401, body = "{\"message\": \"Unauthenticated.\"}",
    outcome = ExampleOutcome.AUTHENTICATION_FAILED,
    note = "The page's 401 tab is empty; the body is the v1 authorization page's.")
public interface CryptoCloudV1GetInvoice {

  @Request(description = "A request for the status of one CryptoCloud invoice (API v1).")
  interface GetInvoiceRequest {
    @Field(value = "uuid", required = true,
        description = "Unique invoice identifier (the SDK sends INV- followed by the invoice_id of v1 createInvoice)")
    @Decision(topic = DecisionTopic.OTHER,
        page = "whether uuid takes INV-XXXXXXXX or XXXXXXXX is not stated",
        chosen = "sent exactly as given",
        reason = "Adding a prefix would guess; the SDK's INV- form is the documented example.")
    String uuid();
  }

  @Response(description = "The status of an invoice (API v1): a flat body.")
  interface InvoiceStatusInfo {
    @Field(value = "status", description = "\"success\" when the status was found")
    String status();

    @Field(value = "status_invoice", description = "Status of the invoice")
    @Decision(topic = DecisionTopic.ENUM_VALUES,
        page = "no values listed (the example shows paid)",
        chosen = "created, paid, partial, canceled",
        reason = "The values of the SDK evanfokin/cryptocloud.js (src/enums/status-invoice.ts); any other value reads as"
            + " UNKNOWN with the value as received kept.")
    InvoiceStatusV1 statusInvoice();

    @Field(value = "error", description = "Error text, when the provider sends one")
    @Decision(topic = DecisionTopic.FIELD_ADDED,
        page = "not in the page's example",
        chosen = "an optional error text",
        reason = "The SDK's response type has it (src/interfaces/check-invoice-status-res.ts); reading it costs nothing.")
    String error();
  }

  @WireEnum(description = "Status of a v1 invoice.")
  enum InvoiceStatusV1 {
    @WireValue(value = "created", description = "Created, not paid yet")
    CREATED,
    @WireValue(value = "paid", description = "Paid in full")
    PAID,
    @WireValue(value = "partial", description = "Paid in part")
    PARTIAL,
    @WireValue(value = "canceled", description = "Cancelled")
    CANCELED
  }
}
