package io.payspec.spec.crystalpay;

import io.payspec.annotations.Decision;
import io.payspec.annotations.DecisionTopic;
import io.payspec.annotations.Endpoint;
import io.payspec.annotations.Envelope;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.Errors;
import io.payspec.annotations.ExampleOutcome;
import io.payspec.annotations.Field;
import io.payspec.annotations.Range;
import io.payspec.annotations.Request;
import io.payspec.annotations.RequestExample;
import io.payspec.annotations.ResponseExample;
import io.payspec.annotations.Signature;
import io.payspec.annotations.Url;
import io.payspec.spec.crystalpay.CrystalPayV3CreateInvoice.SubtractFrom;
import java.math.BigDecimal;

/**
 * CrystalPay v3 "Создание вывода" (Payoff creation). The page is named in the v3 navigation but no
 * copy is stored: described from the SDKs (provider-docs/crystalpay-v3-payoff-create.ru.md), the
 * signature formula from the official SDK. A created payoff waits in state {@code created} until it
 * is submitted ({@code submitPayoff}) or cancelled ({@code cancelPayoff}).
 */
@Endpoint(
    provider = CrystalPay.class,
    version = "v3",
    operation = "createPayoff",
    path = "/v3/payoff/create/",
    description = "Creates a payoff (a withdrawal to the recipient's details); it is paid out once submitted (API v3).",
    source = "mrsmori/pycrystalpay:pycrystalpay/wrapper/async_/payoff.py; signature from "
        + "CrystalPAY-io/python-sdk:crystalpay_sdk.py (provider-docs/crystalpay-v3-payoff-create.ru.md; page not stored)",
    response = CrystalPayV3GetPayoff.Payoff.class,
    sdkOnly = true)
@Envelope(EnvelopeKind.ERROR_FLAG)
@Errors(value = {ErrorShape.ERROR_LIST}, authenticationMessages = {"Invalid auth credentials"})
@Decision(
    topic = DecisionTopic.OTHER,
    page = "no page; aiocrystal's PayoffCreate has id, subtract_from, method, amount_currency, amount, rub_amount, "
        + "receive_amount, deduction_amount, commission_amount, wallet",
    chosen = "the payoff object of the payoff-info page (Payoff)",
    reason = "The same payoff with the fields it has so far; the ones the SDK's create answer lacks (state, message, "
        + "callback_url, extra, created_at, final_at) read as absent.")
@RequestExample(
    name = "sdk",
    body = """
        {
            "method": "ETHEREUM",
            "wallet": "examplewallet",
            "amount": 0.0005,
            "subtract_from": "balance"
        }""",
    note = "No page: the SDK's required fields with the values of the payoff-info page's example; the credentials and the "
        + "computed signature are left out.")
@ResponseExample(
    name = "sdk-success",
    body = """
        {
            "error": false,
            "errors": [],
            "id": "123456789_dpWminAiaqwTcBOJVlFk",
            "subtract_from": "balance",
            "method": "ETHEREUM",
            "amount_currency": "ETH",
            "amount": "0.0005",
            "rub_amount": "151",
            "receive_amount": "0.0005",
            "deduction_amount": "0.002",
            "commission_amount": "0.0015",
            "wallet": "examplewallet"
        }""",
    note = "No page: the fields of aiocrystal's PayoffCreate with the values of the payoff-info page's example "
        + "(money as strings, as on that page).")
@ResponseExample(
    name = "field-required",
    body = """
        {
          "error": true,
          "errors": [
            "`amount` field is required"
          ]
        }""",
    outcome = ExampleOutcome.INVALID_REQUEST,
    note = "The error example of the specification page (crystalpay-v3-specification.ru.md), without its \"...\" placeholder "
        + "(not JSON).")
@ResponseExample(
    name = "invalid-credentials",
    body = """
        {"error": true, "errors": ["Invalid auth credentials"]}""",
    outcome = ExampleOutcome.AUTHENTICATION_FAILED,
    note = "No page shows it: the error list of the specification page with the message README gives for a wrong login "
        + "or secret.")
@Decision(
    topic = DecisionTopic.EXAMPLE,
    page = "{\"error\": true, \"errors\": [\"`amount` field is required\", ...]} (specification page)",
    chosen = "{\"error\": true, \"errors\": [\"`amount` field is required\"]}",
    reason = "The \"...\" placeholder is not JSON; the one real message is kept.")
public interface CrystalPayV3CreatePayoff {

  @Request(description = "A request to create a CrystalPay payoff (API v3); the client computes its signature.")
  interface CreatePayoffRequest {
    @Field(value = "method", required = true, description = "Internal name of the method (ETHEREUM, USDTTRC, ...)")
    String method();

    @Field(value = "wallet", required = true, sensitive = true, description = "Recipient's details")
    String wallet();

    @Field(value = "amount", required = true, description = "Payoff amount")
    @Range(min = "0", minExclusive = true)
    @Decision(
        topic = DecisionTopic.BOUNDS,
        page = "no page; the SDKs type it int (pycrystalpay) or a number, no bounds",
        chosen = "a decimal greater than 0",
        reason = "A payoff of zero or less is meaningless; crypto payoffs are fractional (the payoff-info example pays "
            + "out 0.0005 ETH), so not an int.")
    BigDecimal amount();

    @Field(value = "subtract_from", required = true, description = "Where to deduct the fee from")
    SubtractFrom subtractFrom();

    @Field(value = "amount_currency", description = "Currency of the amount")
    String amountCurrency();

    @Field(value = "wallet_extra", sensitive = true, description = "Additional information about the recipient's details")
    String walletExtra();

    @Field(value = "extra", description = "Any data, e.g. the payoff ID in your system")
    String extra();

    @Field(value = "callback_url", description = "Link to send the HTTP callback notification of the payoff to")
    @Url
    String callbackUrl();

    @Field(value = "signature", required = true,
        description = "SHA-1 (lower-case hex) of amount:method:wallet:salt, salt being the cash register's Salt key")
    @Signature(template = "{amount}:{method}:{wallet}:{salt}", algorithm = "SHA-1", credential = "salt")
    @Decision(
        topic = DecisionTopic.OTHER,
        page = "no page gives the formula (the algorithm page is not stored); the official SDK (API v2) signs "
            + "sha1(f\"{amount}:{method}:{wallet}:{salt}\"), pycrystalpay (v3) passes the same values in the same order",
        chosen = "SHA-1 of amount:method:wallet:salt, the amount written as in the body",
        reason = "The official SDK's formula, confirmed by a v3 SDK; the amount is hashed in the same text as sent so the "
            + "service's check sees one value.")
    String signature();
  }
}
