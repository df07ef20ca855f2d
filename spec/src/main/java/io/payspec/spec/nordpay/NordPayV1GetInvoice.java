package io.payspec.spec.nordpay;

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
import io.payspec.annotations.ResponseExample;

/**
 * NordPay "Retrieve Single Invoice" (provider-docs/nordpay-invoice-info.en.md): one invoice by its
 * id or uuid, as the {@link NordPayV1CreateInvoice.Invoice} shared by the version.
 */
@Endpoint(
    provider = NordPay.class,
    version = "v1",
    operation = "getInvoice",
    method = HttpMethod.GET,
    path = "/invoice/{identifier}",
    description = "Gets detailed information for a specific invoice by its identifier (its id or uuid).",
    source = "https://nord-3.gitbook.io/nord-api/invoice/retrieve-single-invoice",
    response = NordPayV1CreateInvoice.Invoice.class)
@Decision(topic = DecisionTopic.TRANSPORT,
    page = "GET /invoice/{identifier}, the invoice as the whole body (SDK: GET /v1/invoice/{identifier}, envelope"
        + " {\"success\", \"data\", \"error\"})",
    chosen = "GET /invoice/{identifier}, flat body",
    reason = "The page is the documentation; every NordPay operation follows the pages' unversioned paths"
        + " (see createInvoice).")
@Errors(
    value = {ErrorShape.DETAIL, ErrorShape.ERROR_OBJECT},
    authenticationKeys = {"AUTH_ERROR"},
    authenticationMessages = {"Invalid API key"})
@RequestExample(name = "page", path = "/invoice/your-invoice-id-or-uuid",
    note = "The cURL, Python and PHP examples, with the page's placeholder identifier.")
@ResponseExample(name = "success", body = """
    {
        "id": 0,
        "uuid": "string",
        "currency": "string",
        "tx_hash": "string",
        "address": "string",
        "amount": 0,
        "amount_usd": 0,
        "received_amount": 0,
        "received_amount_usd": 0,
        "label": "string",
        "postback_url": "https://example.com/postback",
        "success_url": "https://example.com/success",
        "fail_url": "https://example.com/fail",
        "created_at": "2019-08-24T14:15:22Z",
        "expires_at": "2019-08-24T14:15:22Z",
        "status": "paid"
      }""")
@ResponseExample(name = "invalid-identifier", status = 400, outcome = ExampleOutcome.INVALID_REQUEST, body = """
    {
        "detail": "Invalid identifier format. Must be an integer ID or a valid UUID4"
    }""")
@ResponseExample(name = "not-found", status = 404, outcome = ExampleOutcome.NOT_FOUND, body = """
    {
        "detail": "Invoice does not exist"
    }""")
@ResponseExample(name = "validation-error", status = 422, outcome = ExampleOutcome.INVALID_REQUEST, body = """
    {
        "detail": [
            {
                "loc": [],
                "msg": "string",
                "type": "string"
            }
        ]
    }""")
public interface NordPayV1GetInvoice {

  @Request(description = "Which invoice to get.")
  interface GetInvoiceRequest {
    @Field(value = "identifier", required = true, description = "The invoice's id or uuid")
    @Decision(topic = DecisionTopic.TYPE, page = "an integer id or a UUID4 uuid; a malformed one gives 400",
        chosen = "String, not checked before sending",
        reason = "It holds either form; the service's 400 says which text it refuses.")
    String identifier();
  }
}
