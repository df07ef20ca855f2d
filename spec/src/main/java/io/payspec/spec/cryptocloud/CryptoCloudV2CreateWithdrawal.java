package io.payspec.spec.cryptocloud;

import io.payspec.annotations.Decision;
import io.payspec.annotations.DecisionTopic;
import io.payspec.annotations.Endpoint;
import io.payspec.annotations.Envelope;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.ExampleOutcome;
import io.payspec.annotations.Errors;
import io.payspec.annotations.Field;
import io.payspec.annotations.HeaderAuth;
import io.payspec.annotations.Range;
import io.payspec.annotations.Request;
import io.payspec.annotations.RequestExample;
import io.payspec.annotations.Response;
import io.payspec.annotations.ResponseExample;
import java.math.BigDecimal;

/**
 * CryptoCloud v2 "Funds Withdrawal" (provider-docs/cryptocloud-v2-withdrawal-create.en.md): a withdrawal
 * request in one currency, authorized by a separate key from the account's «Security» settings.
 */
@Endpoint(
    provider = CryptoCloud.class,
    version = "v2",
    operation = "createWithdrawal",
    path = "/v2/invoice/api/out/create",
    description = "Creates a withdrawal request in the specified currency; at least 12 seconds between requests. "
        + "Authorized by the API key of the «Security» section of the account settings (API v2).",
    source = "https://docs.cryptocloud.plus/en/api-reference-v2/withdrawals")
@HeaderAuth(header = "Authorization", prefix = "Token ", credential = "security_key")
@Envelope(value = EnvelopeKind.STATUS_AND_RESULT, resultField = "data", errorField = "result")
@Errors(
    value = {ErrorShape.FIELD_MESSAGES, ErrorShape.DETAIL},
    authenticationKeys = {"authorization"},
    authenticationMessages = {"Signature verification failed", "Invalid header padding"},
    unavailableStatuses = {406},
    rateLimitKeys = {"rate_limit"})
@Decision(
    topic = DecisionTopic.TRANSPORT,
    page = "2024 success example: the payload under \"data\"; current text: \"the result object contains\"; every other "
        + "v2 call: \"result\"",
    chosen = "the payload under \"data\"",
    reason = "The only example of this answer uses data; the text's \"result object\" repeats the wording of the other "
        + "pages. An envelope has one payload key, so only one can be read.")
@Decision(
    topic = DecisionTopic.OTHER,
    page = "a stored fragment of the ru page shows a full invoice-style object under \"result\" (type \"dw\", "
        + "invoice_status \"start\", currency_list, aml_cost, ...); the en pages show {invoice_id, status, currency, amount}",
    chosen = "the en pages' four fields",
    reason = "Both en revisions' table and example agree; the ru fragment is cut and its revision and tab are unknown.")
@Decision(
    topic = DecisionTopic.OTHER,
    page = "error keys required_parameter, currency_code, network, uncorrected_amount, rate_limit, validate_error; no "
        + "error body, no HTTP status; \"minimum interval between requests — 12 seconds\"; rate_limit: \"limit of "
        + "requests per minute exceeded\"",
    chosen = "every key read as a field message under \"result\" (errorField), rate_limit as rate limited "
        + "(rateLimitKeys), the others as an invalid request; the interval is not enforced by the client",
    reason = "With no error body on the page, the errors are read where every other v2 page shows them "
        + "({\"status\": \"error\", \"result\": {\"<key>\": \"<message>\"}}), not under the success's \"data\"; "
        + "rate_limit is the page's \"limit of requests per minute exceeded\".")
@RequestExample(
    name = "page",
    body = """
        {"currency_code": "ETH", "to_address": "0x396343<...>210945346fb82Aa49", "amount": 0.003}""",
    note = "The request example tabs are not stored; this body is made of the example values of the current "
        + "revision's parameter table (the address elided as the page shows it).")
@ResponseExample(
    name = "created",
    body = """
        {
            "status": "success",
            "data": {
                "invoice_id": "INV-XXXXXXXX",
                "status": "created",
                "currency": "BTC",
                "amount": 0.05
            }
        }""",
    note = "The 2024 revision's success example, its tab indentation written as spaces.")
@ResponseExample(
    name = "rate-limit",
    status = 400,
    body = """
        {
            "status": "error",
            "result": {
                "rate_limit": "The limit of requests per minute has been exceeded"
            }
        }""",
    outcome = ExampleOutcome.RATE_LIMITED,
    note = "No error body is stored: made of the page's error-key table (rate_limit and its meaning) in the error "
        + "envelope of every other v2 page; HTTP status not stated (400 inferred, as on the cancel page).")
@ResponseExample(
    name = "uncorrected-amount",
    status = 400,
    body = """
        {
            "status": "error",
            "result": {
                "uncorrected_amount": "The amount is too small, too large, or in the wrong format"
            }
        }""",
    outcome = ExampleOutcome.INVALID_REQUEST,
    note = "No error body is stored: made of the page's error-key table (uncorrected_amount and its meaning) in the "
        + "error envelope of every other v2 page; HTTP status not stated (400 inferred, as on the cancel page).")
public interface CryptoCloudV2CreateWithdrawal {

  @Request(description = "A request to withdraw funds to an address (API v2).")
  interface CreateWithdrawalRequest {
    @Field(value = "currency_code", required = true, description = "Currency code of the withdrawal")
    @Decision(
        topic = DecisionTopic.ENUM_VALUES,
        page = "current revision: the create page's 40 codes; 2024 revision: 27 codes, with TUSD_ERC20 and TUSD_BSC",
        chosen = "the current list (the create page's CryptoCurrency)",
        reason = "The current revision wins; TUSD is in no other current list.")
    CryptoCloudV2CreateInvoice.CryptoCurrency currencyCode();

    @Field(value = "to_address", required = true, description = "Recipient's wallet address")
    String toAddress();

    @Field(value = "amount", required = true, description = "Withdrawal request amount in the specified currency")
    @Range(min = "0", minExclusive = true)
    @Decision(
        topic = DecisionTopic.TYPE,
        page = "current revision: float (0.003); 2024 revision: Int, with the example 0.05",
        chosen = "a decimal greater than 0",
        reason = "Both revisions' examples are fractional; money is a BigDecimal, and a withdrawal of zero or less is "
            + "meaningless.")
    BigDecimal amount();
  }

  @Response(description = "The created withdrawal request (the \"data\" object).")
  interface Withdrawal {
    @Field(value = "invoice_id", description = "Unique withdrawal request identifier with the INV prefix")
    String invoiceId();

    @Field(value = "status", description = "Withdrawal request status; always created when the request is submitted")
    String status();

    @Field(value = "currency", description = "Code of the selected cryptocurrency in the withdrawal request")
    String currency();

    @Field(value = "amount", description = "Withdrawal request amount in cryptocurrency")
    BigDecimal amount();
  }
}
