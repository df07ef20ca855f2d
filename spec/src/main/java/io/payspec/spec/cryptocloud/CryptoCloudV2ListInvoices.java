package io.payspec.spec.cryptocloud;

import io.payspec.annotations.Decision;
import io.payspec.annotations.DecisionTopic;
import io.payspec.annotations.Endpoint;
import io.payspec.annotations.Envelope;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ExampleOutcome;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.Errors;
import io.payspec.annotations.Field;
import io.payspec.annotations.Range;
import io.payspec.annotations.Request;
import io.payspec.annotations.RequestExample;
import io.payspec.annotations.Response;
import io.payspec.annotations.ResponseExample;
import io.payspec.annotations.Timestamp;
import java.time.LocalDate;
import java.util.List;

/**
 * CryptoCloud v2 "Invoice List" (provider-docs/cryptocloud-v2-invoice-list.en.md): the invoices of a
 * period, 10 by default and at most 100 per request. The items are
 * {@link CryptoCloudV2CreateInvoice.Invoice}s, the object the create call returns.
 */
@Endpoint(
    provider = CryptoCloud.class,
    version = "v2",
    operation = "listInvoices",
    path = "/v2/invoice/merchant/list",
    description = "Returns the invoices of a period: 10 records by default, at most 100 per request (API v2).",
    source = "https://docs.cryptocloud.plus/en/api-reference-v2/invoice-list")
// errorField = "result": the payload is the whole body (the list beside all_count), but errors are keyed
// under "result" as elsewhere in v2 (the SDK's GetInvoicesErrors reads result.validate_error, start, end).
@Envelope(value = EnvelopeKind.STATUS_AND_RESULT, resultField = "", errorField = "result")
@Errors(
    value = {ErrorShape.FIELD_MESSAGES, ErrorShape.DETAIL},
    authenticationKeys = {"authorization"},
    authenticationMessages = {"Signature verification failed", "Invalid header padding"},
    unavailableStatuses = {406})
@Decision(
    topic = DecisionTopic.TRANSPORT,
    page = "current revision: POST /v2/invoice/merchant/list; 2024 revision: POST /v2/invoice/merchant/info (the "
        + "invoice-information endpoint)",
    chosen = "/v2/invoice/merchant/list",
    reason = "The current revision, and the SDKs that call the live API (partyzanex/go-cryptocloud, "
        + "KamikotoTkach/CryptoCloud4j) use /list; /info takes uuids, not a period.")
@Decision(
    topic = DecisionTopic.OTHER,
    page = "the response table stops after amount_usd and the example after side_commission (2024); their rows "
        + "are the create table's",
    chosen = "the items are the shared Invoice of createInvoice",
    reason = "The visible rows and the 2024 prose list (uuid ... currency, project) are the create page's.")
@Decision(
    topic = DecisionTopic.OTHER,
    field = "end",
    page = "\"Must be later or equal to start\"",
    chosen = "not checked by the client; the provider answers with its error",
    reason = "The vocabulary has no rule comparing two fields.")
@RequestExample(
    name = "page",
    body = """
        {"start": "01.01.2024", "end": "31.01.2024", "offset": 0, "limit": 10}""",
    note = "The request example tabs are not stored; this body is made of the example values of the 2024 revision's "
        + "parameter table (start 01.01.2024, end 31.01.2024, offset 0, limit 10).")
@ResponseExample(
    name = "invoices",
    body = """
        {
            "status": "success",
            "result": [
                {
                    "uuid": "INV-XXXXXXXX",
                    "created": "2023-01-01 12:00:00.000000",
                    "address": "",
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
                    "date_finished": null,
                    "expiry_date": "2023-01-02 12:00:00",
                    "side_commission": "client"
                }
            ],
            "all_count": 1
        }""",
    note = "The 2024 revision's example, cut after \"side_commission\" in every stored copy: the item, the list and "
        + "the body are closed there, and all_count (read by partyzanex/go-cryptocloud) is added.")
@Decision(
    topic = DecisionTopic.EXAMPLE,
    page = "2024 example cut inside the first item (\"side_com…\"), no all_count",
    chosen = "closed after \"side_commission\": \"client\"; \"all_count\": 1 added",
    reason = "Nothing after the cut is known; all_count is what the only SDK reading this answer expects.")
@ResponseExample(
    name = "start-invalid",
    status = 400,
    body = """
        {
            "status": "error",
            "result": {
                "start": "Date must be in format dd.mm.yyyy"
            }
        }""",
    outcome = ExampleOutcome.INVALID_REQUEST,
    note = "No error body is stored: partyzanex/go-cryptocloud's errors.go reads result.validate_error, detail, start "
        + "and end; the message is made up, the shape is the SDK's, the HTTP status inferred (400).")
public interface CryptoCloudV2ListInvoices {

  @Request(description = "A request for the invoices of a period (API v2).")
  interface ListInvoicesRequest {
    @Field(value = "start", required = true, description = "Date in format dd.mm.yyyy")
    @Timestamp(pattern = "dd.MM.yyyy")
    @Decision(
        topic = DecisionTopic.TYPE,
        page = "string, \"Date in format «dd.mm.yyyyy»\" (five y); the ru copy and every example: dd.mm.yyyy",
        chosen = "a date written dd.MM.yyyy",
        reason = "Five y is a typo: the examples (01.01.2026) have four-digit years.")
    LocalDate start();

    @Field(value = "end", required = true, description = "Date in format dd.mm.yyyy; must be later or equal to start")
    @Timestamp(pattern = "dd.MM.yyyy")
    LocalDate end();

    @Field(
        value = "offset",
        description = "Index of the starting record from which data retrieval begins; with offset=10 the data starts "
            + "from the 11th record")
    @Range(min = "0")
    @Decision(
        topic = DecisionTopic.BOUNDS,
        page = "int, no bounds",
        chosen = "at least 0",
        reason = "A record index cannot be negative.")
    Integer offset();

    @Field(
        value = "limit",
        defaultValue = "10",
        description = "Number of the last record to retrieve: with limit=20 the records up to and including the 20th, "
            + "starting from offset; by default the response contains 10 records, at most 100 per request")
    @Range(min = "0")
    @Decision(
        topic = DecisionTopic.BOUNDS,
        page = "\"the number of the last record\" (an end index) in the table; \"by default 10 records, maximum 100 "
            + "per request\" (a page size) in the text",
        chosen = "at least 0, no upper bound",
        reason = "Read as an end index, limit may exceed 100 (offset 100, limit 150 asks for 50 records); a bound of 100 "
            + "could refuse a request the service accepts, so the provider enforces its own maximum.")
    Integer limit();
  }

  @Response(description = "A page of invoices: the list in \"result\" and the total count beside it.")
  interface InvoiceList {
    @Field(value = "result", description = "The invoices of the period, from offset to limit")
    List<CryptoCloudV2CreateInvoice.Invoice> result();

    @Field(value = "all_count", description = "Number of invoices of the period (read by partyzanex/go-cryptocloud)")
    @Decision(
        topic = DecisionTopic.FIELD_ADDED,
        page = "on no stored page; partyzanex/go-cryptocloud (response.go) reads a top-level all_count next to status "
            + "and result",
        chosen = "an optional Integer beside the list",
        reason = "A caller paging through a period needs the total; absent, it reads as empty.")
    Integer allCount();
  }
}
