package io.payspec.spec.nordpay;

import io.payspec.annotations.Decision;
import io.payspec.annotations.DecisionTopic;
import io.payspec.annotations.Field;
import io.payspec.annotations.Notification;
import io.payspec.annotations.Response;
import io.payspec.annotations.ResponseExample;
import io.payspec.annotations.SecretField;
import io.payspec.annotations.WireEnum;
import io.payspec.annotations.WireValue;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * NordPay "Postback Data" (provider-docs/nordpay-postback.en.md): the notification NordPay POSTs to an
 * invoice's or wallet's {@code postback_url} after each transaction, and, per its SDK, when an invoice
 * or wallet expires. No {@code @NotificationDelivery}: the page documents no retry schedule, timeout or
 * expected answer (the SDK's postback logs carry {@code attempt} and {@code max_attempts}, but no values).
 */
@Notification(
    provider = NordPay.class,
    version = "v1",
    name = "postback",
    description = "Sent to the invoice's or wallet's postback_url after each transaction (and, per the SDK, when an "
        + "invoice or wallet expires); authentic when postback_secret equals the secret on the merchant's profile.",
    source = "https://nord-3.gitbook.io/nord-api/postback/postback-data",
    lookup = "getInvoice",
    lookupField = "identifier",
    idField = "object_id")
@SecretField(field = "postback_secret", credential = "postback_secret")
@Decision(
    topic = DecisionTopic.FIELD_ADDED,
    field = "object_id",
    page = "the transaction postback names no invoice (only label, tx_id, tx_hash); the SDK's events carry "
        + "object_type, object_id, expires_at",
    chosen = "object_type, object_id and expires_at declared from the SDK (NordLLC/nordpay-python nordpay/models.py)",
    reason = "Without them an expiry event cannot be told apart or looked up; they are empty on transaction postbacks.")
@ResponseExample(
    name = "page",
    body = """
        {
          "postback_secret": "xxxxxxxx-xxxx-xxxx-xxxxxxxxxxxx",
          "postback_type": "transaction",
          "tx_id": 67890,
          "tx_hash": "abcdef1234567890",
          "tx_type": "invoice",
          "label": "Order #1234",
          "currency": "USDTBEP20",
          "amount": 1000.00,
          "amount_usd": 1000.00,
          "network_fee": 0.00,
          "network_fee_usd": 0.00,
          "service_fee": 5.00,
          "service_fee_usd": 5.00,
          "received_amount": 500.00,
          "received_amount_usd": 500.00,
          "status": "paid",
          "created_at": "2025-05-24T15:00:00Z"
        }""")
@ResponseExample(
    name = "sdk-invoice-expired",
    body = """
        {
          "postback_secret": "xxxxxxxx-xxxx-xxxx-xxxxxxxxxxxx",
          "postback_type": "invoice_expired",
          "object_type": "invoice",
          "object_id": 42,
          "status": "expired",
          "label": "Order #1234",
          "currency": "USDTBEP20",
          "received_amount": "0.0",
          "received_amount_usd": "0.0",
          "expires_at": "2025-05-24T15:30:00Z",
          "created_at": "2025-05-24T15:00:00Z"
        }""",
    note = "Not on the page: the shape of the SDK's tests (tests/test_webhook.py), money as strings as there.")
public interface NordPayV1Postback {

  @Response(description = "A NordPay postback, once its secret is verified.")
  @Decision(
      topic = DecisionTopic.FIELD_OMITTED,
      field = "postback_secret",
      page = "postback_secret: your postback secret from the profile page",
      chosen = "not a field of the typed notification",
      reason = "It is the secret itself: the verifier compares it and it is never kept or printed.")
  interface Postback {
    @Field(value = "postback_type", description = "Postback type (transaction, wallet_expired, invoice_expired)")
    PostbackType postbackType();

    @Field(value = "tx_id", nullable = true, description = "Internal transaction ID in our system")
    Long txId();

    @Field(value = "tx_hash", nullable = true, description = "On-chain transaction hash")
    String txHash();

    @Field(value = "tx_type", nullable = true,
        description = "invoice (payment to an invoice) or wallet (direct wallet transfer)")
    String txType();

    @Field(value = "object_type", nullable = true, description = "What expired: invoice or wallet (SDK; expiry events)")
    String objectType();

    @Field(value = "object_id", nullable = true, description = "Id of the invoice or wallet that expired (SDK; expiry events)")
    Long objectId();

    @Field(value = "label", nullable = true, description = "Your custom label passed in when creating the invoice or wallet")
    String label();

    @Field(value = "currency", nullable = true, description = "Currency code, e.g. USDTBEP20")
    String currency();

    @Field(value = "amount", nullable = true, description = "Amount in the original currency (before fees)")
    BigDecimal amount();

    @Field(value = "amount_usd", nullable = true,
        description = "USD equivalent at the time of invoice creation (for stablecoins this will typically match)")
    BigDecimal amountUsd();

    @Field(value = "network_fee", nullable = true, description = "Network fee of a currency")
    BigDecimal networkFee();

    @Field(value = "network_fee_usd", nullable = true, description = "USD equivalent of the network fee")
    BigDecimal networkFeeUsd();

    @Field(value = "service_fee", nullable = true, description = "Our service fee")
    BigDecimal serviceFee();

    @Field(value = "service_fee_usd", nullable = true, description = "USD equivalent of the service fee")
    BigDecimal serviceFeeUsd();

    @Field(value = "received_amount", nullable = true,
        description = "Amount received for all payments per invoice (For invoices only)")
    BigDecimal receivedAmount();

    @Field(value = "received_amount_usd", nullable = true, description = "USD equivalent of the net received amount")
    BigDecimal receivedAmountUsd();

    @Field(value = "receive_amount", nullable = true,
        description = "The SDK's spelling of received_amount (its tests send it instead)")
    @Decision(
        topic = DecisionTopic.FIELD_ADDED,
        page = "page: received_amount / received_amount_usd; SDK tests: receive_amount / receive_amount_usd",
        chosen = "both spellings declared, both nullable",
        reason = "Whichever the service sends, the amount is read; a shop checks both or, better, looks the invoice up.")
    BigDecimal receiveAmount();

    @Field(value = "receive_amount_usd", nullable = true, description = "The SDK's spelling of received_amount_usd")
    BigDecimal receiveAmountUsd();

    @Field(value = "status", nullable = true, description = "Transaction status. Possible values: paid, partially_paid")
    PostbackStatus status();

    @Field(value = "expires_at", nullable = true, description = "When the invoice or wallet expired (SDK; expiry events)")
    Instant expiresAt();

    @Field(value = "created_at", nullable = true, description = "ISO 8601 timestamp when the transaction was created")
    Instant createdAt();
  }

  @WireEnum(description = "Kind of postback.")
  enum PostbackType {
    @WireValue("transaction") TRANSACTION,
    @WireValue("invoice_expired") INVOICE_EXPIRED,
    @WireValue("wallet_expired") WALLET_EXPIRED
  }

  @WireEnum(description = "Status a postback reports.")
  @Decision(
      topic = DecisionTopic.ENUM_VALUES,
      page = "paid, partially_paid (page); expired (SDK's expiry events)",
      chosen = "paid, partially_paid, expired",
      reason = "The expiry events' status is expired; anything else reads as UNKNOWN with the raw value kept.")
  enum PostbackStatus {
    @WireValue("paid") PAID,
    @WireValue("partially_paid") PARTIALLY_PAID,
    @WireValue("expired") EXPIRED
  }
}
