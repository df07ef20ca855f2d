package io.payspec.spec.nordpay;

import io.payspec.annotations.Decision;
import io.payspec.annotations.DecisionTopic;
import io.payspec.annotations.Endpoint;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.Errors;
import io.payspec.annotations.Field;
import io.payspec.annotations.HttpMethod;
import io.payspec.annotations.Request;
import io.payspec.annotations.RequestExample;
import io.payspec.annotations.ResponseExample;
import io.payspec.annotations.ResponseShape;
import io.payspec.annotations.Timestamp;
import java.time.LocalDate;

/**
 * NordPay "Receive Single Invoice Transactions" (provider-docs/nordpay-invoice-single-transactions.en.md):
 * the transactions of one invoice, as the
 * {@link NordPayV1ListInvoiceTransactions.InvoiceTransaction} shared by the version.
 */
@Endpoint(
    provider = NordPay.class,
    version = "v1",
    operation = "getInvoiceTransactions",
    method = HttpMethod.GET,
    path = "/invoice/{identifier}/transactions",
    description = "Gets all transactions for a single invoice, by its id or uuid.",
    source = "https://nord-3.gitbook.io/nord-api/invoice/receive-single-invoice-transactions",
    response = NordPayV1ListInvoiceTransactions.InvoiceTransaction.class,
    responseShape = ResponseShape.LIST)
@Decision(topic = DecisionTopic.TRANSPORT,
    page = "GET /invoice/{identifier}/transactions, a JSON array (SDK: GET /v1/invoice/{identifier}/transactions,"
        + " envelope {\"success\", \"data\", \"error\"})",
    chosen = "GET /invoice/{identifier}/transactions, a JSON array",
    reason = "The page is the documentation; every NordPay operation follows the pages' unversioned paths"
        + " (see createInvoice).")
// The page shows no error body; the info page's 400/404 for a bad identifier apply to the same
// identifier, but are not repeated here as examples of this page.
@Errors(
    value = {ErrorShape.DETAIL, ErrorShape.ERROR_OBJECT},
    authenticationKeys = {"AUTH_ERROR"},
    authenticationMessages = {"Invalid API key"})
@RequestExample(name = "page", path = "/invoice/your-invoice-id-or-uuid/transactions",
    note = "The first cURL example, with the page's placeholder identifier.")
@RequestExample(name = "dates", path = "/invoice/your-invoice-id-or-uuid/transactions",
    query = "start_date=2021-01-01&end_date=2021-01-31", note = "The second cURL example.")
@ResponseExample(name = "success", body = """
    [
      {
        "id": 0,
        "source_type": "invoice",
        "source": {
          "id": 0,
          "uuid": "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
          "currency": "USDTBEP20",
          "tx_hash": null,
          "address": "0x...",
          "amount": 0,
          "amount_usd": 0,
          "received_amount": 0,
          "received_amount_usd": 0,
          "label": "Order #123",
          "postback_url": "https://example.com/postback",
          "success_url": "https://example.com/success",
          "fail_url": "https://example.com/fail",
          "created_at": "2025-06-20T14:22:10.345678Z",
          "expires_at": "2025-07-20T14:22:10.345678Z",
          "status": "paid"
        },
        "currency": {
          "name": "USDTBEP20",
          "token": "USDT",
          "network": "BEP20",
          "contract": "0x55d398326f99059fF775485246999027B3197955",
          "decimals": 18,
          "confirmations": 5,
          "network_fee": 0,
          "min_deposit": 1
        },
        "amount": 0,
        "amount_usd": 0,
        "network_fee": 0,
        "network_fee_usd": 0,
        "service_fee": 0,
        "service_fee_usd": 0,
        "tx_hash": "0x...",
        "is_paid": true,
        "is_postback_sended": false,
        "created_at": "2025-06-20T15:22:10.345678Z"
      }
    ]""", note = "The page's array ends with a \"...\" placeholder after the item, which is not JSON: left out."
        + " Its expires_at is 30 days after created_at (the all-invoices page shows one day): kept as on the page.")
@Decision(topic = DecisionTopic.EXAMPLE, page = "success example: an array ending with a \"...\" placeholder",
    chosen = "the one documented item, placeholder left out", reason = "The placeholder is not JSON.")
public interface NordPayV1GetInvoiceTransactions {

  @Request(description = "Which invoice's transactions to get, optionally only those between two dates.")
  interface GetInvoiceTransactionsRequest {
    @Field(value = "identifier", required = true, description = "The invoice's id or uuid")
    @Decision(topic = DecisionTopic.TYPE, page = "an id or a uuid", chosen = "String, not checked before sending",
        reason = "It holds either form; the service says which text it refuses.")
    String identifier();

    @Field(value = "start_date", description = "Start date for transactions")
    @Timestamp(pattern = "yyyy-MM-dd")
    @Decision(topic = DecisionTopic.TYPE, page = "date, datetime (example: 2021-01-01)",
        chosen = "a date, written yyyy-MM-dd",
        reason = "Every example sends a date; one typed form keeps the query exact. A datetime is not offered.")
    LocalDate startDate();

    @Field(value = "end_date", description = "End date for transactions")
    @Timestamp(pattern = "yyyy-MM-dd")
    @Decision(topic = DecisionTopic.TYPE, page = "date, datetime (example: 2021-01-31)",
        chosen = "a date, written yyyy-MM-dd",
        reason = "Every example sends a date; one typed form keeps the query exact. A datetime is not offered.")
    LocalDate endDate();
  }
}
