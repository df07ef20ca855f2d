package io.payspec.spec.crystalpay;

import io.payspec.annotations.Email;
import io.payspec.annotations.Endpoint;
import io.payspec.annotations.Envelope;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.Errors;
import io.payspec.annotations.Field;
import io.payspec.annotations.Range;
import io.payspec.annotations.Request;
import io.payspec.annotations.Response;
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
 */
@Endpoint(
    provider = CrystalPay.class,
    version = "v3",
    operation = "createInvoice",
    path = "/v3/invoice/create/",
    description = "Creates an invoice and returns its payment link (API v3).",
    source = "https://docs.crystalpay.io/metody-api/invoice-platezhi/sozdanie-invoisa")
@Envelope(EnvelopeKind.ERROR_FLAG)
// Errors come back with HTTP 200 as {"error": true, "errors": ["..."]}; a wrong login or secret gives
// "Invalid auth credentials" (README).
@Errors(value = {ErrorShape.ERROR_LIST}, authenticationMessages = {"Invalid auth credentials"})
public interface CrystalPayV3CreateInvoice {

  @Request(description = "A request to create a CrystalPay invoice (API v3).")
  interface CreateInvoiceRequest {
    // The page documents no bounds; an invoice for zero or less is meaningless, so it must be positive.
    @Field(value = "amount", required = true, description = "Invoice amount")
    @Range(min = "0", minExclusive = true)
    BigDecimal amount();

    @Field(value = "type", required = true, description = "Invoice type")
    InvoiceType type();

    // The page gives no bounds; the provider's older documentation gives a maximum of 4320 minutes
    // (3 days, README). Decision: 1..4320 (a lifetime must be at least a minute).
    @Field(value = "lifetime", required = true, description = "Invoice lifetime in minutes")
    @Range(min = "1", max = "4320")
    Integer lifetime();

    // Replaces the older amount_currency (README); only the new name is sent. The page lists no codes,
    // so it is a plain String.
    @Field(value = "currency", defaultValue = "RUB", description = "Invoice currency, RUB by default (formerly amount_currency)")
    String currency();

    @Field(value = "subtract_from", defaultValue = "amount", description = "Where to deduct the fee from, amount by default")
    SubtractFrom subtractFrom();

    // The method codes are on a page we do not have: a plain String.
    @Field(value = "required_method", description = "Preset payment method; the payer cannot choose another")
    String requiredMethod();

    // Typed "array" and linked to a list of possible values on a page we do not have; the description
    // names "Email etc.". An "array" with named values is a keyed (PHP) array, i.e. a JSON object.
    // Decision: an object with the one key the page names, email; other keys are left out until their
    // documentation is available.
    @Field(value = "payer_details", description = "Payer-related information: e-mail, etc.")
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

  // Money values come back as strings ("8146", "100"); BigDecimal reads them exactly.
  @Response(description = "The created invoice (API v3), next to the error flag and list.")
  interface Invoice {
    @Field(value = "id", description = "Invoice ID")
    String id();

    @Field(value = "url", description = "Invoice payment link")
    String url();

    @Field(value = "rub_amount", description = "Invoice amount in roubles")
    BigDecimal rubAmount();

    // A String, like the request's currency: no list of codes is documented.
    @Field(value = "currency", description = "Invoice currency")
    String currency();

    @Field(value = "amount", description = "Invoice amount in the currency of the currency field")
    BigDecimal amount();

    @Field(value = "type", description = "Invoice type")
    InvoiceType type();

    @Field(value = "subtract_from", description = "Where the fee is deducted from")
    SubtractFrom subtractFrom();
  }

  // Values from README; the page links their explanations to a page we do not have.
  @WireEnum(description = "Invoice type.")
  enum InvoiceType {
    @WireValue("purchase")
    PURCHASE,
    @WireValue("topup")
    TOPUP
  }

  // Values from README; the page links their explanations to a page we do not have.
  @WireEnum(description = "Where the fee is deducted from.")
  enum SubtractFrom {
    @WireValue("balance")
    BALANCE,
    @WireValue("amount")
    AMOUNT
  }
}
