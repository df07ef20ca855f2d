package io.payspec.spec.crystalpay;

import io.payspec.annotations.Decision;
import io.payspec.annotations.DecisionTopic;
import io.payspec.annotations.DigestSigned;
import io.payspec.annotations.Notification;
import io.payspec.annotations.NotificationDelivery;
import io.payspec.annotations.ResponseExample;

/**
 * CrystalPay v3 payoff callback (provider-docs/crystalpay-v3-callback-general.ru.md): sent to a payoff's
 * {@code callback_url}; no stored page shows its body.
 */
@Notification(
    provider = CrystalPay.class,
    version = "v3",
    name = "payoffCallback",
    description = "Sent as JSON to the payoff's callback_url when its state changes; answer HTTP 200 (or 429) within "
        + "30 seconds, or it is sent again, up to 10 attempts. Only the id is signed: confirm with getPayoff.",
    source = "https://docs.crystalpay.io/callback/obshaya-informaciya",
    body = CrystalPayV3GetPayoff.Payoff.class,
    lookup = "getPayoff",
    lookupField = "id",
    idField = "id")
@DigestSigned(field = "signature", template = "{id}:{salt}", algorithm = "SHA-1", credential = "salt")
@NotificationDelivery(
    attempts = 10,
    acknowledgedBy = {200, 429},
    answerWithinSeconds = 30,
    retryDelaySeconds = 60,
    retryDelayGrowth = NotificationDelivery.Growth.LINEAR,
    source = "crystalpay-v3-callback-general.ru.md, limits and conditions: re-sent after N minutes, N the attempts made, "
        + "10 attempts at most, unless answered HTTP 200 or 429 within 30 seconds")
@Decision(
    topic = DecisionTopic.OTHER,
    page = "no stored page shows the payoff callback body; the SDK aiocrystal's CallbackPayoff lists the fields of "
        + "payoff/info; the signature scheme is the invoice callback's",
    chosen = "the payoff/info object (CrystalPayV3GetPayoff.Payoff) plus signature = sha1(id:salt)",
    reason = "The general callback page covers invoices and payoffs alike; the SDK's model is payoff/info's field list.")
@ResponseExample(
    name = "sdk",
    body = """
        {
          "signature": "0000000000000000000000000000000000000000",
          "id": "123456789_abcdefghij",
          "state": "payed",
          "subtract_from": "balance",
          "method": "BITCOIN",
          "amount_currency": "BTC",
          "amount": "0.0005",
          "rub_amount": "1500",
          "receive_amount": "0.0005",
          "deduction_amount": "0.00051",
          "commission_amount": "0.00001",
          "wallet": "bc1qexamplewallet",
          "message": null,
          "callback_url": "https://example.com/crystalpay.php",
          "extra": "payoff-42",
          "created_at": "2024-01-01 11:11:11",
          "final_at": "2024-01-01 11:21:11"
        }""",
    note = "Not on any page: written from the SDK aiocrystal's CallbackPayoff fields with payoff/info's value "
        + "styles; the signature is a placeholder that tests and the sandbox compute anew.")
public interface CrystalPayV3PayoffCallback {}
