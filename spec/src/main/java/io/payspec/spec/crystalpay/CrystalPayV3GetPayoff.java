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
import io.payspec.spec.crystalpay.CrystalPayV3CreateInvoice.SubtractFrom;
import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * CrystalPay v3 "Получение информации о выводе" (Payoff information;
 * provider-docs/crystalpay-v3-payoff-info.ru.md). The page's field table is cut after {@code method};
 * the other descriptions come from the official SDK's payoff-create docstrings where it has the field,
 * else they are inferred from the example (said so in each).
 *
 * <p>Declares the v3 {@link Payoff} object, which create, submit and cancel answer with too.
 */
@Endpoint(
    provider = CrystalPay.class,
    version = "v3",
    operation = "getPayoff",
    path = "/v3/payoff/info/",
    description = "Gets information about a payoff: its state, amounts and recipient (API v3).",
    source = "https://docs.crystalpay.io/metody-api/payoff-vyvody/poluchenie-informacii-o-vyvode")
@Envelope(EnvelopeKind.ERROR_FLAG)
@Decision(
    topic = DecisionTopic.TRANSPORT,
    page = "POST /v3/payoff/info/ (page); pycrystalpay's payoff_get posts to payoff/cancel/",
    chosen = "POST /v3/payoff/info/",
    reason = "The page is explicit; the SDK's route is a bug (a look-up that cancels the payoff).")
@Errors(value = {ErrorShape.ERROR_LIST}, authenticationMessages = {"Invalid auth credentials"})
@RequestExample(
    name = "table",
    body = """
        {
            "id": "123456789_dpWminAiaqwTcBOJVlFk"
        }""",
    note = "The page shows no request example: built from its body table with the id of its response example; "
        + "credentials left out.")
@ResponseExample(
    name = "page",
    body = """
        {
            "error": false,
            "errors": [],
            "id": "123456789_dpWminAiaqwTcBOJVlFk",
            "state": "payed",
            "subtract_from": "balance",
            "method": "ETHEREUM",
            "amount_currency": "ETH",
            "amount": "0.0005",
            "rub_amount": "151",
            "receive_amount": "0.0005",
            "deduction_amount": "0.002",
            "commission_amount": "0.0015",
            "wallet": "examplewallet",
            "message": "https://etherscan.io/tx/exampletx",
            "callback_url": null,
            "extra": null,
            "created_at": "2024-01-01 11:11:11",
            "final_at": "2024-01-01 11:12:11"
        }""")
@ResponseExample(
    name = "invalid-credentials",
    body = """
        {"error": true, "errors": ["Invalid auth credentials"]}""",
    outcome = ExampleOutcome.AUTHENTICATION_FAILED,
    note = "No page shows it: the error list of the specification page with the message README gives for a wrong login "
        + "or secret.")
public interface CrystalPayV3GetPayoff {

  @Request(description = "A request for one CrystalPay payoff (API v3).")
  interface GetPayoffRequest {
    @Field(value = "id", required = true, description = "Payoff ID")
    String id();
  }

  @Response(description = "A payoff with its state, amounts and recipient (API v3), next to the error flag and list.")
  @Decision(
      topic = DecisionTopic.TYPE,
      page = "money as decimal strings (\"0.0005\", \"151\"); the SDKs type them float or int",
      chosen = "BigDecimal",
      reason = "Money is never a binary float; BigDecimal reads the page's decimal strings exactly, and numbers too.")
  @Decision(
      topic = DecisionTopic.TYPE,
      page = "timestamps as text \"2024-01-01 11:11:11\", no zone",
      chosen = "LocalDateTime, pattern yyyy-MM-dd HH:mm:ss",
      reason = "README gives the format; no page says which zone the times are in, so none is assumed.")
  interface Payoff {
    @Field(value = "id", description = "Payoff ID")
    String id();

    @Field(value = "state", description = "Payoff state")
    PayoffState state();

    @Field(value = "subtract_from", description = "Where the fee is deducted from")
    SubtractFrom subtractFrom();

    @Field(value = "method", description = "Internal name of the method")
    String method();

    @Field(value = "amount_currency", description = "Currency of the amount")
    @Decision(
        topic = DecisionTopic.OTHER,
        page = "amount_currency (invoices renamed it currency; payoffs did not)",
        chosen = "amount_currency",
        reason = "The payoff page's example and every SDK use amount_currency for payoffs.")
    String amountCurrency();

    @Field(value = "amount", description = "Payoff amount")
    BigDecimal amount();

    @Field(value = "rub_amount", description = "Payoff amount in roubles (inferred from the example)")
    BigDecimal rubAmount();

    @Field(value = "receive_amount", description = "Amount the recipient receives (inferred from the example)")
    BigDecimal receiveAmount();

    @Field(value = "deduction_amount",
        description = "Amount deducted from the balance, fee included (inferred from the example)")
    BigDecimal deductionAmount();

    @Field(value = "commission_amount", description = "Fee amount (inferred from the example)")
    BigDecimal commissionAmount();

    @Field(value = "wallet", sensitive = true, description = "Recipient's details (wallet, account)")
    String wallet();

    @Field(value = "message", nullable = true,
        description = "Message about the payoff, e.g. the transaction's link in a block explorer (inferred from the example)")
    String message();

    @Field(value = "callback_url", nullable = true,
        description = "Link the HTTP callback notification of the payoff is sent to")
    String callbackUrl();

    @Field(value = "extra", nullable = true, description = "Any data, e.g. the payoff ID in your system")
    String extra();

    @Field(value = "created_at", description = "When the payoff was created")
    @Timestamp(pattern = "yyyy-MM-dd HH:mm:ss")
    LocalDateTime createdAt();

    @Field(value = "final_at", nullable = true, description = "When the payoff reached its final state; null until then")
    @Timestamp(pattern = "yyyy-MM-dd HH:mm:ss")
    LocalDateTime finalAt();
  }

  @WireEnum(description = "State of a payoff.")
  @Decision(
      topic = DecisionTopic.ENUM_VALUES,
      page = "only payed shown; the list is on a page that is not stored. aiocrystal PayoffState: created, processing, "
          + "failed, payed, canceled",
      chosen = "the five values of aiocrystal",
      reason = "The only list available; any later state still reads as UNKNOWN.")
  enum PayoffState {
    @WireValue(value = "created", description = "Created, waiting to be submitted or cancelled")
    CREATED,
    @WireValue(value = "processing", description = "Submitted, being paid out")
    PROCESSING,
    @WireValue(value = "failed", description = "Failed")
    FAILED,
    @WireValue(value = "payed", description = "Paid out")
    PAID,
    @WireValue(value = "canceled", description = "Cancelled")
    CANCELED
  }
}
