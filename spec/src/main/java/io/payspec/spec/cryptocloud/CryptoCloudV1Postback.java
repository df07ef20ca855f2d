package io.payspec.spec.cryptocloud;

import io.payspec.annotations.Decision;
import io.payspec.annotations.DecisionTopic;
import io.payspec.annotations.Field;
import io.payspec.annotations.JwtSigned;
import io.payspec.annotations.Notification;
import io.payspec.annotations.NotificationEncoding;
import io.payspec.annotations.Response;
import io.payspec.annotations.ResponseExample;
import java.math.BigDecimal;

/**
 * CryptoCloud v1 "Automatic POSTBACK" (provider-docs/cryptocloud-v1-postback.en.md): the payment
 * notification of API v1, sent to the notification URL of the project's settings. No
 * {@code @NotificationDelivery}: the page documents no retry policy and no expected answer.
 */
@Notification(
    provider = CryptoCloud.class,
    version = "v1",
    name = "postback",
    description = "Sent to the project's notification URL after a successful payment (API v1); only the invoice "
        + "id is signed, so confirm the state with getInvoice before shipping.",
    source = "https://docs.cryptocloud.plus/en/api-reference-v1-old/postback",
    encodings = {NotificationEncoding.JSON, NotificationEncoding.FORM},
    lookup = "getInvoice",
    lookupField = "uuid",
    idField = "invoice_id",
    lookupIdPrefix = "INV-")
@JwtSigned(field = "token", credential = "secret_key", subjectClaim = "id", subjectField = "invoice_id",
    subjectPrefixes = {"INV-"}, lifetimeSeconds = 300)
@Decision(
    topic = DecisionTopic.TRANSPORT,
    page = "the v1 page shows a JSON handler only; the v2 page says JSON or form data is a project setting",
    chosen = "JSON and form data",
    reason = "The setting is the project's, not the API version's; reading both costs nothing and loses no order.")
@ResponseExample(
    name = "page",
    body = """
        {
           "status": "success",
           "invoice_id": "DZLF4212",
           "amount_crypto": 0.4567,
           "currency": "BTC",
           "order_id": "ORD99999",
           "token": "token"
        }""",
    note = "The page's example uses typographic quotes and a trailing comma and leaves out order_id and token; "
        + "written as JSON with the table's example values for those two.")
@Decision(
    topic = DecisionTopic.EXAMPLE,
    page = "{\"invoice_id\": “DZLF4212, \"currency\": “BTC“,} without order_id and token",
    chosen = "valid JSON, with order_id ORD99999 and a token the tests sign anew",
    reason = "The example is not JSON; the table lists order_id and token with these example values.")
public interface CryptoCloudV1Postback {

  @Response(description = "A CryptoCloud v1 payment notification, once its token is verified.")
  @Decision(
      topic = DecisionTopic.FIELD_OMITTED,
      field = "token",
      page = "token: the JWT signing the notification",
      chosen = "not a field of the typed notification",
      reason = "The verifier checks it before the notification is read; nothing after needs it.")
  @Decision(
      topic = DecisionTopic.TYPE,
      field = "currency",
      page = "currency: one of BTC, LTC, ETH, USDT_TRC20, USDT_ERC20, USDC_TRC20, USDC_ERC20, TUSD_TRC20, TUSD_ERC20",
      chosen = "String",
      reason = "v1 has no crypto-currency enum of its own and the list has grown on the v2 page; a text never "
          + "turns a real payment into an error.")
  interface Postback {
    @Field(value = "status", description = "Request execution status (\"success\")")
    String status();

    @Field(value = "invoice_id", description = "Unique payment identifier")
    String invoiceId();

    @Field(value = "amount_crypto", description = "Payment amount in cryptocurrency")
    BigDecimal amountCrypto();

    @Field(value = "currency", description = "Currency code")
    String currency();

    @Field(value = "order_id", description = "Store order identifier")
    String orderId();
  }
}
