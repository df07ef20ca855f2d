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
import io.payspec.annotations.Response;
import io.payspec.annotations.ResponseExample;
import io.payspec.annotations.Timestamp;
import io.payspec.annotations.WireEnum;
import io.payspec.annotations.WireValue;
import io.payspec.spec.crystalpay.CrystalPayV3CreateInvoice.InvoiceType;
import io.payspec.spec.crystalpay.CrystalPayV3CreateInvoice.SubtractFrom;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * CrystalPay v3 "Получение информации об инвойсе" (Invoice information;
 * provider-docs/crystalpay-v3-invoice-info.ru.md). The page's field-description tab is empty in every
 * stored copy: the response descriptions are taken from the create page's fields of the same name, the
 * others are inferred from the examples (said so in each).
 */
@Endpoint(
    provider = CrystalPay.class,
    version = "v3",
    operation = "getInvoice",
    path = "/v3/invoice/info/",
    description = "Gets information about an invoice: its state, amounts and links (API v3).",
    source = "https://docs.crystalpay.io/metody-api/invoice-platezhi/poluchenie-informacii-ob-invoise")
@Envelope(EnvelopeKind.ERROR_FLAG)
@Errors(value = {ErrorShape.ERROR_LIST}, authenticationMessages = {"Invalid auth credentials"})
@RequestExample(
    name = "table",
    body = """
        {
            "id": "123456789_abcdefghij"
        }""",
    note = "The page shows no request example: built from its body table with the id of its response example; "
        + "credentials left out.")
@ResponseExample(
    name = "page",
    body = """
        {
            "error": false,
            "errors": [],
            "id": "123456789_abcdefghij",
            "url": "https://pay.crystalpay.io/?i=123456789_abcdefghij",
            "state": "notpayed",
            "type": "topup",
            "subtract_from": "amount",
            "method": null,
            "required_method": null,
            "rub_amount": "8146",
            "currency": "USD",
            "amount": "100",
            "amount_currency": "USD",
            "initial_amount": "100",
            "remaining_amount": "100",
            "balance_amount": "100",
            "commission_amount": "0",
            "description": null,
            "redirect_url": "https://crystalpay.io",
            "callback_url": null,
            "extra": null,
            "created_at": "2024-01-10 11:08:11",
            "expired_at": "2024-01-11 11:08:11",
            "final_at": null
        }""",
    note = "The newest stored revision of the page.")
@ResponseExample(
    name = "page-oldest-revision",
    body = """
        {
            "error": false,
            "errors": [],
            "id": "123456789_abcdefghij",
            "url": "https://pay.crystalpay.io/?i=123456789_abcdefghij",
            "state": "notpayed",
            "type": "topup",
            "method": null,
            "required_method": null,
            "amount_currency": "RUB",
            "rub_amount": "100",
            "initial_amount": "100",
            "remaining_amount": "100",
            "balance_amount": "100",
            "commission_amount": "0",
            "description": null,
            "redirect_url": "https://crystalpay.io",
            "callback_url": null,
            "extra": null,
            "created_at": "2024-01-10 11:08:11",
            "expired_at": "2024-01-11 11:08:11",
            "final_at": null
        }""",
    note = "The oldest stored revision of the page: no currency, amount or subtract_from, only amount_currency. "
        + "(The middle revision is the newest without subtract_from; it is not shown on its own.)")
@ResponseExample(
    name = "invalid-credentials",
    body = """
        {"error": true, "errors": ["Invalid auth credentials"]}""",
    outcome = ExampleOutcome.AUTHENTICATION_FAILED,
    note = "No page shows it: the error list of the specification page with the message README gives for a wrong login "
        + "or secret.")
public interface CrystalPayV3GetInvoice {

  @Request(description = "A request for one CrystalPay invoice (API v3).")
  interface GetInvoiceRequest {
    @Field(value = "id", required = true, description = "Invoice ID")
    String id();
  }

  @Response(description = "An invoice with its state, amounts and links (API v3), next to the error flag and list.")
  @Decision(
      topic = DecisionTopic.TYPE,
      page = "money as decimal strings (\"8146\", \"100\", \"0\"); the SDKs type them float or int",
      chosen = "BigDecimal",
      reason = "Money is never a binary float; BigDecimal reads the page's decimal strings exactly, and numbers too.")
  @Decision(
      topic = DecisionTopic.TYPE,
      page = "timestamps as text \"2024-01-10 11:08:11\", no zone",
      chosen = "LocalDateTime, pattern yyyy-MM-dd HH:mm:ss",
      reason = "README gives the format; no page says which zone the times are in, so none is assumed.")
  interface InvoiceInfo {
    @Field(value = "id", description = "Invoice ID")
    String id();

    @Field(value = "url", description = "Invoice payment link")
    String url();

    @Field(value = "state", description = "Invoice state")
    InvoiceState state();

    @Field(value = "type", description = "Invoice type")
    InvoiceType type();

    @Field(value = "subtract_from", description = "Where the fee is deducted from (absent in older revisions of the page)")
    SubtractFrom subtractFrom();

    @Field(value = "method", nullable = true,
        description = "Payment method the invoice is paid with; null until one is chosen (inferred from the example)")
    String method();

    @Field(value = "required_method", nullable = true,
        description = "Preset payment method; the payer cannot choose another")
    String requiredMethod();

    @Field(value = "rub_amount", description = "Invoice amount in roubles")
    BigDecimal rubAmount();

    @Field(value = "currency", description = "Invoice currency")
    String currency();

    @Field(value = "amount", description = "Invoice amount in the currency of the currency field")
    BigDecimal amount();

    @Field(value = "amount_currency",
        description = "Invoice currency under its former name; the same value as currency (inferred from the example)")
    @Decision(
        topic = DecisionTopic.OTHER,
        page = "the create page says currency replaced amount_currency; this page's newest example sends both, the oldest "
            + "only amount_currency",
        chosen = "both fields, read as sent",
        reason = "Invoices created before the rename, or answers of an older service revision, carry only "
            + "amount_currency.")
    String amountCurrency();

    @Field(value = "initial_amount", description = "Initial invoice amount (inferred from the example)")
    BigDecimal initialAmount();

    @Field(value = "remaining_amount", description = "Amount still to be paid (inferred from the example)")
    BigDecimal remainingAmount();

    @Field(value = "balance_amount", description = "Amount credited to the balance (inferred from the example)")
    BigDecimal balanceAmount();

    @Field(value = "commission_amount", description = "Fee amount (inferred from the example)")
    BigDecimal commissionAmount();

    @Field(value = "description", nullable = true, description = "Description or purpose")
    String description();

    @Field(value = "redirect_url", nullable = true, description = "Link to redirect to after payment")
    String redirectUrl();

    @Field(value = "callback_url", nullable = true,
        description = "Link the HTTP callback notification of payment is sent to")
    String callbackUrl();

    @Field(value = "extra", nullable = true, description = "Any data, e.g. the payment ID in your system")
    String extra();

    @Field(value = "created_at", description = "When the invoice was created")
    @Timestamp(pattern = "yyyy-MM-dd HH:mm:ss")
    LocalDateTime createdAt();

    @Field(value = "expired_at", description = "When the invoice expires")
    @Timestamp(pattern = "yyyy-MM-dd HH:mm:ss")
    LocalDateTime expiredAt();

    @Field(value = "final_at", nullable = true, description = "When the invoice reached its final state; null until then")
    @Timestamp(pattern = "yyyy-MM-dd HH:mm:ss")
    LocalDateTime finalAt();
  }

  @WireEnum(description = "State of an invoice.")
  @Decision(
      topic = DecisionTopic.ENUM_VALUES,
      page = "only notpayed shown; the list is on a page that is not stored. SDKs: aiocrystal notpayed, processing, "
          + "wrongamount, failed, payed; pycrystalpay adds unavailable",
      chosen = "the six values of both SDKs",
      reason = "The union: a state the service sends is typed, and any later one still reads as UNKNOWN.")
  enum InvoiceState {
    @WireValue(value = "notpayed", description = "Not paid yet")
    NOT_PAID,
    @WireValue(value = "processing", description = "Payment in progress")
    PROCESSING,
    @WireValue(value = "wrongamount", description = "Paid with a wrong amount")
    WRONG_AMOUNT,
    @WireValue(value = "failed", description = "Failed")
    FAILED,
    @WireValue(value = "payed", description = "Paid")
    PAID,
    @WireValue(value = "unavailable", description = "Unavailable (pycrystalpay only)")
    UNAVAILABLE
  }
}
