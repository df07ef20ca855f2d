package io.payspec.madeup.spec;

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
import io.payspec.annotations.WireValue;
import java.math.BigDecimal;

/**
 * Bodyco v1 "Create invoice": credentials in the body, every error under HTTP 200 as
 * {@code {"error": true, "errors": [...]}}, refused credentials with Bodyco's own message.
 */
@Endpoint(
    provider = Bodyco.class,
    version = "v1",
    operation = "createInvoice",
    path = "/bodyco/v1/invoice/create/",
    description = "Creates an invoice and returns its payment link.")
@Envelope(EnvelopeKind.ERROR_FLAG)
@Errors(value = {ErrorShape.ERROR_LIST}, authenticationMessages = {"Login or secret not accepted"})
@RequestExample(name = "page", body = """
    {
      "amount": 100,
      "type": "purchase",
      "lifetime": 60
    }""")
@ResponseExample(name = "success", body = """
    {
      "error": false,
      "errors": [],
      "id": "123456789_abcdefghij",
      "url": "https://pay.bodyco.test/?i=123456789_abcdefghij",
      "amount": "100",
      "type": "purchase"
    }""")
@ResponseExample(name = "refused", outcome = ExampleOutcome.AUTHENTICATION_FAILED, body = """
    {"error": true, "errors": ["Login or secret not accepted"]}""")
public interface BodycoV1CreateInvoice {

  @Request(description = "A request to create a Bodyco invoice.")
  interface CreateInvoiceRequest {
    @Field(value = "amount", required = true, description = "Invoice amount")
    @Range(min = "0", minExclusive = true)
    BigDecimal amount();

    @Field(value = "type", required = true, description = "Invoice type")
    InvoiceType type();

    @Field(value = "lifetime", required = true, description = "Lifetime of the invoice in minutes")
    @Range(min = "1", max = "4320")
    Integer lifetime();

    @Field(value = "redirect_url", description = "Where the payer goes after paying")
    @Url
    String redirectUrl();
  }

  @Response(description = "A created Bodyco invoice.")
  interface Invoice {
    @Field(value = "id", description = "Invoice identifier")
    String id();

    @Field(value = "url", description = "Payment page")
    String url();

    @Field(value = "amount", description = "Invoice amount")
    BigDecimal amount();

    @Field(value = "type", description = "Invoice type")
    InvoiceType type();
  }

  @WireEnum(description = "Invoice types.")
  enum InvoiceType {
    @WireValue("purchase") PURCHASE,
    @WireValue("topup") TOPUP
  }
}
