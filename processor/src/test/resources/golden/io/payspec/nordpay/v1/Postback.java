package io.payspec.nordpay.v1;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.payspec.runtime.json.Timestamps;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * A NordPay postback, once its secret is verified.
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@JsonAutoDetect(
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE
)
@JsonIgnoreProperties(
    ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"postback_type", "tx_id", "tx_hash", "tx_type", "object_type", "object_id", "label", "currency", "amount", "amount_usd", "network_fee", "network_fee_usd", "service_fee", "service_fee_usd", "received_amount", "received_amount_usd", "receive_amount", "receive_amount_usd", "status", "expires_at", "created_at"})
public final class Postback {
  @JsonProperty("postback_type")
  private final String postbackTypeRaw;

  private final PostbackType postbackType;

  @JsonProperty("tx_id")
  private final Long txId;

  @JsonProperty("tx_hash")
  private final String txHash;

  @JsonProperty("tx_type")
  private final String txType;

  @JsonProperty("object_type")
  private final String objectType;

  @JsonProperty("object_id")
  private final Long objectId;

  @JsonProperty("label")
  private final String label;

  @JsonProperty("currency")
  private final String currency;

  @JsonProperty("amount")
  private final BigDecimal amount;

  @JsonProperty("amount_usd")
  private final BigDecimal amountUsd;

  @JsonProperty("network_fee")
  private final BigDecimal networkFee;

  @JsonProperty("network_fee_usd")
  private final BigDecimal networkFeeUsd;

  @JsonProperty("service_fee")
  private final BigDecimal serviceFee;

  @JsonProperty("service_fee_usd")
  private final BigDecimal serviceFeeUsd;

  @JsonProperty("received_amount")
  private final BigDecimal receivedAmount;

  @JsonProperty("received_amount_usd")
  private final BigDecimal receivedAmountUsd;

  @JsonProperty("receive_amount")
  private final BigDecimal receiveAmount;

  @JsonProperty("receive_amount_usd")
  private final BigDecimal receiveAmountUsd;

  @JsonProperty("status")
  private final String statusRaw;

  private final PostbackStatus status;

  @JsonProperty("expires_at")
  private final String expiresAtRaw;

  private final Instant expiresAt;

  @JsonProperty("created_at")
  private final String createdAtRaw;

  private final Instant createdAt;

  /**
   * Creates the object from the values on the wire; Jackson calls it.
   */
  @JsonCreator
  Postback(@JsonProperty("postback_type") String postbackType, @JsonProperty("tx_id") Long txId,
      @JsonProperty("tx_hash") String txHash, @JsonProperty("tx_type") String txType,
      @JsonProperty("object_type") String objectType, @JsonProperty("object_id") Long objectId,
      @JsonProperty("label") String label, @JsonProperty("currency") String currency,
      @JsonProperty("amount") BigDecimal amount, @JsonProperty("amount_usd") BigDecimal amountUsd,
      @JsonProperty("network_fee") BigDecimal networkFee,
      @JsonProperty("network_fee_usd") BigDecimal networkFeeUsd,
      @JsonProperty("service_fee") BigDecimal serviceFee,
      @JsonProperty("service_fee_usd") BigDecimal serviceFeeUsd,
      @JsonProperty("received_amount") BigDecimal receivedAmount,
      @JsonProperty("received_amount_usd") BigDecimal receivedAmountUsd,
      @JsonProperty("receive_amount") BigDecimal receiveAmount,
      @JsonProperty("receive_amount_usd") BigDecimal receiveAmountUsd,
      @JsonProperty("status") String status, @JsonProperty("expires_at") String expiresAt,
      @JsonProperty("created_at") String createdAt) {
    this.postbackTypeRaw = postbackType;
    this.postbackType = PostbackType.fromWire(postbackTypeRaw);
    this.txId = txId;
    this.txHash = txHash;
    this.txType = txType;
    this.objectType = objectType;
    this.objectId = objectId;
    this.label = label;
    this.currency = currency;
    this.amount = amount;
    this.amountUsd = amountUsd;
    this.networkFee = networkFee;
    this.networkFeeUsd = networkFeeUsd;
    this.serviceFee = serviceFee;
    this.serviceFeeUsd = serviceFeeUsd;
    this.receivedAmount = receivedAmount;
    this.receivedAmountUsd = receivedAmountUsd;
    this.receiveAmount = receiveAmount;
    this.receiveAmountUsd = receiveAmountUsd;
    this.statusRaw = status;
    this.status = PostbackStatus.fromWire(statusRaw);
    this.expiresAtRaw = expiresAt;
    this.expiresAt = Timestamps.isoInstant(expiresAtRaw, "expires_at");
    this.createdAtRaw = createdAt;
    this.createdAt = Timestamps.isoInstant(createdAtRaw, "created_at");
  }

  /**
   * Postback type (transaction, wallet_expired, invoice_expired).
   *
   * <p>Wire name {@code postback_type}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public PostbackType postbackType() {
    return postbackType;
  }

  /**
   * The wire value of {@code postback_type} exactly as received, also when undocumented.
   *
   * @return the raw value, or {@code null} when absent
   */
  public String postbackTypeRaw() {
    return postbackTypeRaw;
  }

  /**
   * Internal transaction ID in our system.
   *
   * <p>Wire name {@code tx_id}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<Long> txId() {
    return Optional.ofNullable(txId);
  }

  /**
   * On-chain transaction hash.
   *
   * <p>Wire name {@code tx_hash}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<String> txHash() {
    return Optional.ofNullable(txHash);
  }

  /**
   * invoice (payment to an invoice) or wallet (direct wallet transfer).
   *
   * <p>Wire name {@code tx_type}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<String> txType() {
    return Optional.ofNullable(txType);
  }

  /**
   * What expired: invoice or wallet (SDK; expiry events).
   *
   * <p>Wire name {@code object_type}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<String> objectType() {
    return Optional.ofNullable(objectType);
  }

  /**
   * Id of the invoice or wallet that expired (SDK; expiry events).
   *
   * <p>Wire name {@code object_id}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<Long> objectId() {
    return Optional.ofNullable(objectId);
  }

  /**
   * Your custom label passed in when creating the invoice or wallet.
   *
   * <p>Wire name {@code label}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<String> label() {
    return Optional.ofNullable(label);
  }

  /**
   * Currency code, e.g. USDTBEP20.
   *
   * <p>Wire name {@code currency}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<String> currency() {
    return Optional.ofNullable(currency);
  }

  /**
   * Amount in the original currency (before fees).
   *
   * <p>Wire name {@code amount}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<BigDecimal> amount() {
    return Optional.ofNullable(amount);
  }

  /**
   * USD equivalent at the time of invoice creation (for stablecoins this will typically match).
   *
   * <p>Wire name {@code amount_usd}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<BigDecimal> amountUsd() {
    return Optional.ofNullable(amountUsd);
  }

  /**
   * Network fee of a currency.
   *
   * <p>Wire name {@code network_fee}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<BigDecimal> networkFee() {
    return Optional.ofNullable(networkFee);
  }

  /**
   * USD equivalent of the network fee.
   *
   * <p>Wire name {@code network_fee_usd}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<BigDecimal> networkFeeUsd() {
    return Optional.ofNullable(networkFeeUsd);
  }

  /**
   * Our service fee.
   *
   * <p>Wire name {@code service_fee}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<BigDecimal> serviceFee() {
    return Optional.ofNullable(serviceFee);
  }

  /**
   * USD equivalent of the service fee.
   *
   * <p>Wire name {@code service_fee_usd}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<BigDecimal> serviceFeeUsd() {
    return Optional.ofNullable(serviceFeeUsd);
  }

  /**
   * Amount received for all payments per invoice (For invoices only).
   *
   * <p>Wire name {@code received_amount}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<BigDecimal> receivedAmount() {
    return Optional.ofNullable(receivedAmount);
  }

  /**
   * USD equivalent of the net received amount.
   *
   * <p>Wire name {@code received_amount_usd}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<BigDecimal> receivedAmountUsd() {
    return Optional.ofNullable(receivedAmountUsd);
  }

  /**
   * The SDK's spelling of received_amount (its tests send it instead).
   *
   * <p>Wire name {@code receive_amount}; the provider may send {@code null}.
   *
   * <p>Departs from the page: <em>page:</em> page: received_amount / received_amount_usd; SDK tests: receive_amount / receive_amount_usd; <em>chosen:</em> both spellings declared, both nullable; <em>because</em> Whichever the service sends, the amount is read; a shop checks both or, better, looks the invoice up.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<BigDecimal> receiveAmount() {
    return Optional.ofNullable(receiveAmount);
  }

  /**
   * The SDK's spelling of received_amount_usd.
   *
   * <p>Wire name {@code receive_amount_usd}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<BigDecimal> receiveAmountUsd() {
    return Optional.ofNullable(receiveAmountUsd);
  }

  /**
   * Transaction status. Possible values: paid, partially_paid.
   *
   * <p>Wire name {@code status}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<PostbackStatus> status() {
    return Optional.ofNullable(status);
  }

  /**
   * The wire value of {@code status} exactly as received, also when undocumented.
   *
   * @return the raw value, or {@code null} when absent
   */
  public String statusRaw() {
    return statusRaw;
  }

  /**
   * When the invoice or wallet expired (SDK; expiry events).
   *
   * <p>Wire name {@code expires_at}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<Instant> expiresAt() {
    return Optional.ofNullable(expiresAt);
  }

  /**
   * The wire value of {@code expires_at} exactly as received, also when in another format than the documented one.
   *
   * @return the raw value, or {@code null} when absent
   */
  public String expiresAtRaw() {
    return expiresAtRaw;
  }

  /**
   * ISO 8601 timestamp when the transaction was created.
   *
   * <p>Wire name {@code created_at}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt);
  }

  /**
   * The wire value of {@code created_at} exactly as received, also when in another format than the documented one.
   *
   * @return the raw value, or {@code null} when absent
   */
  public String createdAtRaw() {
    return createdAtRaw;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Postback that
        && Objects.equals(postbackTypeRaw, that.postbackTypeRaw)
        && Objects.equals(txId, that.txId)
        && Objects.equals(txHash, that.txHash)
        && Objects.equals(txType, that.txType)
        && Objects.equals(objectType, that.objectType)
        && Objects.equals(objectId, that.objectId)
        && Objects.equals(label, that.label)
        && Objects.equals(currency, that.currency)
        && Objects.equals(amount, that.amount)
        && Objects.equals(amountUsd, that.amountUsd)
        && Objects.equals(networkFee, that.networkFee)
        && Objects.equals(networkFeeUsd, that.networkFeeUsd)
        && Objects.equals(serviceFee, that.serviceFee)
        && Objects.equals(serviceFeeUsd, that.serviceFeeUsd)
        && Objects.equals(receivedAmount, that.receivedAmount)
        && Objects.equals(receivedAmountUsd, that.receivedAmountUsd)
        && Objects.equals(receiveAmount, that.receiveAmount)
        && Objects.equals(receiveAmountUsd, that.receiveAmountUsd)
        && Objects.equals(statusRaw, that.statusRaw)
        && Objects.equals(expiresAtRaw, that.expiresAtRaw)
        && Objects.equals(createdAtRaw, that.createdAtRaw);
  }

  @Override
  public int hashCode() {
    return Objects.hash(postbackTypeRaw, txId, txHash, txType, objectType, objectId, label, currency, amount, amountUsd, networkFee, networkFeeUsd, serviceFee, serviceFeeUsd, receivedAmount, receivedAmountUsd, receiveAmount, receiveAmountUsd, statusRaw, expiresAtRaw, createdAtRaw);
  }

  @Override
  public String toString() {
    return "Postback{"
        + "postback_type=" + postbackTypeRaw
        + ", tx_id=" + txId
        + ", tx_hash=" + txHash
        + ", tx_type=" + txType
        + ", object_type=" + objectType
        + ", object_id=" + objectId
        + ", label=" + label
        + ", currency=" + currency
        + ", amount=" + amount
        + ", amount_usd=" + amountUsd
        + ", network_fee=" + networkFee
        + ", network_fee_usd=" + networkFeeUsd
        + ", service_fee=" + serviceFee
        + ", service_fee_usd=" + serviceFeeUsd
        + ", received_amount=" + receivedAmount
        + ", received_amount_usd=" + receivedAmountUsd
        + ", receive_amount=" + receiveAmount
        + ", receive_amount_usd=" + receiveAmountUsd
        + ", status=" + statusRaw
        + ", expires_at=" + expiresAtRaw
        + ", created_at=" + createdAtRaw
        + "}";
  }
}
