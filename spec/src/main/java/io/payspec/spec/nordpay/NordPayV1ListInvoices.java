package io.payspec.spec.nordpay;

import io.payspec.annotations.Decision;
import io.payspec.annotations.DecisionTopic;
import io.payspec.annotations.Endpoint;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.Errors;
import io.payspec.annotations.HttpMethod;
import io.payspec.annotations.Request;
import io.payspec.annotations.RequestExample;
import io.payspec.annotations.ResponseExample;
import io.payspec.annotations.ResponseShape;

/**
 * NordPay "Retrieve Invoice List" (provider-docs/nordpay-invoice-list.en.md): every invoice, as a JSON
 * array of the {@link NordPayV1CreateInvoice.Invoice} shared by the version.
 */
@Endpoint(
    provider = NordPay.class,
    version = "v1",
    operation = "listInvoices",
    method = HttpMethod.GET,
    path = "/invoice/",
    description = "Returns a complete list of available invoices.",
    source = "https://nord-3.gitbook.io/nord-api/invoice/retrieve-invoice-list",
    response = NordPayV1CreateInvoice.Invoice.class,
    responseShape = ResponseShape.LIST)
@Decision(topic = DecisionTopic.TRANSPORT,
    page = "GET /invoice/ (trailing slash), a JSON array, no parameters; the SDK 1.3.0 changelog: GET /v1/invoice/"
        + " now answers 404, the SDK calls the undocumented GET /v1/invoice/list (q, currency, status, start_date,"
        + " end_date, offset, limit <= 200, sort) answering {\"items\", \"total\", \"offset\", \"limit\","
        + " \"total_pages\"} inside its {\"success\", \"data\", \"error\"} envelope",
    chosen = "GET /invoice/, a JSON array of Invoice, no parameters",
    reason = "The page is the documentation of the unversioned API every other NordPay operation here uses; the 404"
        + " is reported for the SDK's /v1 path, and the paginated list exists only in the SDK's /v1 API with an"
        + " envelope no page documents. Revisit if the unversioned list is withdrawn too.")
@Errors(
    value = {ErrorShape.DETAIL, ErrorShape.ERROR_OBJECT},
    authenticationKeys = {"AUTH_ERROR"},
    authenticationMessages = {"Invalid API key"})
@RequestExample(name = "page", note = "The cURL example: no parameters, no body.")
@ResponseExample(name = "success", body = """
    [
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
      }
    ]""")
public interface NordPayV1ListInvoices {

  @Request(description = "Lists every invoice; the page documents no parameters.")
  interface ListInvoicesRequest {}
}
