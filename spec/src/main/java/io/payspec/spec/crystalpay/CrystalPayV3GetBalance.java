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
import java.math.BigDecimal;

/**
 * CrystalPay v3 "Получение баланса" (One balance). The page is named in the v3 navigation but no copy
 * is stored: described from the SDKs (provider-docs/crystalpay-v3-balance-get.ru.md), with the field
 * descriptions of the balance-list page, whose items the SDKs read with the same type.
 */
@Endpoint(
    provider = CrystalPay.class,
    version = "v3",
    operation = "getBalance",
    path = "/v3/balance/get/",
    description = "Gets one balance of the cash register by the internal name of its method (API v3).",
    source = "mrsmori/pycrystalpay:pycrystalpay/wrapper/async_/balance.py and pycrystalpay/types/balance.py "
        + "(provider-docs/crystalpay-v3-balance-get.ru.md; page https://docs.crystalpay.io/metody-api/balance-balansy/"
        + "poluchenie-balansa not stored)",
    sdkOnly = true)
@Envelope(EnvelopeKind.ERROR_FLAG)
@Errors(value = {ErrorShape.ERROR_LIST}, authenticationMessages = {"Invalid auth credentials"})
@RequestExample(
    name = "sdk",
    body = """
        {
            "method": "BITCOIN"
        }""",
    note = "No page: pycrystalpay's balance_get(method) body, with the first method of the balance-list page's example; "
        + "credentials left out.")
@ResponseExample(
    name = "sdk-success",
    body = """
        {
            "error": false,
            "errors": [],
            "method": "BITCOIN",
            "name": "Bitcoin",
            "amount": "0.0005",
            "currency": "BTC",
            "amount_accuracy": 8
        }""",
    note = "No page: the fields of the SDKs' BalanceGet with the values of the balance-list page's BITCOIN item "
        + "(amount a string, as on that page).")
@ResponseExample(
    name = "invalid-credentials",
    body = """
        {"error": true, "errors": ["Invalid auth credentials"]}""",
    outcome = ExampleOutcome.AUTHENTICATION_FAILED,
    note = "No page shows it: the error list of the specification page with the message README gives for a wrong login "
        + "or secret.")
public interface CrystalPayV3GetBalance {

  @Request(description = "A request for one balance of the cash register (API v3).")
  interface GetBalanceRequest {
    @Field(value = "method", required = true, description = "Internal name of the balance / method")
    @Decision(
        topic = DecisionTopic.REQUIRED,
        page = "no page; pycrystalpay's balance_get(method) takes it as its only, mandatory argument",
        chosen = "required",
        reason = "A balance is named by its method; the call means nothing without it.")
    String method();
  }

  @Response(description = "One balance of the cash register (API v3), next to the error flag and list.")
  @Decision(
      topic = DecisionTopic.TYPE,
      page = "no page; the SDKs type amount float (pycrystalpay) or int | float (aiocrystal), amount_accuracy float or int",
      chosen = "amount BigDecimal, amount_accuracy Integer",
      reason = "As in the balance-list page: amount is a decimal string and amount_accuracy a count of digits.")
  interface MethodBalance {
    @Field(value = "method", description = "Internal name of the balance / method")
    String method();

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
