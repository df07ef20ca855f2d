package io.payspec.spec.nordpay;

import io.payspec.annotations.Decision;
import io.payspec.annotations.DecisionTopic;
import io.payspec.annotations.Endpoint;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.Errors;
import io.payspec.annotations.ExampleOutcome;
import io.payspec.annotations.Field;
import io.payspec.annotations.Request;
import io.payspec.annotations.RequestExample;
import io.payspec.annotations.Response;
import io.payspec.annotations.ResponseExample;
import io.payspec.annotations.WireEnum;
import io.payspec.annotations.WireValue;

/**
 * NordPay "Withdraw Funds", step 2 (provider-docs/nordpay-balance-withdraw.en.md): confirms the
 * withdraw request created by {@code requestWithdrawal}; the withdrawal then waits for the
 * provider's approval.
 */
@Endpoint(
    provider = NordPay.class,
    version = "v1",
    operation = "confirmWithdrawal",
    path = "/balance/withdraw/confirm",
    description = "Confirms a withdraw request by its identifier; the withdrawal then waits for admin approval.",
    source = "https://nord-3.gitbook.io/nord-api/balances/withdraw-funds")
@Decision(topic = DecisionTopic.TRANSPORT,
    page = "POST /balance/withdraw/confirm, flat body (SDK: POST /v1/balance/withdraw/confirm, envelope"
        + " {\"success\", \"data\", \"error\"})",
    chosen = "POST /balance/withdraw/confirm, flat body",
    reason = "The page is the documentation; every NordPay operation follows the pages' unversioned paths"
        + " (see createInvoice).")
@Errors(
    value = {ErrorShape.DETAIL, ErrorShape.ERROR_OBJECT},
    authenticationKeys = {"AUTH_ERROR"},
    authenticationMessages = {"Invalid API key"})
@RequestExample(name = "page", body = """
    {
      "identifier": "xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx"
    }""", note = "The cURL example's body.")
@ResponseExample(name = "success", body = """
    {
        "detail": "Withdrawal request created and waiting for admin approval",
        "status": "pending",
        "id": 1
    }""", note = "On the page \"pending, lacks its closing quote, which is not JSON: closed. The page also has a"
        + " trailing space after the detail line, which a text block drops.")
@ResponseExample(name = "request-not-found", status = 400, outcome = ExampleOutcome.INVALID_REQUEST, body = """
    {"detail": "Withdraw request not found"}""",
    note = "From the withdraw page's shared error list; its status is not rendered: 400, the status the NordPay pages"
        + " give detail messages.")
@ResponseExample(name = "request-expired", status = 400, outcome = ExampleOutcome.INVALID_REQUEST, body = """
    {"detail": "Withdraw request expired"}""", note = "From the shared error list; status not rendered: 400 as above.")
@ResponseExample(name = "validation-error", status = 422, outcome = ExampleOutcome.INVALID_REQUEST, body = """
    {
    "detail": [
    {
    "loc": [],
    "msg": "string",
    "type": "string"
    }
    ]
    }""", note = "From the shared error list; status not rendered: 422, as the other pages give this body.")
@Decision(topic = DecisionTopic.EXAMPLE, page = "success example {\"detail\": ..., \"status\": \"pending, \"id\": 1}",
    chosen = "\"status\": \"pending\"", reason = "The missing closing quote makes it not JSON; the multiple-withdrawal"
        + " confirm example has the same body with the quote.")
public interface NordPayV1ConfirmWithdrawal {

  @Request(description = "Which withdraw request to confirm.")
  interface ConfirmWithdrawalRequest {
    @Field(value = "identifier", required = true, description = "UUID of your withdraw request (requestWithdrawal's identifier)")
    String identifier();
  }

  /** The service's answer to a confirmation. */
  @Response(description = "A confirmed withdrawal, waiting for admin approval.")
  interface WithdrawalConfirmation {
    @Field(value = "detail", description = "What happened, e.g. \"Withdrawal request created and waiting for admin approval\"")
    String detail();

    @Field(value = "status", description = "Status of the withdrawal")
    WithdrawalStatus status();

    @Field(value = "id", description = "Identifier of the withdrawal")
    Long id();
  }

  @WireEnum(description = "Status of a withdrawal.")
  @Decision(topic = DecisionTopic.ENUM_VALUES, page = "the confirm example shows \"pending\"; no page lists the values",
      chosen = "pending, processed, cancelled",
      reason = "processed and cancelled are the statuses of the SDK's live withdrawal-history fixture"
          + " (balance_withdraws.json); other values read as UNKNOWN.")
  enum WithdrawalStatus {
    @WireValue(value = "pending", description = "Waiting for admin approval")
    PENDING,
    @WireValue(value = "processed", description = "Processed")
    PROCESSED,
    @WireValue(value = "cancelled", description = "Cancelled")
    CANCELLED
  }
}
