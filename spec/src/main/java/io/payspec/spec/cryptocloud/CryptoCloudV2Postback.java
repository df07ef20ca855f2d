package io.payspec.spec.cryptocloud;

import io.payspec.annotations.Decision;
import io.payspec.annotations.DecisionTopic;
import io.payspec.annotations.Field;
import io.payspec.annotations.JwtSigned;
import io.payspec.annotations.Notification;
import io.payspec.annotations.NotificationEncoding;
import io.payspec.annotations.Response;
import io.payspec.annotations.ResponseExample;
import java.math.BigDecimal;

/**
 * CryptoCloud v2 "Automatic POSTBACK" (provider-docs/cryptocloud-v2-postback.en.md): the payment
 * notification CryptoCloud POSTs to the notification URL of the project's settings. No
 * {@code @NotificationDelivery}: the page documents no retry policy, response code or body.
 */
@Notification(
    provider = CryptoCloud.class,
    version = "v2",
    name = "postback",
    description = "Sent to the project's notification URL once an invoice is paid (also over-paid); "
        + "only the invoice id is signed, so confirm amounts and status with getInvoices before shipping.",
    source = "https://docs.cryptocloud.plus/en/api-reference-v2/postback",
    encodings = {NotificationEncoding.JSON, NotificationEncoding.FORM},
    lookup = "getInvoices",
    lookupField = "uuids",
    idField = "invoice_id",
    lookupIdPrefix = "INV-")
@JwtSigned(field = "token", credential = "secret_key", subjectClaim = "id", subjectField = "invoice_id",
    subjectPrefixes = {"INV-"}, lifetimeSeconds = 300)
@Decision(
    topic = DecisionTopic.OTHER,
    page = "token: HS256 JWT signed with the project's SECRET KEY, carrying the invoice UUID, valid 5 minutes; "
        + "sample token's header is corrupt (alg \"H\\x01\\xc256\") and its payload has a numeric id 13; "
        + "CryptoCloud4j's older revision base64-decodes the secret, its newer one uses its UTF-8 bytes and "
        + "requires claim id == invoice_id",
    chosen = "HS256 only, key = the secret's UTF-8 bytes, claim id must equal invoice_id (INV- prefix ignored on "
        + "either side), exp required",
    reason = "The text names HS256 and the secret; the newer SDK revision is what its author received in practice; "
        + "checking the id binds the token to the body, which is all the token covers.")
@Decision(
    topic = DecisionTopic.TRANSPORT,
    page = "JSON or application/x-www-form-urlencoded, a project setting; how invoice_info is form-encoded is "
        + "not documented",
    chosen = "both encodings; a form's nested fields read as invoice_info[a][b]=v or as JSON text",
    reason = "Shops cannot tell which setting a project has; both readings keep the flat, signed fields intact.")
@ResponseExample(
    name = "page-2024",
    body = """
        {
            "status": "success",
            "invoice_id": "XXXXXXXX",
            "amount_crypto": 100,
            "currency": "USDT_TRC20",
            "order_id": "order_id",
            "token": "token",
            "invoice_info": {
                "uuid": "INV-XXXXXXXX",
                "created": "2024-08-22 11:49:59.756692",
                "address": "address",
                "currency": {
                    "id": 4,
                    "code": "USDT",
                    "fullcode": "USDT_TRC20",
                    "network": {
                        "code": "TRC20",
                        "id": 4,
                        "icon": "https://cdn.cryptocloud.plus/currency/crypto/TRX.svg",
                        "fullname": "Tron"
                    },
                    "name": "Tether",
                    "is_email_required": false,
                    "stablecoin": true,
                    "icon_base": "https://cdn.cryptocloud.plus/currency/icons/main/usdt.svg",
                    "icon_network": "https://cdn.cryptocloud.plus/icons-currency/USDT-TRC20.svg",
                    "icon_qr": "https://cdn.cryptocloud.plus/currency/icons/stroke/usdt.svg",
                    "order": 1
                },
                "date_finished": "2024-08-22 11:51:53.753528",
                "expiry_date": "2024-08-23 11:49:59.746385",
                "side_commission": "client",
                "type_payments": "crypto",
                "amount": 100,
                "amount_": 100,
                "status": "overpaid",
                "invoice_status": "success",
                "is_email_required": false,
                "project": {
                    "id": 0,
                    "name": "My Project",
                    "fail": "",
                    "success": "",
                    "logo": ""
                },
                "tx_list": [
                    ""
                ],
                "amount_in_crypto": null,
                "amount_in_fiat": 0.0,
                "amount_usd": 100.0,
                "amount_to_pay": 102.0,
                "amount_to_pay_usd": 102.0,
                "amount_paid": 102.0,
                "amount_paid_usd": 102.0,
                "fee": 1.4,
                "fee_usd": 1.4,
                "service_fee": 0.8048,
                "service_fee_usd": 0.8,
                "received": 99.7952,
                "received_usd": 99.8,
                "to_surcharge": 0.0,
                "to_surcharge_usd": 0.0,
                "total_rub": 0,
                "step": 3,
                "test_mode": false,
                "type": "up",
                "aml_enabled": false,
                "aml_side": "merchant",
                "aml_checks": [],
                "links_invoice": null
            }
        }""",
    note = "The 2024 revision's example; its \"token\": b\"token\" (a Python bytes literal, not JSON) is written "
        + "as the string \"token\": tests and the sandbox sign it anew.")
@Decision(
    topic = DecisionTopic.EXAMPLE,
    page = "\"token\": b\"token\" in the example",
    chosen = "\"token\": \"token\"",
    reason = "The page's example is not JSON; the verifier also reads a token wrapped as b'...', as the sender once wrote it.")
public interface CryptoCloudV2Postback {

  @Response(description = "A CryptoCloud v2 payment notification, once its token is verified.")
  @Decision(
      topic = DecisionTopic.FIELD_OMITTED,
      field = "token",
      page = "token: the JWT signing the notification",
      chosen = "not a field of the typed notification",
      reason = "The verifier checks it before the notification is read; nothing after needs it.")
  interface Postback {
    @Field(value = "status", description = "Request execution status (\"success\")")
    String status();

    @Field(value = "invoice_id", description = "Unique payment identifier without the INV prefix")
    String invoiceId();

    @Field(value = "amount_crypto", description = "Payment amount in cryptocurrency")
    BigDecimal amountCrypto();

    @Field(value = "currency", description = "Currency code (BTC, LTC, TRX, USDT_TRC20, ...)")
    CryptoCloudV2CreateInvoice.CryptoCurrency currency();

    @Field(value = "order_id", description = "Custom invoice number in the external system")
    String orderId();

    @Field(value = "invoice_info", description = "Detailed invoice information")
    CryptoCloudV2CreateInvoice.Invoice invoiceInfo();
  }
}
