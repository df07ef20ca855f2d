package io.payspec.spec.crystalpay;

import io.payspec.annotations.Decision;
import io.payspec.annotations.DecisionTopic;
import io.payspec.annotations.DigestSigned;
import io.payspec.annotations.Notification;
import io.payspec.annotations.NotificationDelivery;
import io.payspec.annotations.ResponseExample;

/**
 * CrystalPay v3 invoice callback (provider-docs/crystalpay-v3-callback-general.ru.md for the delivery
 * rules, crystalpay-v2-callback-invoice.ru.md for the only stored body).
 */
@Notification(
    provider = CrystalPay.class,
    version = "v3",
    name = "invoiceCallback",
    description = "Sent as JSON to the invoice's callback_url when its state changes; answer HTTP 200 (or 429) "
        + "within 30 seconds, or it is sent again, up to 10 attempts. Only the id is signed: confirm the state "
        + "with getInvoice before shipping.",
    source = "https://docs.crystalpay.io/callback/obshaya-informaciya",
    body = CrystalPayV3GetInvoice.InvoiceInfo.class,
    lookup = "getInvoice",
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
    page = "no stored v3 page shows the callback body; the v2 page's body (numbers, \"\" for empty) and the SDK "
        + "aiocrystal's CallbackInvoice (the v3 invoice/info fields) differ",
    chosen = "the v3 invoice/info object (CrystalPayV3GetInvoice.InvoiceInfo) plus signature; the v2 page's body is "
        + "the example",
    reason = "The v3 callback is the object invoice/info returns (aiocrystal's model is its field list); the v2 body "
        + "is the only documented one, and it reads into the same type (unknown fields ignored, numbers or strings).")
@Decision(
    topic = DecisionTopic.OTHER,
    page = "signature = sha1(id + \":\" + salt), lower-case hex (v2 page's PHP sample, hash_equals; SDKs)",
    chosen = "SHA-1 of {id}:{salt}, compared in constant time, either case accepted",
    reason = "The only documented scheme; the salt is the cash register's \"Salt\" (Secret 2).")
@ResponseExample(
    name = "v2-page",
    body = """
        {
          "signature": "9eabbecc21c8bc968b73291bb19def2a10c8251c",
          "id": "123456789_abcdefghij",
          "url": "https://pay.crystalpay.io/?i=123456789_abcdefghij",
          "state": "payed",
          "type": "purchase",
          "method": "BITCOIN",
          "required_method": "",
          "currency": "BTC",
          "service_commission": 0,
          "extra_commission": 0,
          "amount": 100,
          "pay_amount": 0.1,
          "remaining_amount": 0.1,
          "balance_amount": 0.1,
          "description": "",
          "redirect_url": "https://crystalpay.io/",
          "callback_url": "https://example.com/crystalpay.php",
          "extra": "",
          "created_at": "2023-01-01 00:00:00",
          "expired_at": "2023-01-03 12:34:56"
        }""",
    note = "The v2 page's body, the only stored one; its signature was made with a salt the page does not give.")
public interface CrystalPayV3InvoiceCallback {}
