package io.payspec.spec.nordpay;

import io.payspec.annotations.Endpoint;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.Errors;
import io.payspec.annotations.ExactlyOneOf;
import io.payspec.annotations.Field;
import io.payspec.annotations.MaxLength;
import io.payspec.annotations.Range;
import io.payspec.annotations.Request;
import io.payspec.annotations.Response;
import io.payspec.annotations.Size;
import io.payspec.annotations.Url;
import io.payspec.annotations.WireEnum;
import io.payspec.annotations.WireValue;
import io.payspec.runtime.CurrencyAmount;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * NordPay "Create Invoice" (provider-docs/nordpay-invoice-create.en.md), completed with the facts of
 * provider-docs/README.md.
 *
 * <p>The page is unversioned: "v1" is payspec's name for the API it documents, and the path has no
 * version segment. The provider's own SDK calls {@code /v1/...} and unwraps an envelope
 * {@code {"success", "data", "error"}}; the page documents neither. Decision: follow the page (path
 * {@code /invoice/create}, flat body).
 */
@Endpoint(
    provider = NordPay.class,
    version = "v1",
    operation = "createInvoice",
    path = "/invoice/create",
    description = "Creates a new invoice specifying currency, amount, expiration time and other parameters.",
    // The exported page carries no URL of its own.
    source = "provider-docs/nordpay-invoice-create.en.md (NordPay API docs, Create Invoice)")
// 400 {"detail": "<message>"}, 422 {"detail": [{"loc", "msg", "type", "ctx"}]} (the page). The
// provider's SDK (nordpay/_http.py, see provider-docs/nordpay-balance.en.md) documents the envelope
// {"success": false, "data": null, "error": {"type": "AUTH_ERROR", "details": "Invalid API key"}}:
// read as ERROR_OBJECT, under any status, HTTP 200 included. The page documents no authentication
// failure; the SDK's error type AUTH_ERROR and its message are taken as one.
@Errors(
    value = {ErrorShape.DETAIL, ErrorShape.ERROR_OBJECT},
    authenticationKeys = {"AUTH_ERROR"},
    authenticationMessages = {"Invalid API key"})
public interface NordPayV1CreateInvoice {

  // Yellow star on currency and allowed_currencies: they cannot be used together; one of them is set.
  @Request(description = "A request to create a NordPay invoice.")
  @ExactlyOneOf({"currency", "allowed_currencies"})
  interface CreateInvoiceRequest {
    // The page links the codes to a currencies page we do not have (its example: "USDTBEP20"), so it is a
    // plain String rather than an enum.
    @Field(value = "currency", description = "Currency of the invoice, to lock it to a single currency (not with allowed_currencies)")
    String currency();

    // "a list of at least two currency codes" (page hint).
    @Field(value = "allowed_currencies", description = "List of currencies the payer may choose from, at least two (not with currency)")
    @Size(min = 2)
    List<String> allowedCurrencies();

    // Error message: "Should be in range ({minimum_deposit of currency}-100,000,000)". The minimum
    // depends on the currency and is not known here; the amount must at least be positive.
    @Field(value = "amount", required = true, description = "Amount of the invoice with its currency, like 200 USD or 0.015 BNB")
    @Range(min = "0", minExclusive = true, max = "100000000")
    CurrencyAmount amount();

    // The page disagrees with itself: the table says 30-1440, a 400 message says "(5-60) minutes", the
    // curl example sends 1. Decision: 1..1440, the widest documented span, so that the client never
    // refuses a lifetime the service may accept; the service judges within it.
    @Field(value = "expires_time", required = true, description = "Expiration time of the invoice in minutes (the page's table: 30-1440)")
    @Range(min = "1", max = "1440")
    Integer expiresTime();

    // 255: from the 400 message "Max length of label is 255 characters".
    @Field(value = "label", required = true, description = "Label of the invoice")
    @MaxLength(255)
    String label();

    // 255: from the 400 message "Max length of postback_url is 255 characters".
    @Field(value = "postback_url", description = "Destination URL for sending post")
    @Url
    @MaxLength(255)
    String postbackUrl();

    // 255: from the 400 message "Max length of success_url is 255 characters".
    @Field(value = "success_url", description = "URL for the user after successful payment")
    @Url
    @MaxLength(255)
    String successUrl();

    // No length message exists for fail_url. Decision: no @MaxLength (the limit is likely 255 as for its
    // siblings, but it is not documented, and the service reports it if it exists).
    @Field(value = "fail_url", description = "URL for the user after failed payment")
    @Url
    String failUrl();
  }

  // The page gives the response only as an example, without descriptions: those below are read off the
  // names and the request's table.
  // README: live responses may carry null for most fields. Decision: nullable everything except the
  // identifiers, the request's echo label, the timestamps and the payment URL, which an invoice
  // always has. Money arrives as a number (page) or a decimal string (live, "10.00"): BigDecimal
  // reads both. Timestamps are ISO-8601 with Z and up to microseconds: the default Instant format.
  @Response(description = "The created invoice.")
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

    // Live responses may carry status instead of is_expired / is_paid: both nullable.
    @Field(value = "is_expired", nullable = true, description = "Whether the invoice has expired")
    Boolean isExpired();

    @Field(value = "is_paid", nullable = true, description = "Whether the invoice has been paid")
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
    String url();

    // Not on the page: live responses carry it next to or instead of is_paid / is_expired (README).
    @Field(value = "status", nullable = true, description = "Invoice status (not on the page; seen in live responses)")
    InvoiceStatus status();
  }

  // README lists pending, paid, expired "..."; further values read as UNKNOWN.
  @WireEnum(description = "Invoice status, as seen in live responses (the page documents none).")
  enum InvoiceStatus {
    @WireValue(value = "pending", description = "Pending")
    PENDING,
    @WireValue(value = "paid", description = "Paid")
    PAID,
    @WireValue(value = "expired", description = "Expired")
    EXPIRED
  }
}
