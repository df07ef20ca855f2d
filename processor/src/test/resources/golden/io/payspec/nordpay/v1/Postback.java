package io.payspec.nordpay.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.payspec.runtime.json.ResponseJson;
import io.payspec.runtime.json.Timestamps;
import io.payspec.runtime.json.WireNumbers;
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
@ResponseJson
@JsonPropertyOrder({"postback_type", "tx_id", "tx_hash", "tx_type", "object_type", "object_id", "label", "currency", "amount", "amount_usd", "network_fee", "network_fee_usd", "service_fee", "service_fee_usd", "received_amount", "received_amount_usd", "receive_amount", "receive_amount_usd", "status", "expires_at", "created_at"})
public final class Postback {
  @JsonProperty("postback_type")
  private final String postbackTypeRaw;

  private final PostbackType postbackType;

  @JsonProperty("tx_id")
  private final Long txId;

  private final String txIdRaw;

  @JsonProperty("tx_hash")
  private final String txHash;

  @JsonProperty("tx_type")
  private final String txType;

  @JsonProperty("object_type")
  private final String objectType;

  @JsonProperty("object_id")
  private final Long objectId;

  private final String objectIdRaw;

  @JsonProperty("label")
  private final String label;

  @JsonProperty("currency")
  private final String currency;

  @JsonProperty("amount")
  private final BigDecimal amount;

  private final String amountRaw;

  @JsonProperty("amount_usd")
  private final BigDecimal amountUsd;

  private final String amountUsdRaw;

  @JsonProperty("network_fee")
  private final BigDecimal networkFee;

  private final String networkFeeRaw;

  @JsonProperty("network_fee_usd")
  private final BigDecimal networkFeeUsd;

  private final String networkFeeUsdRaw;

  @JsonProperty("service_fee")
  private final BigDecimal serviceFee;

  private final String serviceFeeRaw;

  @JsonProperty("service_fee_usd")
  private final BigDecimal serviceFeeUsd;

  private final String serviceFeeUsdRaw;

  @JsonProperty("received_amount")
  private final BigDecimal receivedAmount;

  private final String receivedAmountRaw;

  @JsonProperty("received_amount_usd")
  private final BigDecimal receivedAmountUsd;

  private final String receivedAmountUsdRaw;

  @JsonProperty("receive_amount")
  private final BigDecimal receiveAmount;

  private final String receiveAmountRaw;

  @JsonProperty("receive_amount_usd")
  private final BigDecimal receiveAmountUsd;

  private final String receiveAmountUsdRaw;

  @JsonProperty("status")
  private final String statusRaw;

  private final PostbackStatus status;

  @JsonProperty("expires_at")
  private final String expiresAtRaw;

  private final Instant expiresAt;

  @JsonProperty("created_at")
  private final String createdAtRaw;

  private final Instant createdAt;

  @JsonCreator
  Postback(@JsonProperty("postback_type") String postbackType,
      @JsonProperty("tx_id") @JsonDeserialize(using = WireNumbers.Int64.class) Object txId,
      @JsonProperty("tx_hash") String txHash, @JsonProperty("tx_type") String txType,
      @JsonProperty("object_type") String objectType,
      @JsonProperty("object_id") @JsonDeserialize(using = WireNumbers.Int64.class) Object objectId,
      @JsonProperty("label") String label, @JsonProperty("currency") String currency,
      @JsonProperty("amount") @JsonDeserialize(using = WireNumbers.Decimal.class) Object amount,
      @JsonProperty("amount_usd") @JsonDeserialize(using = WireNumbers.Decimal.class) Object amountUsd,
      @JsonProperty("network_fee") @JsonDeserialize(using = WireNumbers.Decimal.class) Object networkFee,
      @JsonProperty("network_fee_usd") @JsonDeserialize(using = WireNumbers.Decimal.class) Object networkFeeUsd,
      @JsonProperty("service_fee") @JsonDeserialize(using = WireNumbers.Decimal.class) Object serviceFee,
      @JsonProperty("service_fee_usd") @JsonDeserialize(using = WireNumbers.Decimal.class) Object serviceFeeUsd,
      @JsonProperty("received_amount") @JsonDeserialize(using = WireNumbers.Decimal.class) Object receivedAmount,
      @JsonProperty("received_amount_usd") @JsonDeserialize(using = WireNumbers.Decimal.class) Object receivedAmountUsd,
      @JsonProperty("receive_amount") @JsonDeserialize(using = WireNumbers.Decimal.class) Object receiveAmount,
      @JsonProperty("receive_amount_usd") @JsonDeserialize(using = WireNumbers.Decimal.class) Object receiveAmountUsd,
      @JsonProperty("status") String status, @JsonProperty("expires_at") String expiresAt,
      @JsonProperty("created_at") String createdAt) {
    // Jackson creates the object with this, from the values on the wire.
    this.postbackTypeRaw = postbackType;
    this.postbackType = PostbackType.fromWire(postbackTypeRaw);
    this.txId = WireNumbers.value(txId, Long.class);
    this.txIdRaw = WireNumbers.raw(txId);
    this.txHash = txHash;
    this.txType = txType;
    this.objectType = objectType;
    this.objectId = WireNumbers.value(objectId, Long.class);
    this.objectIdRaw = WireNumbers.raw(objectId);
    this.label = label;
    this.currency = currency;
    this.amount = WireNumbers.value(amount, BigDecimal.class);
    this.amountRaw = WireNumbers.raw(amount);
    this.amountUsd = WireNumbers.value(amountUsd, BigDecimal.class);
    this.amountUsdRaw = WireNumbers.raw(amountUsd);
    this.networkFee = WireNumbers.value(networkFee, BigDecimal.class);
    this.networkFeeRaw = WireNumbers.raw(networkFee);
    this.networkFeeUsd = WireNumbers.value(networkFeeUsd, BigDecimal.class);
    this.networkFeeUsdRaw = WireNumbers.raw(networkFeeUsd);
    this.serviceFee = WireNumbers.value(serviceFee, BigDecimal.class);
    this.serviceFeeRaw = WireNumbers.raw(serviceFee);
    this.serviceFeeUsd = WireNumbers.value(serviceFeeUsd, BigDecimal.class);
    this.serviceFeeUsdRaw = WireNumbers.raw(serviceFeeUsd);
    this.receivedAmount = WireNumbers.value(receivedAmount, BigDecimal.class);
    this.receivedAmountRaw = WireNumbers.raw(receivedAmount);
    this.receivedAmountUsd = WireNumbers.value(receivedAmountUsd, BigDecimal.class);
    this.receivedAmountUsdRaw = WireNumbers.raw(receivedAmountUsd);
    this.receiveAmount = WireNumbers.value(receiveAmount, BigDecimal.class);
    this.receiveAmountRaw = WireNumbers.raw(receiveAmount);
    this.receiveAmountUsd = WireNumbers.value(receiveAmountUsd, BigDecimal.class);
    this.receiveAmountUsdRaw = WireNumbers.raw(receiveAmountUsd);
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
   * @return the value, empty when the provider sent {@code null} or nothing, or a value in another format (then {@code txIdRaw()} has it)
   */
  public Optional<Long> txId() {
    return Optional.ofNullable(txId);
  }

  /**
   * The wire value of {@code tx_id} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code txId()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String txIdRaw() {
    return txIdRaw;
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
   * @return the value, empty when the provider sent {@code null} or nothing, or a value in another format (then {@code objectIdRaw()} has it)
   */
  public Optional<Long> objectId() {
    return Optional.ofNullable(objectId);
  }

  /**
   * The wire value of {@code object_id} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code objectId()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String objectIdRaw() {
    return objectIdRaw;
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
   * @return the value, empty when the provider sent {@code null} or nothing, or a value in another format (then {@code amountRaw()} has it)
   */
  public Optional<BigDecimal> amount() {
    return Optional.ofNullable(amount);
  }

  /**
   * The wire value of {@code amount} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code amount()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String amountRaw() {
    return amountRaw;
  }

  /**
   * USD equivalent at the time of invoice creation (for stablecoins this will typically match).
   *
   * <p>Wire name {@code amount_usd}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing, or a value in another format (then {@code amountUsdRaw()} has it)
   */
  public Optional<BigDecimal> amountUsd() {
    return Optional.ofNullable(amountUsd);
  }

  /**
   * The wire value of {@code amount_usd} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code amountUsd()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String amountUsdRaw() {
    return amountUsdRaw;
  }

  /**
   * Network fee of a currency.
   *
   * <p>Wire name {@code network_fee}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing, or a value in another format (then {@code networkFeeRaw()} has it)
   */
  public Optional<BigDecimal> networkFee() {
    return Optional.ofNullable(networkFee);
  }

  /**
   * The wire value of {@code network_fee} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code networkFee()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String networkFeeRaw() {
    return networkFeeRaw;
  }

  /**
   * USD equivalent of the network fee.
   *
   * <p>Wire name {@code network_fee_usd}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing, or a value in another format (then {@code networkFeeUsdRaw()} has it)
   */
  public Optional<BigDecimal> networkFeeUsd() {
    return Optional.ofNullable(networkFeeUsd);
  }

  /**
   * The wire value of {@code network_fee_usd} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code networkFeeUsd()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String networkFeeUsdRaw() {
    return networkFeeUsdRaw;
  }

  /**
   * Our service fee.
   *
   * <p>Wire name {@code service_fee}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing, or a value in another format (then {@code serviceFeeRaw()} has it)
   */
  public Optional<BigDecimal> serviceFee() {
    return Optional.ofNullable(serviceFee);
  }

  /**
   * The wire value of {@code service_fee} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code serviceFee()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String serviceFeeRaw() {
    return serviceFeeRaw;
  }

  /**
   * USD equivalent of the service fee.
   *
   * <p>Wire name {@code service_fee_usd}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing, or a value in another format (then {@code serviceFeeUsdRaw()} has it)
   */
  public Optional<BigDecimal> serviceFeeUsd() {
    return Optional.ofNullable(serviceFeeUsd);
  }

  /**
   * The wire value of {@code service_fee_usd} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code serviceFeeUsd()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String serviceFeeUsdRaw() {
    return serviceFeeUsdRaw;
  }

  /**
   * Amount received for all payments per invoice (For invoices only).
   *
   * <p>Wire name {@code received_amount}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing, or a value in another format (then {@code receivedAmountRaw()} has it)
   */
  public Optional<BigDecimal> receivedAmount() {
    return Optional.ofNullable(receivedAmount);
  }

  /**
   * The wire value of {@code received_amount} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code receivedAmount()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String receivedAmountRaw() {
    return receivedAmountRaw;
  }

  /**
   * USD equivalent of the net received amount.
   *
   * <p>Wire name {@code received_amount_usd}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing, or a value in another format (then {@code receivedAmountUsdRaw()} has it)
   */
  public Optional<BigDecimal> receivedAmountUsd() {
    return Optional.ofNullable(receivedAmountUsd);
  }

  /**
   * The wire value of {@code received_amount_usd} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code receivedAmountUsd()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String receivedAmountUsdRaw() {
    return receivedAmountUsdRaw;
  }

  /**
   * The SDK's spelling of received_amount (its tests send it instead).
   *
   * <p>Wire name {@code receive_amount}; the provider may send {@code null}.
   *
   * <p>Departs from the page: <em>page:</em> page: received_amount / received_amount_usd; SDK tests: receive_amount / receive_amount_usd; <em>chosen:</em> both spellings declared, both nullable; <em>because</em> Whichever the service sends, the amount is read; a shop checks both or, better, looks the invoice up.
   *
   * @return the value, empty when the provider sent {@code null} or nothing, or a value in another format (then {@code receiveAmountRaw()} has it)
   */
  public Optional<BigDecimal> receiveAmount() {
    return Optional.ofNullable(receiveAmount);
  }

  /**
   * The wire value of {@code receive_amount} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code receiveAmount()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String receiveAmountRaw() {
    return receiveAmountRaw;
  }

  /**
   * The SDK's spelling of received_amount_usd.
   *
   * <p>Wire name {@code receive_amount_usd}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing, or a value in another format (then {@code receiveAmountUsdRaw()} has it)
   */
  public Optional<BigDecimal> receiveAmountUsd() {
    return Optional.ofNullable(receiveAmountUsd);
  }

  /**
   * The wire value of {@code receive_amount_usd} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code receiveAmountUsd()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String receiveAmountUsdRaw() {
    return receiveAmountUsdRaw;
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
