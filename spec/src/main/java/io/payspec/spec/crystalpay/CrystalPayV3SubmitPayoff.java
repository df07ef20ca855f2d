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
import io.payspec.annotations.Request;
import io.payspec.annotations.RequestExample;
import io.payspec.annotations.ResponseExample;
import io.payspec.annotations.Signature;

/**
 * CrystalPay v3 "Подтверждение вывода" (Payoff submission). The page is named in the v3 navigation but
 * no copy is stored: described from the SDKs (provider-docs/crystalpay-v3-payoff-create.ru.md), the
 * signature formula from the official SDK.
 */
@Endpoint(
    provider = CrystalPay.class,
    version = "v3",
    operation = "submitPayoff",
    path = "/v3/payoff/submit/",
    description = "Submits a created payoff: the service pays it out (API v3).",
    source = "CrystalPAY-io/python-sdk:crystalpay_sdk.py submit(id) (provider-docs/crystalpay-v3-payoff-create.ru.md; "
        + "page not stored)",
    response = CrystalPayV3GetPayoff.Payoff.class,
    sdkOnly = true)
@Envelope(EnvelopeKind.ERROR_FLAG)
@Errors(value = {ErrorShape.ERROR_LIST}, authenticationMessages = {"Invalid auth credentials"})
@RequestExample(
    name = "sdk",
    body = """
        {
            "id": "123456789_dpWminAiaqwTcBOJVlFk"
        }""",
    note = "No page: the official SDK's body with the id of the payoff-info page's example; the credentials and the "
        + "computed signature are left out.")
@ResponseExample(
    name = "sdk-success",
    body = """
        {
            "error": false,
            "errors": [],
            "id": "123456789_dpWminAiaqwTcBOJVlFk",
            "state": "processing",
            "subtract_from": "balance",
            "method": "ETHEREUM",
            "amount_currency": "ETH",
            "amount": "0.0005",
            "rub_amount": "151",
            "receive_amount": "0.0005",
            "deduction_amount": "0.002",
            "commission_amount": "0.0015",
            "wallet": "examplewallet",
            "message": null,
            "callback_url": null,
            "extra": null,
            "created_at": "2024-01-01 11:11:11",
            "final_at": null
        }""",
    note = "No page: the SDKs answer with the payoff object; the payoff-info page's example in the state a submitted payoff is in (processing, no message, no final_at).")
@ResponseExample(
    name = "invalid-credentials",
    body = """
        {"error": true, "errors": ["Invalid auth credentials"]}""",
    outcome = ExampleOutcome.AUTHENTICATION_FAILED,
    note = "No page shows it: the error list of the specification page with the message README gives for a wrong login "
        + "or secret.")
public interface CrystalPayV3SubmitPayoff {

  @Request(description = "A request to submit a created CrystalPay payoff (API v3); the client computes its signature.")
  interface SubmitPayoffRequest {
    @Field(value = "id", required = true, description = "Payoff ID")
    String id();

    @Field(value = "signature", required = true,
        description = "SHA-1 (lower-case hex) of id:salt, salt being the cash register's Salt key")
    @Signature(template = "{id}:{salt}", algorithm = "SHA-1", credential = "salt")
    @Decision(
        topic = DecisionTopic.OTHER,
        page = "no page gives the formula; the official SDK (API v2) signs sha1(f\"{id}:{salt}\"). The stored v3 "
            + "swap/submit/ page lists no signature field, so whether v3 still checks it is unverified",
        chosen = "SHA-1 of id:salt, always sent",
        reason = "The official SDK's formula; sending a signature the service may not need is harmless, leaving out one "
            + "it needs fails the call.")
    String signature();
  }
}
