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
 * A transaction paying into a wallet; its source is the wallet.
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@ResponseJson
@JsonPropertyOrder({"id", "source_type", "source", "currency", "amount", "amount_usd", "network_fee", "network_fee_usd", "service_fee", "service_fee_usd", "tx_hash", "is_paid", "is_postback_sended", "created_at", "status", "is_postback_sent"})
public final class WalletTransaction {
  @JsonProperty("id")
  private final Long id;

  private final String idRaw;

  @JsonProperty("source_type")
  private final String sourceTypeRaw;

  private final TransactionSourceType sourceType;

  @JsonProperty("source")
  private final Wallet source;

  @JsonProperty("currency")
  private final Currency currency;

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

  @JsonProperty("tx_hash")
  private final String txHash;

  @JsonProperty("is_paid")
  private final Boolean isPaid;

  @JsonProperty("is_postback_sended")
  private final Boolean isPostbackSended;

  @JsonProperty("created_at")
  private final String createdAtRaw;

  private final Instant createdAt;

  @JsonProperty("status")
  private final String statusRaw;

  private final TransactionStatus status;

  @JsonProperty("is_postback_sent")
  private final Boolean isPostbackSent;

  @JsonCreator
  WalletTransaction(@JsonProperty("id") @JsonDeserialize(using = WireNumbers.Int64.class) Object id,
      @JsonProperty("source_type") String sourceType, @JsonProperty("source") Wallet source,
      @JsonProperty("currency") Currency currency,
      @JsonProperty("amount") @JsonDeserialize(using = WireNumbers.Decimal.class) Object amount,
      @JsonProperty("amount_usd") @JsonDeserialize(using = WireNumbers.Decimal.class) Object amountUsd,
      @JsonProperty("network_fee") @JsonDeserialize(using = WireNumbers.Decimal.class) Object networkFee,
      @JsonProperty("network_fee_usd") @JsonDeserialize(using = WireNumbers.Decimal.class) Object networkFeeUsd,
      @JsonProperty("service_fee") @JsonDeserialize(using = WireNumbers.Decimal.class) Object serviceFee,
      @JsonProperty("service_fee_usd") @JsonDeserialize(using = WireNumbers.Decimal.class) Object serviceFeeUsd,
      @JsonProperty("tx_hash") String txHash, @JsonProperty("is_paid") Boolean isPaid,
      @JsonProperty("is_postback_sended") Boolean isPostbackSended,
      @JsonProperty("created_at") String createdAt, @JsonProperty("status") String status,
      @JsonProperty("is_postback_sent") Boolean isPostbackSent) {
    // Jackson creates the object with this, from the values on the wire.
    this.id = WireNumbers.value(id, Long.class);
    this.idRaw = WireNumbers.raw(id);
    this.sourceTypeRaw = sourceType;
    this.sourceType = TransactionSourceType.fromWire(sourceTypeRaw);
    this.source = source;
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
    this.txHash = txHash;
    this.isPaid = isPaid;
    this.isPostbackSended = isPostbackSended;
    this.createdAtRaw = createdAt;
    this.createdAt = Timestamps.isoInstant(createdAtRaw, "created_at");
    this.statusRaw = status;
    this.status = TransactionStatus.fromWire(statusRaw);
    this.isPostbackSent = isPostbackSent;
  }

  /**
   * Transaction identifier.
   *
   * <p>Wire name {@code id}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code idRaw()} has it)
   */
  public Long id() {
    return id;
  }

  /**
   * The wire value of {@code id} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code id()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String idRaw() {
    return idRaw;
  }

  /**
   * What the transaction pays: wallet.
   *
   * <p>Wire name {@code source_type}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public TransactionSourceType sourceType() {
    return sourceType;
  }

  /**
   * The wire value of {@code source_type} exactly as received, also when undocumented.
   *
   * @return the raw value, or {@code null} when absent
   */
  public String sourceTypeRaw() {
    return sourceTypeRaw;
  }

  /**
   * The wallet the transaction pays into.
   *
   * <p>Wire name {@code source}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public Wallet source() {
    return source;
  }

  /**
   * Currency of the transaction.
   *
   * <p>Wire name {@code currency}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public Currency currency() {
    return currency;
  }

  /**
   * Amount of the transaction in its currency.
   *
   * <p>Wire name {@code amount}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code amountRaw()} has it)
   */
  public BigDecimal amount() {
    return amount;
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
   * Amount of the transaction in USD.
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
   * Network fee of the transaction.
   *
   * <p>Wire name {@code network_fee}; the provider may send {@code null}.
   *
   * <p>Departs from the page: <em>page:</em> shown with a value; <em>chosen:</em> nullable; <em>because</em> SDK 1.3.0: fee fields are null while a transaction is pending.
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
   * <p>Departs from the page: <em>page:</em> shown with a value; <em>chosen:</em> nullable; <em>because</em> SDK 1.3.0: fee fields are null while a transaction is pending.
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
   * Service fee of the transaction.
   *
   * <p>Wire name {@code service_fee}; the provider may send {@code null}.
   *
   * <p>Departs from the page: <em>page:</em> shown with a value; <em>chosen:</em> nullable; <em>because</em> SDK 1.3.0: fee fields are null while a transaction is pending.
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
   * <p>Departs from the page: <em>page:</em> shown with a value; <em>chosen:</em> nullable; <em>because</em> SDK 1.3.0: fee fields are null while a transaction is pending.
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
   * On-chain hash of the transaction.
   *
   * <p>Wire name {@code tx_hash}; the provider may send {@code null}.
   *
   * <p>Departs from the page: <em>page:</em> shown with a value; <em>chosen:</em> nullable; <em>because</em> SDK 1.3.0: tx_hash is null while a transaction is pending.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<String> txHash() {
    return Optional.ofNullable(txHash);
  }

  /**
   * Whether the transaction is paid.
   *
   * <p>Wire name {@code is_paid}; the provider may send {@code null}.
   *
   * <p>Departs from the page: <em>page:</em> shown with a value; <em>chosen:</em> nullable; <em>because</em> The SDK reads a status instead; a service sending only status must still read.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<Boolean> isPaid() {
    return Optional.ofNullable(isPaid);
  }

  /**
   * Whether the postback of the transaction was sent.
   *
   * <p>Wire name {@code is_postback_sended}; the provider may send {@code null}.
   *
   * <p>Departs from the page: <em>page:</em> is_postback_sended (sic), shown with a value; <em>chosen:</em> nullable, wire name as the page spells it; <em>because</em> The SDK reads is_postback_sent instead (also described, see is_postback_sent).
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<Boolean> isPostbackSended() {
    return Optional.ofNullable(isPostbackSended);
  }

  /**
   * Creation time of the transaction.
   *
   * <p>Wire name {@code created_at}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code createdAtRaw()} has it)
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * The wire value of {@code created_at} exactly as received, also when in another format than the documented one.
   *
   * @return the raw value, or {@code null} when absent
   */
  public String createdAtRaw() {
    return createdAtRaw;
  }

  /**
   * Status of the transaction.
   *
   * <p>Wire name {@code status}; the provider may send {@code null}.
   *
   * <p>Departs from the page: <em>page:</em> no status on the transactions pages (is_paid instead); <em>chosen:</em> nullable TransactionStatus; <em>because</em> The provider's SDK model Transaction reads status (pending, paid, cancelled, refunded) instead of is_paid, so the live service sends it.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<TransactionStatus> status() {
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
   * Whether the postback of the transaction was sent.
   *
   * <p>Wire name {@code is_postback_sent}; the provider may send {@code null}.
   *
   * <p>Departs from the page: <em>page:</em> is_postback_sended on the pages; <em>chosen:</em> also is_postback_sent, nullable; <em>because</em> The provider's SDK model reads is_postback_sent; whichever the service sends is kept.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<Boolean> isPostbackSent() {
    return Optional.ofNullable(isPostbackSent);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WalletTransaction that
        && Objects.equals(id, that.id)
        && Objects.equals(sourceTypeRaw, that.sourceTypeRaw)
        && Objects.equals(source, that.source)
        && Objects.equals(currency, that.currency)
        && Objects.equals(amount, that.amount)
        && Objects.equals(amountUsd, that.amountUsd)
        && Objects.equals(networkFee, that.networkFee)
        && Objects.equals(networkFeeUsd, that.networkFeeUsd)
        && Objects.equals(serviceFee, that.serviceFee)
        && Objects.equals(serviceFeeUsd, that.serviceFeeUsd)
        && Objects.equals(txHash, that.txHash)
        && Objects.equals(isPaid, that.isPaid)
        && Objects.equals(isPostbackSended, that.isPostbackSended)
        && Objects.equals(createdAtRaw, that.createdAtRaw)
        && Objects.equals(statusRaw, that.statusRaw)
        && Objects.equals(isPostbackSent, that.isPostbackSent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, sourceTypeRaw, source, currency, amount, amountUsd, networkFee, networkFeeUsd, serviceFee, serviceFeeUsd, txHash, isPaid, isPostbackSended, createdAtRaw, statusRaw, isPostbackSent);
  }

  @Override
  public String toString() {
    return "WalletTransaction{"
        + "id=" + id
        + ", source_type=" + sourceTypeRaw
        + ", source=" + source
        + ", currency=" + currency
        + ", amount=" + amount
        + ", amount_usd=" + amountUsd
        + ", network_fee=" + networkFee
        + ", network_fee_usd=" + networkFeeUsd
        + ", service_fee=" + serviceFee
        + ", service_fee_usd=" + serviceFeeUsd
        + ", tx_hash=" + txHash
        + ", is_paid=" + isPaid
        + ", is_postback_sended=" + isPostbackSended
        + ", created_at=" + createdAtRaw
        + ", status=" + statusRaw
        + ", is_postback_sent=" + isPostbackSent
        + "}";
  }
}
