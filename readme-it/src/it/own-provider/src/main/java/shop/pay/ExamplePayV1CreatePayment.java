package shop.pay;

import io.payspec.annotations.Endpoint;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.Errors;
import io.payspec.annotations.Field;
import io.payspec.annotations.MaxLength;
import io.payspec.annotations.Range;
import io.payspec.annotations.Request;
import io.payspec.annotations.Response;
import io.payspec.annotations.Timestamp;
import io.payspec.annotations.Url;
import io.payspec.annotations.WireEnum;
import io.payspec.annotations.WireValue;
import java.math.BigDecimal;
import java.time.Instant;

/** ExamplePay v1 "Create payment": {@code POST /v1/payments}. */
@Endpoint(
    provider = ExamplePay.class,
    version = "v1",
    operation = "createPayment",
    path = "/v1/payments",
    description = "Creates a payment and returns the page where the payer pays it.")
@Errors(ErrorShape.DETAIL)
public interface ExamplePayV1CreatePayment {

  @Request(description = "A payment to create.")
  interface CreatePaymentRequest {
    @Field(value = "amount", required = true, description = "Amount to pay")
    @Range(min = "0.01", max = "10000")
    BigDecimal amount();

    @Field(value = "coin", required = true, description = "Coin the payer pays with")
    Coin coin();

    @Field(value = "reference", description = "Your order reference")
    @MaxLength(64)
    String reference();

    @Field(value = "return_url", description = "Where the payer goes afterwards")
    @Url
    String returnUrl();
  }

  @Response(description = "The created payment.")
  interface Payment {
    @Field(value = "payment_id", description = "Payment identifier")
    String paymentId();

    @Field(value = "amount", description = "Amount to pay")
    BigDecimal amount();

    @Field(value = "state", description = "Payment state")
    State state();

    @Field(value = "created_at", description = "Creation time, UTC")
    @Timestamp(pattern = "yyyy-MM-dd HH:mm:ss", zone = "UTC")
    Instant createdAt();

    @Field(value = "pay_url", description = "Payment page", nullable = true)
    String payUrl();
  }

  @WireEnum(description = "Coins ExamplePay accepts.")
  enum Coin {
    BTC,
    ETH,
    USDT_TRC20
  }

  @WireEnum(description = "Payment states.")
  enum State {
    @WireValue("open")
    OPEN,
    @WireValue("paid")
    PAID
  }
}
