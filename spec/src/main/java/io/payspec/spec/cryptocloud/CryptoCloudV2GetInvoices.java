package io.payspec.spec.cryptocloud;

import io.payspec.annotations.Decision;
import io.payspec.annotations.DecisionTopic;
import io.payspec.annotations.Endpoint;
import io.payspec.annotations.Envelope;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.Errors;
import io.payspec.annotations.Field;
import io.payspec.annotations.Request;
import io.payspec.annotations.RequestExample;
import io.payspec.annotations.ResponseExample;
import io.payspec.annotations.ResponseShape;
import io.payspec.annotations.Size;
import java.util.List;

/**
 * CryptoCloud v2 "Invoice Information" (provider-docs/cryptocloud-v2-invoice-info.en.md): complete
 * information on up to 100 invoices by their identifiers. The answer is a list of
 * {@link CryptoCloudV2CreateInvoice.Invoice}s, the object the create call returns.
 */
@Endpoint(
    provider = CryptoCloud.class,
    version = "v2",
    operation = "getInvoices",
    path = "/v2/invoice/merchant/info",
    description = "Returns complete information for the specified invoices; at most 100 identifiers per request (API v2).",
    source = "https://docs.cryptocloud.plus/en/api-reference-v2/invoice-information",
    response = CryptoCloudV2CreateInvoice.Invoice.class,
    responseShape = ResponseShape.LIST)
@Envelope(EnvelopeKind.STATUS_AND_RESULT)
@Errors(
    value = {ErrorShape.FIELD_MESSAGES, ErrorShape.DETAIL},
    authenticationKeys = {"authorization"},
    authenticationMessages = {"Signature verification failed", "Invalid header padding"},
    unavailableStatuses = {406})
@Decision(
    topic = DecisionTopic.TRANSPORT,
    page = "page: {\"uuids\": [...]} answered by a list in \"result\", even for one identifier; "
        + "partyzanex/go-cryptocloud sends {\"uuid\": \"...\"} and decodes one object",
    chosen = "the page's: a uuids list, answered by a list of invoices",
    reason = "The page is explicit (\"List of invoice identifiers\", at most 100) and its example answers with a "
        + "list; the SDK contradicts it alone.")
@Decision(
    topic = DecisionTopic.OTHER,
    page = "current revision: the response table stops after fee and its example is not stored",
    chosen = "the shared Invoice of createInvoice (whose table this one repeats row for row as far as it goes)",
    reason = "The visible rows are the create table's; the 2023/24 example's fields are all declared on that Invoice.")
@RequestExample(
    name = "page",
    body = """
        {"uuids":["INV-XXXXXXXX","INV-YYYYYYYY"]}""",
    note = "The cURL tab's body; the Python tab sends the same list.")
@ResponseExample(
    name = "invoices",
    body = """
        {
            "status": "success",
            "result": [
                {
                    "uuid": "INV-XXXXXXXX",
                    "address": "",
                    "expiry_date": "2023-01-01 12:00:00.000000",
                    "side_commission": "client",
                    "side_commission_cc": "client",
                    "amount": 100.2,
                    "amount_usd": 100.2,
                    "received": 100.2,
                    "received_usd": 100.2,
                    "fee": 1.4,
                    "fee_usd": 1.4,
                    "service_fee": 0,
                    "service_fee_usd": 1.9,
                    "status": "overpaid",
                    "order_id": "1111",
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
                    "project": {
                        "id": 1,
                        "name": "MyStore",
                        "fail": "https://test.com?order_id=1111&invoice_uuid=INV-XXXXXXXX",
                        "success": "https://test.com?order_id=1111&invoice_uuid=INV-XXXXXXXX",
                        "logo": null
                    },
                    "test_mode": false
                }
            ]
        }""",
    note = "The 2023/24 revision's 200 example (the current revision's is not stored). Its second list element is "
        + "cut in every stored copy (inside currency.network) and is left out; the first is verbatim.")
@Decision(
    topic = DecisionTopic.EXAMPLE,
    page = "2023/24 example: a list of two invoices, the second cut inside currency.network in every stored copy",
    chosen = "the example keeps the first, complete invoice and leaves the cut one out",
    reason = "Completing the cut element would invent its values; the first element shows every field the example has.")
public interface CryptoCloudV2GetInvoices {

  @Request(description = "A request for complete information on invoices by their identifiers (API v2).")
  interface GetInvoicesRequest {
    @Field(value = "uuids", required = true, description = "List of invoice identifiers (INV-XXXXXXXX or XXXXXXXX)")
    @Size(min = 1, max = 100)
    @Decision(
        topic = DecisionTopic.BOUNDS,
        page = "\"Maximum number of identifiers per request — 100\"; no minimum",
        chosen = "1..100 identifiers",
        reason = "The maximum is the page's; an empty list asks for nothing.")
    List<String> uuids();
  }
}
