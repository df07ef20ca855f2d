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
import io.payspec.annotations.WireObject;
import java.math.BigDecimal;
import java.util.Map;

/**
 * CrystalPay v3 "Получение списка балансов" (List of balances;
 * provider-docs/crystalpay-v3-balance-list.ru.md): every balance of the cash register, keyed by the
 * internal name of its method.
 */
@Endpoint(
    provider = CrystalPay.class,
    version = "v3",
    operation = "listBalances",
    path = "/v3/balance/list/",
    description = "Lists the cash register's balances, keyed by the internal name of their method (API v3).",
    source = "https://docs.crystalpay.io/metody-api/balance-balansy/poluchenie-spiska-balansov")
@Envelope(EnvelopeKind.ERROR_FLAG)
@Errors(value = {ErrorShape.ERROR_LIST}, authenticationMessages = {"Invalid auth credentials"})
@RequestExample(
    name = "table",
    body = """
        {
            "hide_empty": true
        }""",
    note = "The page shows no request example: built from its body table; credentials left out.")
@RequestExample(
    name = "minimal",
    body = """
        {}""",
    note = "The page shows no request example: the body table's only field is optional; credentials left out.")
@ResponseExample(
    name = "page",
    body = """
        {
            "error": false,
            "errors": [],
            "items": {
                "BITCOIN": {
                    "name": "Bitcoin",
                    "amount": "0.0005",
                    "currency": "BTC",
                    "amount_accuracy": 8
                },
                "USDTTRC": {
                    "name": "USDT TRC-20",
                    "amount": "100.1",
                    "currency": "USDT",
                    "amount_accuracy": 6
                }
            }
        }""",
    note = "The page's example without its \"...\" line between the two items (not JSON).")
@ResponseExample(
    name = "sdk-empty",
    body = """
        {"error": false, "errors": [], "items": []}""",
    note = "Not on the page: pycrystalpay's types/balance.py says an empty result comes back as a list (\"Return empty list "
        + "if no nozero balances\"); it must read as no balances.")
@ResponseExample(
    name = "invalid-credentials",
    body = """
        {"error": true, "errors": ["Invalid auth credentials"]}""",
    outcome = ExampleOutcome.AUTHENTICATION_FAILED,
    note = "No page shows it: the error list of the specification page with the message README gives for a wrong login "
        + "or secret.")
@Decision(
    topic = DecisionTopic.EXAMPLE,
    page = "\"items\": {\"BITCOIN\": {...}, ... \"USDTTRC\": {...}} with a literal \"...\" line",
    chosen = "the two items without the \"...\" line",
    reason = "The placeholder is not JSON; both documented items are kept verbatim.")
public interface CrystalPayV3ListBalances {

  @Request(description = "A request for the cash register's balances (API v3).")
  interface ListBalancesRequest {
    @Field(value = "hide_empty", description = "Hide empty balances")
    Boolean hideEmpty();
  }

  @Response(description = "The cash register's balances (API v3), next to the error flag and list.")
  interface BalanceList {
    @Field(value = "items", description = "Balances keyed by the internal name of the balance / method (BITCOIN, USDTTRC, ...)")
    @Decision(
        topic = DecisionTopic.TYPE,
        page = "an object keyed by method name; pycrystalpay: \"an empty list if no non-zero balances\" ([] instead of {})",
        chosen = "Map<String, Balance>; an empty [] reads as an empty map (example sdk-empty)",
        reason = "The page's shape; the SDK's empty list carries no balance, so it is no reason to give up the keyed type.")
    Map<String, Balance> items();
  }

  @WireObject(description = "One balance of the cash register (an element of items).")
  @Decision(
      topic = DecisionTopic.TYPE,
      page = "amount: string (\"0.0005\"); pycrystalpay types it float",
      chosen = "BigDecimal",
      reason = "Money is never a binary float; BigDecimal reads the page's decimal strings exactly, and numbers too.")
  interface Balance {
    @Field(value = "name", description = "Display name of the balance / method")
    String name();

    @Field(value = "currency", description = "Balance currency")
    String currency();

    @Field(value = "amount_accuracy", description = "Precision of the amount: number of digits after the decimal point")
    Integer amountAccuracy();

    @Field(value = "amount", description = "Balance amount")
    BigDecimal amount();
  }
}
