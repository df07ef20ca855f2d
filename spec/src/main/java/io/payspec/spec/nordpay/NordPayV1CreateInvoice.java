package io.payspec.spec.nordpay;

import io.payspec.annotations.Decision;
import io.payspec.annotations.DecisionTopic;
import io.payspec.annotations.Endpoint;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.Errors;
import io.payspec.annotations.ExactlyOneOf;
import io.payspec.annotations.ExampleOutcome;
import io.payspec.annotations.Field;
import io.payspec.annotations.MaxLength;
import io.payspec.annotations.Range;
import io.payspec.annotations.Request;
import io.payspec.annotations.RequestExample;
import io.payspec.annotations.ResponseExample;
import io.payspec.annotations.Size;
import io.payspec.annotations.Url;
import io.payspec.annotations.WireEnum;
import io.payspec.annotations.WireObject;
import io.payspec.annotations.WireValue;
import io.payspec.runtime.CurrencyAmount;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * NordPay "Create Invoice" (provider-docs/nordpay-invoice-create.en.md), completed with the facts of
 * provider-docs/README.md and INDEX-wider.md.
 *
 * <p>The page is unversioned: "v1" is payspec's name for the API the pages document. Every NordPay
 * descriptor follows the pages' unversioned paths and flat bodies (see the {@link Decision} below).
 *
 * <p>{@link Invoice} is declared here once for the whole version: the info, list and transactions
 * pages show the same invoice with other fields, so it is a {@link WireObject} (a transaction embeds
 * it as its {@code source}) that this endpoint, {@code getInvoice} and {@code listInvoices} name as
 * their payload.
 */
@Endpoint(
    provider = NordPay.class,
    version = "v1",
    operation = "createInvoice",
    path = "/invoice/create",
    description = "Creates a new invoice specifying currency, amount, expiration time and other parameters.",
    // The exported page carries no URL of its own.
    source = "provider-docs/nordpay-invoice-create.en.md (NordPay API docs, Create Invoice)",
    response = NordPayV1CreateInvoice.Invoice.class)
@Decision(topic = DecisionTopic.TRANSPORT,
    page = "POST /invoice/create, the invoice as the whole body (the provider's SDK 1.3.0: POST /v1/invoice/create,"
        + " payload unwrapped from {\"success\", \"data\", \"error\"})",
    chosen = "POST /invoice/create, flat body (every NordPay operation: the pages' unversioned paths)",
    reason = "The pages are the documentation; the SDK's /v1 API and its envelope are documented nowhere, and"
        + " mixing the two would send some calls to an API whose bodies the descriptors do not describe.")
// 400 {"detail": "<message>"}, 422 {"detail": [{"loc", "msg", "type", "ctx"}]} (the page). The
// provider's SDK (nordpay/_http.py, see provider-docs/nordpay-balance.en.md) documents the envelope
// {"success": false, "data": null, "error": {"type": "AUTH_ERROR", "details": "Invalid API key"}}:
// read as ERROR_OBJECT, under any status, HTTP 200 included. The page documents no authentication
// failure; the SDK's error type AUTH_ERROR and its message are taken as one.
@Errors(
    value = {ErrorShape.DETAIL, ErrorShape.ERROR_OBJECT},
    authenticationKeys = {"AUTH_ERROR"},
    authenticationMessages = {"Invalid API key"})
@RequestExample(name = "page", body = """
    {
      "currency": "USDTBEP20",
      "amount": "200 USD",
      "expires_time": 1,
      "label": "Order #123",
      "postback_url": "https://example.com/postback",
      "success_url": "https://example.com/success",
      "fail_url": "http://example.com"
    }""", note = "The cURL example's body.")
@RequestExample(name = "code-samples", body = """
    {
      "currency": "USDTBEP20",
      "amount": "200 USD",
      "expires_time": 30,
      "label": "Order #123",
      "postback_url": "https://example.com/postback",
      "success_url": "https://example.com/success"
    }""", note = "The Python, JavaScript and Node.js usage examples (same values in each), members in the"
        + " descriptor's order; the PHP sample declares amount as a float but passes the same string.")
@ResponseExample(name = "success", body = """
    {
        "id": 0,
        "uuid": "string",
        "currency": "string",
        "tx_hash": "string",
        "address": "string",
        "amount": 0,
        "amount_usd": 0,
        "confirmations": 0,
        "created_at": "2019-08-24T14:15:22Z",
        "expires_at": "2019-08-24T14:15:22Z",
        "is_expired": true,
        "is_paid": true,
        "label": "string",
        "postback_url": "http://example.com",
        "success_url": "http://example.com",
        "fail_url": "http://example.com",
        "url": "http://example.com"
    }""")
@ResponseExample(name = "currency-does-not-exist", status = 400, outcome = ExampleOutcome.INVALID_REQUEST, body = """
    {
        "detail": "Currency does not exist"
    }""")
@ResponseExample(name = "amount-out-of-range", status = 400, outcome = ExampleOutcome.INVALID_REQUEST, body = """
    {
        "detail": "Invalid amount. Should be in range ({minimum_deposit of currency}-100,000,000)"
    }""")
@ResponseExample(name = "expires-time-out-of-range", status = 400, outcome = ExampleOutcome.INVALID_REQUEST, body = """
    {
        "detail": "Invalid expires_time. Should be in range (5-60) minutes"
    }""")
@ResponseExample(name = "label-too-long", status = 400, outcome = ExampleOutcome.INVALID_REQUEST, body = """
    {
        "detail": "Max length of label is 255 characters"
    }""")
@ResponseExample(name = "postback-url-too-long", status = 400, outcome = ExampleOutcome.INVALID_REQUEST, body = """
    {
        "detail": "Max length of postback_url is 255 characters"
    }""")
@ResponseExample(name = "success-url-too-long", status = 400, outcome = ExampleOutcome.INVALID_REQUEST, body = """
    {
        "detail": "Max length of success_url is 255 characters"
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
public interface NordPayV1CreateInvoice {

  // Yellow star on currency and allowed_currencies: they cannot be used together; one of them is set.
  @Request(description = "A request to create a NordPay invoice.")
  @ExactlyOneOf({"currency", "allowed_currencies"})
  interface CreateInvoiceRequest {
    @Field(value = "currency", description = "Currency of the invoice, to lock it to a single currency (not with allowed_currencies)")
    @Decision(topic = DecisionTopic.TYPE, page = "string, linked to a currencies page that was not exported (example: USDTBEP20)",
        chosen = "String, no enum",
        reason = "The list of codes is not on any page we have and changes with the provider's offer; the service"
            + " answers \"Currency does not exist\" for an unknown code.")
    String currency();

    @Field(value = "allowed_currencies", description = "List of currencies the payer may choose from, at least two (not with currency)")
    @Size(min = 2)
    @Decision(topic = DecisionTopic.BOUNDS, page = "table: list[string], no bound; hint: \"a list of at least two currency codes\"",
        chosen = "at least 2 elements", reason = "The page's hint states the bound; the table just omits it.")
    List<String> allowedCurrencies();

    @Field(value = "amount", required = true, description = "Amount of the invoice with its currency, like 200 USD or 0.015 BNB")
    @Range(min = "0", minExclusive = true, max = "100000000")
    @Decision(topic = DecisionTopic.BOUNDS,
        page = "table: no bound; 400 message: \"Should be in range ({minimum_deposit of currency}-100,000,000)\"",
        chosen = "greater than 0, at most 100000000",
        reason = "The minimum depends on the currency and is not known here; the amount must at least be positive,"
            + " and the upper bound is the message's.")
    CurrencyAmount amount();

    @Field(value = "expires_time", required = true, description = "Expiration time of the invoice in minutes (the page's table: 30-1440)")
    @Range(min = "1", max = "1440")
    @Decision(topic = DecisionTopic.BOUNDS, page = "30..1440 (table); 5..60 (400 message); 1 (cURL example)",
        chosen = "1..1440",
        reason = "The widest documented span, so that the client never refuses a lifetime the service may accept;"
            + " the service judges within it.")
    Integer expiresTime();

    @Field(value = "label", required = true, description = "Label of the invoice")
    @MaxLength(255)
    @Decision(topic = DecisionTopic.BOUNDS, page = "table: no bound; 400 message: \"Max length of label is 255 characters\"",
        chosen = "at most 255 characters", reason = "The documented error message states the bound.")
    String label();

    @Field(value = "postback_url", description = "Destination URL for sending post")
    @Url
    @MaxLength(255)
    @Decision(topic = DecisionTopic.BOUNDS,
        page = "table: string, no bound; 400 message: \"Max length of postback_url is 255 characters\"",
        chosen = "an absolute http(s) URL of at most 255 characters",
        reason = "The error message states the bound; the service posts to it, so it must be a URL.")
    String postbackUrl();

    @Field(value = "success_url", description = "URL for the user after successful payment")
    @Url
    @MaxLength(255)
    @Decision(topic = DecisionTopic.BOUNDS,
        page = "table: string, no bound; 400 message: \"Max length of success_url is 255 characters\"",
        chosen = "an absolute http(s) URL of at most 255 characters",
        reason = "The error message states the bound; the payer is sent to it, so it must be a URL.")
    String successUrl();

    @Field(value = "fail_url", description = "URL for the user after failed payment")
    @Url
    @Decision(topic = DecisionTopic.BOUNDS, page = "table: string, no bound; no length message for fail_url",
        chosen = "an absolute http(s) URL, no length bound",
        reason = "The limit is likely 255 as for its siblings, but it is not documented, and the service reports it"
            + " if it exists.")
    String failUrl();
  }

  /** The invoice as the create, info, list and transactions pages show it, and as live responses carry it. */
  @WireObject(description = "A NordPay invoice.")
  @Decision(topic = DecisionTopic.OTHER,
      page = "create: is_expired, is_paid, confirmations, url, no status; info, list and transactions: status,"
          + " received_amount, received_amount_usd, no is_expired, is_paid, confirmations or url",
      chosen = "one Invoice with the fields of every page, those missing from one of them nullable",
      reason = "It is one resource shown by several pages: an invoice created by createInvoice is the one getInvoice"
          + " and listInvoices return, so a caller gets one type for it.")
  @Decision(topic = DecisionTopic.OTHER, page = "the response is given only as an example, without descriptions",
      chosen = "descriptions read off the names and the request's table",
      reason = "Every field needs Javadoc; nothing more is documented.")
  @Decision(topic = DecisionTopic.TYPE,
      page = "money as JSON numbers (0); live responses and the SDK: decimal strings (\"10.00\", \"0E-18\")",
      chosen = "BigDecimal, read from a number or a string",
      reason = "Money is exact; both forms must read, since the live service sends strings.")
  @Decision(topic = DecisionTopic.REQUIRED, page = "every field shown with a value; live responses: null for most fields",
      chosen = "nullable except id, uuid, label, created_at, expires_at and url",
      reason = "An invoice always has its identifiers, the label it was created with, its timestamps and its payment"
          + " page; anything else may be null or absent (README).")
  interface Invoice {
    @Field(value = "id", description = "Invoice identifier")
    Long id();

    @Field(value = "uuid", description = "Invoice UUID")
    String uuid();

    // Null when the invoice was created with allowed_currencies and the payer has not chosen yet.
    @Field(value = "currency", nullable = true, description = "Currency of the invoice")
    String currency();

    @Field(value = "tx_hash", nullable = true, description = "Hash of the payment transaction")
    String txHash();

    @Field(value = "address", nullable = true, description = "Payment address")
    String address();

    @Field(value = "amount", nullable = true, description = "Amount of the invoice in its currency")
    BigDecimal amount();

    @Field(value = "amount_usd", nullable = true, description = "Amount of the invoice in USD")
    BigDecimal amountUsd();

    @Field(value = "confirmations", nullable = true, description = "Number of confirmations of the payment transaction")
    Integer confirmations();

    @Field(value = "created_at", description = "Creation time")
    Instant createdAt();

    @Field(value = "expires_at", description = "Expiration time")
    Instant expiresAt();

    @Field(value = "is_expired", nullable = true, description = "Whether the invoice has expired")
    @Decision(topic = DecisionTopic.REQUIRED, page = "create page: always present; info and list pages: absent",
        chosen = "nullable", reason = "Live responses and the other pages carry status instead.")
    Boolean isExpired();

    @Field(value = "is_paid", nullable = true, description = "Whether the invoice has been paid")
    @Decision(topic = DecisionTopic.REQUIRED, page = "create page: always present; info and list pages: absent",
        chosen = "nullable", reason = "Live responses and the other pages carry status instead.")
    Boolean isPaid();

    @Field(value = "label", description = "Label of the invoice")
    String label();

    @Field(value = "postback_url", nullable = true, description = "Destination URL for sending post")
    String postbackUrl();

    @Field(value = "success_url", nullable = true, description = "URL for the user after successful payment")
    String successUrl();

    @Field(value = "fail_url", nullable = true, description = "URL for the user after failed payment")
    String failUrl();

    @Field(value = "url", description = "Payment page URL of the invoice")
    @Decision(topic = DecisionTopic.REQUIRED, page = "create page: present; info, list and transactions pages: absent",
        chosen = "not nullable (absent in an info or list answer reads as null)",
        reason = "Every created invoice has a payment page; the getter stays as createInvoice callers use it.")
    String url();

    @Field(value = "status", nullable = true, description = "Invoice status")
    @Decision(topic = DecisionTopic.FIELD_ADDED, page = "create page: no status; info, list and transactions pages: status (\"paid\")",
        chosen = "nullable status on every invoice",
        reason = "Live responses carry it next to or instead of is_paid / is_expired (README).")
    InvoiceStatus status();

    @Field(value = "received_amount", nullable = true, description = "Amount received for the invoice, in its currency")
    @Decision(topic = DecisionTopic.FIELD_ADDED, page = "create page: absent; info, list and transactions pages: received_amount",
        chosen = "nullable", reason = "Shown by every page but the create page.")
    BigDecimal receivedAmount();

    @Field(value = "received_amount_usd", nullable = true, description = "USD equivalent of the amount received")
    @Decision(topic = DecisionTopic.FIELD_ADDED,
        page = "create page: absent; info, list and transactions pages: received_amount_usd",
        chosen = "nullable", reason = "Shown by every page but the create page.")
    BigDecimal receivedAmountUsd();

    @Field(value = "allowed_currencies", nullable = true, description = "Currencies the payer may choose from, when the invoice was created with allowed_currencies")
    @Decision(topic = DecisionTopic.FIELD_ADDED, page = "no page; the SDK's live fixture invoices_get.json carries it",
        chosen = "nullable list of currency codes",
        reason = "An invoice created with allowed_currencies has currency null until the payer chooses; this tells"
            + " which codes it accepts.")
    List<String> allowedCurrencies();

    @Field(value = "explorer_url", nullable = true, description = "Block explorer URL of the payment transaction")
    @Decision(topic = DecisionTopic.FIELD_ADDED, page = "no page; the SDK's live fixture invoices_get.json carries it",
        chosen = "nullable string", reason = "Live responses carry it; reading it costs nothing when absent.")
    String explorerUrl();
  }

  @WireEnum(description = "Invoice status.")
  @Decision(topic = DecisionTopic.ENUM_VALUES,
      page = "the info, list and transactions examples show \"paid\"; no page lists the values",
      chosen = "pending, paid, expired, partially_paid, cancelled",
      reason = "pending, paid and expired from README and the SDK's list filter; partially_paid and cancelled are"
          + " counted by the SDK's invoice summary (partially_paid is also a postback status). Other values read as"
          + " UNKNOWN.")
  enum InvoiceStatus {
    @WireValue(value = "pending", description = "Pending")
    PENDING,
    @WireValue(value = "paid", description = "Paid")
    PAID,
    @WireValue(value = "expired", description = "Expired")
    EXPIRED,
    @WireValue(value = "partially_paid", description = "Partially paid")
    PARTIALLY_PAID,
    @WireValue(value = "cancelled", description = "Cancelled")
    CANCELLED
  }
}
