package io.payspec.madeup.spec;

import io.payspec.annotations.Endpoint;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.Errors;
import io.payspec.annotations.ExactlyOneOf;
import io.payspec.annotations.ExampleOutcome;
import io.payspec.annotations.Field;
import io.payspec.annotations.MaxLength;
import io.payspec.annotations.Range;
import io.payspec.annotations.Request;
import io.payspec.annotations.RequestExample;
import io.payspec.annotations.Response;
import io.payspec.annotations.ResponseExample;
import io.payspec.annotations.Size;
import io.payspec.annotations.Url;
import io.payspec.runtime.CurrencyAmount;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * Acme v1 "Create invoice": a flat body with an amount and its currency ({@code "200 USD"}), one of two
 * currency fields, violations answered as {@code 422 {"detail": [...]}}, refused keys as
 * {@code 401 {"message": "Key not accepted."}}.
 */
@Endpoint(
    provider = Acme.class,
    version = "v1",
    operation = "createInvoice",
    path = "/acme/v1/invoices",
    description = "Creates an invoice in one currency or a choice of currencies.")
@Errors(value = {ErrorShape.MESSAGE, ErrorShape.DETAIL}, authenticationMessages = {"Key not accepted."})
@RequestExample(name = "page", body = """
    {
      "currency": "BTC",
      "amount": "200 USD",
      "expires_time": 30,
      "label": "Order #123"
    }""")
@ResponseExample(name = "success", body = """
    {
      "uuid": "INV-AAAA1111",
      "currency": "BTC",
      "amount": 200,
      "label": "Order #123",
      "is_paid": false,
      "created_at": "2024-01-01T10:00:00Z",
      "url": "https://pay.acme.test/INV-AAAA1111"
    }""")
@ResponseExample(name = "refused-key", status = 401, outcome = ExampleOutcome.AUTHENTICATION_FAILED, body = """
    {"message": "Key not accepted."}""")
@ResponseExample(name = "too-small", status = 422, outcome = ExampleOutcome.INVALID_REQUEST, body = """
    {"detail": [{"loc": ["body", "amount"], "msg": "must be greater than 0", "type": "value_error"}]}""")
public interface AcmeV1CreateInvoice {

  @Request(description = "A request to create an Acme v1 invoice.")
  @ExactlyOneOf({"currency", "allowed_currencies"})
  interface CreateInvoiceRequest {
    @Field(value = "currency", description = "Currency the payer pays in (not with allowed_currencies)")
    String currency();

    @Field(value = "allowed_currencies", description = "Currencies the payer chooses from (not with currency)")
    @Size(min = 2)
    List<String> allowedCurrencies();

    @Field(value = "amount", required = true, description = "Amount with its currency, like 200 USD")
    @Range(min = "0", minExclusive = true, max = "100000000")
    CurrencyAmount amount();

    @Field(value = "expires_time", required = true, description = "Lifetime of the invoice in minutes")
    @Range(min = "1", max = "1440")
    Integer expiresTime();

    @Field(value = "label", required = true, description = "Label of the invoice")
    @MaxLength(255)
    String label();

    @Field(value = "success_url", description = "Where the payer goes after paying")
    @Url
    String successUrl();
  }

  @Response(description = "An Acme v1 invoice.")
  interface Invoice {
    @Field(value = "uuid", description = "Invoice identifier")
    String uuid();

    @Field(value = "currency", nullable = true, description = "Currency of the invoice")
    String currency();

    @Field(value = "amount", nullable = true, description = "Amount in its currency")
    BigDecimal amount();

    @Field(value = "label", description = "Label of the invoice")
    String label();

    @Field(value = "is_paid", nullable = true, description = "Whether the invoice is paid")
    Boolean isPaid();

    @Field(value = "created_at", description = "Creation time")
    Instant createdAt();

    @Field(value = "url", description = "Payment page")
    String url();
  }
}
