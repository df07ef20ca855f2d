package io.payspec.spec.cryptocloud;

import io.payspec.annotations.Decision;
import io.payspec.annotations.DecisionTopic;
import io.payspec.annotations.Endpoint;
import io.payspec.annotations.Envelope;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.Errors;
import io.payspec.annotations.ExampleOutcome;
import io.payspec.annotations.Field;
import io.payspec.annotations.Request;
import io.payspec.annotations.RequestExample;
import io.payspec.annotations.Response;
import io.payspec.annotations.ResponseExample;

/**
 * CryptoCloud v2 "Invoice Cancellation" (provider-docs/cryptocloud-v2-invoice-cancel.en.md): cancels an
 * invoice that still has the {@code created} status.
 */
@Endpoint(
    provider = CryptoCloud.class,
    version = "v2",
    operation = "cancelInvoice",
    path = "/v2/invoice/merchant/canceled",
    description = "Cancels an invoice with the created status (API v2).",
    source = "https://docs.cryptocloud.plus/en/api-reference-v2/cancel-invoice")
// resultField = "": the success payload is read from the whole body (an object), never from "result",
// whose success value is a string or a list. errorField = "result": the page's error tabs put the
// messages there ({"status": "error", "result": {"validate_error": ...}}).
@Envelope(value = EnvelopeKind.STATUS_AND_RESULT, resultField = "", errorField = "result")
@Errors(
    value = {ErrorShape.FIELD_MESSAGES, ErrorShape.DETAIL},
    authenticationKeys = {"authorization"},
    authenticationMessages = {"Signature verification failed", "Invalid header padding"},
    unavailableStatuses = {406})
@Decision(
    topic = DecisionTopic.TYPE,
    field = "result",
    page = "table: result is a string (\"ok\"); 2024 example: a list [\"ok\"]; errors: an object {\"validate_error\": ...}",
    chosen = "the success carries no payload the client reads: the envelope's payload is the whole body "
        + "(resultField = \"\") and the call returns an empty CancelResult once \"status\" is \"success\", whatever "
        + "\"result\" holds",
    reason = "\"result\" is polymorphic and its success value says nothing beyond the status; reading it as one of "
        + "its documented forms would break on the other, and a payload must be a JSON object.")
@RequestExample(
    name = "page",
    body = """
        {"uuid":"INV-XXXXXXXX"}""",
    note = "The cURL tab's body; the JavaScript tab sends the same (the Python tab's dict is never closed on the page).")
@ResponseExample(
    name = "canceled",
    body = """
        {
            "status": "success",
            "result": [
                "ok"
            ]
        }""",
    note = "The 2024 revision's success tab (the current revision's JSON tab is not stored).")
@ResponseExample(
    name = "not-created",
    status = 400,
    body = """
        {
            "status": "error",
            "result": {
                "validate_error": "Invoice is not created"
            }
        }""",
    outcome = ExampleOutcome.INVALID_REQUEST,
    note = "The 2024 revision's error tab; its HTTP status is not in the stored text (400 inferred).")
@ResponseExample(
    name = "uuid-required",
    status = 400,
    body = """
        {
            "status": "error",
            "result": {
                "validate_error": "uuid is required"
            }
        }""",
    outcome = ExampleOutcome.INVALID_REQUEST,
    note = "The 2024 revision's error tab; its HTTP status is not in the stored text (400 inferred).")
public interface CryptoCloudV2CancelInvoice {

  @Request(description = "A request to cancel an invoice with the created status (API v2).")
  interface CancelInvoiceRequest {
    @Field(value = "uuid", required = true, description = "Unique invoice identifier (INV-XXXXXXXX or XXXXXXXX)")
    String uuid();
  }

  @Response(description = "The answer to a cancellation: the invoice was canceled (\"status\": \"success\"); the "
      + "provider's \"result\" (\"ok\" or [\"ok\"]) carries nothing more.")
  interface CancelResult {}
}
