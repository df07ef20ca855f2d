package io.payspec.spec.nordpay;

import io.payspec.annotations.Decision;
import io.payspec.annotations.DecisionTopic;
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
import java.math.BigDecimal;
import java.time.Instant;

/**
 * NordPay "Withdraw Funds", step 1 (provider-docs/nordpay-balance-withdraw.en.md): asks for a
 * withdrawal from the balance and gets back its amounts, fee and an {@code identifier}; nothing is
 * sent until {@code confirmWithdrawal} is called with that identifier before it expires.
 */
@Endpoint(
    provider = NordPay.class,
    version = "v1",
    operation = "requestWithdrawal",
    path = "/balance/withdraw/request",
    description = "Creates a withdraw request and returns its unique identifier, to be confirmed with"
        + " confirmWithdrawal. Amount sent to the wallet = amount - service fee.",
    source = "https://nord-3.gitbook.io/nord-api/balances/withdraw-funds")
@Decision(topic = DecisionTopic.TRANSPORT,
    page = "POST /balance/withdraw/request, flat body (SDK: POST /v1/balance/withdraw/request, envelope"
        + " {\"success\", \"data\", \"error\"})",
    chosen = "POST /balance/withdraw/request, flat body",
    reason = "The page is the documentation; every NordPay operation follows the pages' unversioned paths"
        + " (see createInvoice).")
@Errors(
    value = {ErrorShape.DETAIL, ErrorShape.ERROR_OBJECT},
    authenticationKeys = {"AUTH_ERROR"},
    authenticationMessages = {"Invalid API key"})
@RequestExample(name = "page", body = """
    {
      "currency": "USDTBEP20",
      "address": "0x1234...abcd",
      "amount": 100.0
    }""", note = "The cURL example's body.")
@ResponseExample(name = "success", body = """
    {
      "identifier": "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx",
      "currency": "USDTBEP20",
      "address": "0x...",
      "amount": 0,
      "amount_usd": 0,
      "service_fee": 0,
      "service_fee_usd": 0,
      "expires_at": "2025-06-12T10:04:32.962319Z"
    }""")
@ResponseExample(name = "currency-not-available", status = 400, outcome = ExampleOutcome.INVALID_REQUEST,
    body = """
    {"detail": "<CURRENCY> is not available for withdraw at this moment"}""",
    note = "The page's error tabs have no rendered titles: 400, the status the NordPay pages give detail messages.")
@ResponseExample(name = "amount-below-minimum", status = 400, outcome = ExampleOutcome.INVALID_REQUEST, body = """
    {"detail": "Amount is less than minimum withdraw amount for <CURRENCY> (<CURRENCY.MIN_WITHDRAW>)"}""",
    note = "Status not rendered on the page: 400 as above.")
@ResponseExample(name = "not-enough-balance", status = 400, outcome = ExampleOutcome.INVALID_REQUEST, body = """
    {"detail": "Not enough balance"}""", note = "Status not rendered on the page: 400 as above.")
@ResponseExample(name = "validation-error", status = 422, outcome = ExampleOutcome.INVALID_REQUEST, body = """
    {
    "detail": [
    {
    "loc": [],
    "msg": "string",
    "type": "string"
    }
    ]
    }""", note = "Status not rendered on the page: 422, as the other pages give this body.")
@Decision(topic = DecisionTopic.EXAMPLE,
    page = "one error list for both steps, without statuses: not available, below minimum, request not found,"
        + " request expired, not enough balance, 422 list",
    chosen = "the errors about the request's fields here (400), the not-found and expired ones on confirmWithdrawal"
        + " (400), the 422 list on both",
    reason = "Each step gets the errors that can follow from its input; 400 is the status the NordPay pages give"
        + " detail messages.")
public interface NordPayV1RequestWithdrawal {

  @Request(description = "A request to withdraw funds from the balance to an address.")
  interface RequestWithdrawalRequest {
    @Field(value = "currency", required = true, description = "Currency to withdraw")
    @Decision(topic = DecisionTopic.TYPE, page = "string, no description",
        chosen = "String, no enum", reason = "As createInvoice's currency: the list of codes is not documented here.")
    String currency();

    @Field(value = "address", required = true, description = "Address to send")
    String address();

    @Field(value = "amount", required = true, description = "Amount to send")
    @Range(min = "0", minExclusive = true)
    @Decision(topic = DecisionTopic.BOUNDS,
        page = "number, no bound; error: \"Amount is less than minimum withdraw amount for <CURRENCY> (...)\"",
        chosen = "greater than 0",
        reason = "The minimum depends on the currency and is not known here; a withdrawal must at least be positive.")
    @Decision(topic = DecisionTopic.TYPE, page = "number (the SDK sends a decimal string)",
        chosen = "BigDecimal, sent as a JSON number",
        reason = "The page's type; the number is written exactly as given, never through a binary float.")
    BigDecimal amount();
  }

  /** The withdraw request the service answers with. */
  @Response(description = "A withdraw request awaiting confirmation: what will be sent, the fee, and until when it"
      + " may be confirmed.")
  @Decision(topic = DecisionTopic.TYPE,
      page = "money as JSON numbers (0); live responses and the SDK: decimal strings",
      chosen = "BigDecimal, read from a number or a string",
      reason = "Money is exact; both forms must read, since the live service sends strings.")
  interface PendingWithdrawal {
    @Field(value = "identifier", description = "UUID of the withdraw request, to pass to confirmWithdrawal")
    String identifier();

    @Field(value = "currency", description = "Currency of the withdrawal")
    String currency();

    @Field(value = "address", description = "Address to send to")
    String address();

    @Field(value = "amount", description = "Amount of the withdrawal; the address receives amount - service fee")
    BigDecimal amount();

    @Field(value = "amount_usd", description = "USD equivalent of the amount")
    BigDecimal amountUsd();

    @Field(value = "service_fee", description = "Service fee of the withdrawal")
    BigDecimal serviceFee();

    @Field(value = "service_fee_usd", description = "USD equivalent of the service fee")
    BigDecimal serviceFeeUsd();

    @Field(value = "expires_at", description = "Time until which the request may be confirmed")
    Instant expiresAt();
  }
}
