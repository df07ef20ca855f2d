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

/**
 * CrystalPay v3 "Получение метода" (One payment method; provider-docs/crystalpay-v3-method-get.ru.md):
 * a method's currency, the cash register's settings for it, and its limits and fees for payments in
 * and payoffs out. The page has no field-description table: the descriptions are inferred from the
 * names and the example (said so where it matters).
 */
@Endpoint(
    provider = CrystalPay.class,
    version = "v3",
    operation = "getMethod",
    path = "/v3/method/get/",
    description = "Gets one payment method: its currency, settings, limits and fees for payments in and payoffs out "
        + "(API v3).",
    source = "https://docs.crystalpay.io/metody-api/method-metody/poluchenie-metoda")
@Envelope(EnvelopeKind.ERROR_FLAG)
@Errors(value = {ErrorShape.ERROR_LIST}, authenticationMessages = {"Invalid auth credentials"})
@RequestExample(
    name = "table",
    body = """
        {
            "method": "BITCOIN"
        }""",
    note = "The page shows no request example: built from its body table with the method of its response example; "
        + "credentials left out.")
@ResponseExample(
    name = "page",
    body = """
        {
            "error": false,
            "errors": [],
            "method": "BITCOIN",
            "name": "Bitcoin",
            "currency": "BTC",
            "amount_accuracy": 8,
            "minimal_status_level": 0,
            "settings": {
                "in": {
                    "enabled": true,
                    "extra_commissions": {
                        "amount": "0",
                        "percent": "10"
                    }
                },
                "out": {
                    "enabled": true,
                    "extra_commissions": {
                        "amount": "0",
                        "percent": "0"
                    }
                }
            },
            "in": {
                "enabled": true,
                "limits": {
                    "min": "0",
                    "max": "0"
                },
                "commissions": {
                    "amount": "0.000004",
                    "percent": "0"
                },
                "fee": "0"
            },
            "out": {
                "enabled": true,
                "limits": {
                    "min": "0.00005",
                    "max": "0.5"
                },
                "commissions": {
                    "amount": "0",
                    "percent": "1"
                },
                "fee": "0"
            }
        }""")
@ResponseExample(
    name = "invalid-credentials",
    body = """
        {"error": true, "errors": ["Invalid auth credentials"]}""",
    outcome = ExampleOutcome.AUTHENTICATION_FAILED,
    note = "No page shows it: the error list of the specification page with the message README gives for a wrong login "
        + "or secret.")
@Decision(
    topic = DecisionTopic.TYPE,
    page = "money and percentages as decimal strings (\"0.000004\", \"10\")",
    chosen = "BigDecimal",
    reason = "Never a binary float; BigDecimal reads the page's decimal strings exactly, and numbers too.")
public interface CrystalPayV3GetMethod {

  @Request(description = "A request for one payment method (API v3).")
  interface GetMethodRequest {
    @Field(value = "method", required = true, description = "Internal name of the method")
    String method();
  }

  @Response(description = "One payment method (API v3), next to the error flag and list.")
  interface PaymentMethod {
    @Field(value = "method", description = "Internal name of the method")
    String method();

    @Field(value = "name", description = "Display name of the method")
    String name();

    @Field(value = "currency", description = "Currency of the method")
    String currency();

    @Field(value = "amount_accuracy", description = "Precision of amounts: number of digits after the decimal point")
    Integer amountAccuracy();

    @Field(value = "minimal_status_level",
        description = "Minimal status level of the cash register for using the method (inferred from the name)")
    Integer minimalStatusLevel();

    @Field(value = "settings", description = "The cash register's own settings of the method, for payments in and out")
    MethodSettings settings();

    @Field(value = "in", description = "Payments in (invoices) through the method: availability, limits and fees")
    MethodDirection incoming();

    @Field(value = "out", description = "Payoffs out through the method: availability, limits and fees")
    MethodDirection outgoing();
  }

  @WireObject(description = "The cash register's settings of a method (settings), for payments in and out.")
  interface MethodSettings {
    @Field(value = "in", description = "Settings for payments in (invoices)")
    DirectionSettings incoming();

    @Field(value = "out", description = "Settings for payoffs out")
    DirectionSettings outgoing();
  }

  @WireObject(description = "The cash register's settings of a method in one direction (settings.in, settings.out).")
  interface DirectionSettings {
    @Field(value = "enabled", description = "Whether the cash register has the method enabled in this direction")
    Boolean enabled();

    @Field(value = "extra_commissions", description = "Extra fees the cash register adds in this direction")
    Commissions extraCommissions();
  }

  @WireObject(description = "A method in one direction (in, out): availability, limits and fees.")
  interface MethodDirection {
    @Field(value = "enabled", description = "Whether the method is available in this direction")
    Boolean enabled();

    @Field(value = "limits", description = "Amount limits in this direction")
    Limits limits();

    @Field(value = "commissions", description = "Fees of the method in this direction")
    Commissions commissions();

    @Field(value = "fee", description = "Further fee in this direction, next to the commissions (the page does not describe it)")
    BigDecimal fee();
  }

  @WireObject(description = "Amount limits of a method in one direction.")
  interface Limits {
    @Field(value = "min", description = "Minimal amount")
    BigDecimal min();

    @Field(value = "max", description = "Maximal amount; \"0\" in the page's example for payments in (no limit, inferred)")
    BigDecimal max();
  }

  @WireObject(description = "A fee made of a fixed amount and a percentage.")
  interface Commissions {
    @Field(value = "amount", description = "Fixed part of the fee, in the method's currency")
    BigDecimal amount();

    @Field(value = "percent", description = "Percentage part of the fee")
    BigDecimal percent();
  }
}
