package io.payspec.madeup.spec;

import io.payspec.annotations.Email;
import io.payspec.annotations.Endpoint;
import io.payspec.annotations.Envelope;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.Errors;
import io.payspec.annotations.ExampleOutcome;
import io.payspec.annotations.Field;
import io.payspec.annotations.MaxLength;
import io.payspec.annotations.Range;
import io.payspec.annotations.Request;
import io.payspec.annotations.RequestExample;
import io.payspec.annotations.Response;
import io.payspec.annotations.ResponseExample;
import io.payspec.annotations.WireEnum;
import io.payspec.annotations.WireObject;
import io.payspec.annotations.WireValue;
import java.math.BigDecimal;
import java.util.List;

/**
 * Acme v2 "Create invoice": a {@code {"status", "result"}} envelope, violations answered as HTTP 400
 * field messages, refused keys under the {@code authorization} key, and nested options.
 */
@Endpoint(
    provider = Acme.class,
    version = "v2",
    operation = "createInvoice",
    path = "/acme/v2/invoices",
    description = "Creates an invoice and returns its payment link (API v2).")
@Envelope(EnvelopeKind.STATUS_AND_RESULT)
@Errors(value = {ErrorShape.FIELD_MESSAGES}, authenticationKeys = {"authorization"})
@RequestExample(name = "page", body = """
    {
      "shop_id": "shop-1",
      "amount": 100,
      "currency": "USD"
    }""")
@ResponseExample(name = "success", body = """
    {
      "status": "success",
      "result": {
        "uuid": "INV-AAAA1111",
        "amount": 100,
        "currency": "USD",
        "status": "created",
        "link": "https://pay.acme.test/INV-AAAA1111",
        "coin": {"code": "USDT", "network": "TRC20"}
      }
    }""")
@ResponseExample(name = "refused-key", status = 401, outcome = ExampleOutcome.AUTHENTICATION_FAILED, body = """
    {"status": "error", "result": {"authorization": "Unauthorized request."}}""")
public interface AcmeV2CreateInvoice {

  @Request(description = "A request to create an Acme v2 invoice.")
  interface CreateInvoiceRequest {
    @Field(value = "shop_id", required = true, description = "Shop identifier")
    String shopId();

    @Field(value = "amount", required = true, description = "Amount to pay")
    @Range(min = "0", minExclusive = true)
    BigDecimal amount();

    @Field(value = "currency", defaultValue = "USD", description = "Currency of the amount")
    Currency currency();

    @Field(value = "order_id", description = "The shop's order reference")
    @MaxLength(64)
    String orderId();

    @Field(value = "email", description = "The payer's e-mail address")
    @Email
    String email();

    @Field(value = "options", description = "How the invoice is paid")
    Options options();
  }

  @WireObject(description = "How an invoice is paid.")
  interface Options {
    @Field(value = "time_to_pay", description = "How long the payer has")
    TimeToPay timeToPay();

    @Field(value = "period", description = "How often a recurring invoice repeats")
    Period period();

    @Field(value = "coins", description = "Coins the payer may pay with")
    List<Coin> coins();
  }

  @WireObject(description = "A duration in hours and minutes.")
  interface TimeToPay {
    @Field(value = "hours", description = "Hours")
    @Range(min = "0", max = "72")
    Integer hours();

    @Field(value = "minutes", description = "Minutes")
    @Range(min = "0", max = "59")
    Integer minutes();
  }

  @Response(description = "An Acme v2 invoice.")
  interface Invoice {
    @Field(value = "uuid", description = "Invoice identifier")
    String uuid();

    @Field(value = "amount", description = "Amount to pay")
    BigDecimal amount();

    @Field(value = "currency", description = "Currency of the amount")
    Currency currency();

    @Field(value = "status", description = "Invoice status")
    Status status();

    @Field(value = "link", description = "Payment page")
    String link();

    @Field(value = "coin", nullable = true, description = "Coin chosen for the payment")
    CoinInfo coin();
  }

  @WireObject(description = "A coin and its network.")
  interface CoinInfo {
    @Field(value = "code", description = "Coin code")
    String code();

    @Field(value = "network", description = "Network")
    String network();
  }

  @WireEnum(description = "Currencies of amounts.")
  enum Currency {
    USD,
    EUR,
    GBP
  }

  @WireEnum(description = "Repetition periods.")
  enum Period {
    @WireValue("month") MONTH,
    @WireValue("week") WEEK,
    @WireValue("day") DAY
  }

  @WireEnum(description = "Coins.")
  enum Coin {
    USDT_TRC20,
    BTC
  }

  @WireEnum(description = "Invoice statuses.")
  enum Status {
    @WireValue("created") CREATED,
    @WireValue("paid") PAID
  }
}
