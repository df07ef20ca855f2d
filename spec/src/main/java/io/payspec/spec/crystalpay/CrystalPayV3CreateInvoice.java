package io.payspec.spec.crystalpay;

import io.payspec.annotations.Decision;
import io.payspec.annotations.DecisionTopic;
import io.payspec.annotations.Email;
import io.payspec.annotations.Endpoint;
import io.payspec.annotations.Envelope;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.Errors;
import io.payspec.annotations.ExampleOutcome;
import io.payspec.annotations.Field;
import io.payspec.annotations.Range;
import io.payspec.annotations.Request;
import io.payspec.annotations.RequestExample;
import io.payspec.annotations.Response;
import io.payspec.annotations.ResponseExample;
import io.payspec.annotations.Url;
import io.payspec.annotations.WireEnum;
import io.payspec.annotations.WireObject;
import io.payspec.annotations.WireValue;
import java.math.BigDecimal;

/**
 * CrystalPay v3 "Создание инвойса" (Invoice creation; provider-docs/crystalpay-v3-invoice-create.ru.md),
 * completed with the facts of provider-docs/README.md. Descriptions are translated from Russian.
 *
 * <p>auth_login ("cash register login") and auth_secret ("cash register secret key") are in the page's
 * body table but are not request fields here: {@link CrystalPay}'s {@code @BodyAuth} adds them.
 *
 * <p>Declares the v3 enums {@link InvoiceType} and {@link SubtractFrom}, shared with the invoice-info
 * and payoff descriptors.
 */
@Endpoint(
    provider = CrystalPay.class,
    version = "v3",
    operation = "createInvoice",
    path = "/v3/invoice/create/",
    description = "Creates an invoice and returns its payment link (API v3).",
    source = "https://docs.crystalpay.io/metody-api/invoice-platezhi/sozdanie-invoisa")
@Envelope(EnvelopeKind.ERROR_FLAG)
@Errors(value = {ErrorShape.ERROR_LIST}, authenticationMessages = {"Invalid auth credentials"})
@Decision(
    topic = DecisionTopic.TRANSPORT,
    page = "no error body on the create page",
    chosen = "HTTP 200 {\"error\": true, \"errors\": [...]}; the message \"Invalid auth credentials\" is an authentication failure",
    reason = "The specification page (crystalpay-v3-specification.ru.md) gives the HTTP-200 error list for every v3 call; "
        + "README gives the message a wrong login or secret produces.")
@RequestExample(
    name = "table",
    body = """
        {
            "amount": 100,
            "type": "topup",
            "lifetime": 1440,
            "currency": "USD",
            "subtract_from": "amount"
        }""",
    note = "The page shows no request example: built from its body table with the values of its response example "
        + "(100 USD, topup, fee from the amount) and the one-day lifetime of the invoice-info page's example; "
        + "credentials left out.")
@ResponseExample(
    name = "page",
    body = """
        {
            "error": false,
            "errors": [],
            "id": "123456789_abcdefghij",
            "url": "https://pay.crystalpay.io/?i=123456789_abcdefghij",
            "rub_amount": "8146",
            "currency": "USD",
            "amount": "100",
            "type": "topup",
            "subtract_from": "amount"
        }""")
@ResponseExample(
    name = "field-required",
    body = """
        {
          "error": true,
          "errors": [
            "`amount` field is required"
          ]
        }""",
    outcome = ExampleOutcome.INVALID_REQUEST,
    note = "The error example of the specification page (crystalpay-v3-specification.ru.md), without its \"...\" placeholder "
        + "(not JSON).")
@ResponseExample(
    name = "invalid-credentials",
    body = """
        {"error": true, "errors": ["Invalid auth credentials"]}""",
    outcome = ExampleOutcome.AUTHENTICATION_FAILED,
    note = "No page shows it: the error list of the specification page with the message README gives for a wrong login "
        + "or secret.")
@Decision(
    topic = DecisionTopic.EXAMPLE,
    page = "{\"error\": true, \"errors\": [\"`amount` field is required\", ...]} (specification page)",
    chosen = "{\"error\": true, \"errors\": [\"`amount` field is required\"]}",
    reason = "The \"...\" placeholder is not JSON; the one real message is kept.")
public interface CrystalPayV3CreateInvoice {

  @Request(description = "A request to create a CrystalPay invoice (API v3).")
  interface CreateInvoiceRequest {
    @Field(value = "amount", required = true, description = "Invoice amount")
    @Range(min = "0", minExclusive = true)
    @Decision(
        topic = DecisionTopic.BOUNDS,
        page = "number, no bounds",
        chosen = "greater than 0",
        reason = "An invoice for zero or less is meaningless.")
    BigDecimal amount();

    @Field(value = "type", required = true, description = "Invoice type")
    InvoiceType type();

    @Field(value = "lifetime", required = true, description = "Invoice lifetime in minutes")
    @Range(min = "1", max = "4320")
    @Decision(
        topic = DecisionTopic.BOUNDS,
        page = "number of minutes, no bounds (the provider's older documentation: at most 4320)",
        chosen = "1..4320",
        reason = "The older documentation's maximum (3 days, README); a lifetime must be at least a minute.")
    Integer lifetime();

    @Field(value = "currency", defaultValue = "RUB", description = "Invoice currency, RUB by default (formerly amount_currency)")
    @Decision(
        topic = DecisionTopic.WIRE_NAME,
        page = "currency (formerly amount_currency); the SDKs still send amount_currency",
        chosen = "currency only, a String",
        reason = "The page says currency replaced amount_currency; it lists no currency codes, so no enum.")
    String currency();

    @Field(value = "subtract_from", defaultValue = "amount", description = "Where to deduct the fee from, amount by default")
    SubtractFrom subtractFrom();

    @Field(value = "required_method", description = "Preset payment method; the payer cannot choose another")
    @Decision(
        topic = DecisionTopic.TYPE,
        page = "string; the method codes are on the method pages",
        chosen = "String",
        reason = "No list of method codes is documented (the method/get page describes one method by its code).")
    String requiredMethod();

    @Field(value = "payer_details", description = "Payer-related information: e-mail, etc.")
    @Decision(
        topic = DecisionTopic.TYPE,
        page = "array, linked to a list of possible values (page not stored) named \"Email etc.\"; the SDKs send an "
            + "e-mail string",
        chosen = "an object with the one key the page names, email",
        reason = "An \"array\" with named values is a keyed (PHP) array, i.e. a JSON object; its other keys are left out "
            + "until their documentation is available.")
    PayerDetails payerDetails();

    @Field(value = "description", description = "Description or purpose")
    String description();

    @Field(value = "extra", description = "Any data, e.g. the payment ID in your system")
    String extra();

    @Field(value = "redirect_url", description = "Link to redirect to after payment")
    @Url
    String redirectUrl();

    @Field(value = "callback_url", description = "Link to send the HTTP callback notification of payment to")
    @Url
    String callbackUrl();
  }

  @WireObject(description = "Payer-related information (payer_details); only the e-mail is known.")
  interface PayerDetails {
    @Field(value = "email", description = "Payer's e-mail")
    @Email
    String email();
  }

  @Response(description = "The created invoice (API v3), next to the error flag and list.")
  @Decision(
      topic = DecisionTopic.TYPE,
      page = "rub_amount, amount: string (\"8146\", \"100\"); the SDKs type them float or int",
      chosen = "BigDecimal",
      reason = "Money is never a binary float; BigDecimal reads the page's decimal strings exactly, and numbers too.")
  interface Invoice {
    @Field(value = "id", description = "Invoice ID")
    String id();

    @Field(value = "url", description = "Invoice payment link")
    String url();

    @Field(value = "rub_amount", description = "Invoice amount in roubles")
    BigDecimal rubAmount();

    @Field(value = "currency", description = "Invoice currency")
    @Decision(
        topic = DecisionTopic.TYPE,
        page = "string",
        chosen = "String",
        reason = "Like the request's currency: no list of codes is documented.")
    String currency();

    @Field(value = "amount", description = "Invoice amount in the currency of the currency field")
    BigDecimal amount();

    @Field(value = "type", description = "Invoice type")
    InvoiceType type();

    @Field(value = "subtract_from", description = "Where the fee is deducted from")
    SubtractFrom subtractFrom();
  }

  @WireEnum(description = "Invoice type.")
  @Decision(
      topic = DecisionTopic.ENUM_VALUES,
      page = "linked to a list of values on a page that is not stored",
      chosen = "purchase, topup",
      reason = "The values README gives from the provider's wider documentation and SDKs.")
  enum InvoiceType {
    @WireValue("purchase")
    PURCHASE,
    @WireValue("topup")
    TOPUP
  }

  @WireEnum(description = "Where the fee is deducted from: the balance, or the amount.")
  @Decision(
      topic = DecisionTopic.ENUM_VALUES,
      page = "linked to a list of values on a page that is not stored (invoice and payoff pages link different anchors)",
      chosen = "balance, amount; one enum shared by invoices and payoffs",
      reason = "The values README gives; the official SDK's PayoffSubtractFrom has the same two, so payoffs share it.")
  enum SubtractFrom {
    @WireValue("balance")
    BALANCE,
    @WireValue("amount")
    AMOUNT
  }
}
