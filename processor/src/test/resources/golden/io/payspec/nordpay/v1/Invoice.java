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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * A NordPay invoice.
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@ResponseJson
@JsonPropertyOrder({"id", "uuid", "currency", "tx_hash", "address", "amount", "amount_usd", "confirmations", "created_at", "expires_at", "is_expired", "is_paid", "label", "postback_url", "success_url", "fail_url", "url", "status", "received_amount", "received_amount_usd", "allowed_currencies", "explorer_url"})
public final class Invoice {
  @JsonProperty("id")
  private final Long id;

  private final String idRaw;

  @JsonProperty("uuid")
  private final String uuid;

  @JsonProperty("currency")
  private final String currency;

  @JsonProperty("tx_hash")
  private final String txHash;

  @JsonProperty("address")
  private final String address;

  @JsonProperty("amount")
  private final BigDecimal amount;

  private final String amountRaw;

  @JsonProperty("amount_usd")
  private final BigDecimal amountUsd;

  private final String amountUsdRaw;

  @JsonProperty("confirmations")
  private final Integer confirmations;

  private final String confirmationsRaw;

  @JsonProperty("created_at")
  private final String createdAtRaw;

  private final Instant createdAt;

  @JsonProperty("expires_at")
  private final String expiresAtRaw;

  private final Instant expiresAt;

  @JsonProperty("is_expired")
  private final Boolean isExpired;

  @JsonProperty("is_paid")
  private final Boolean isPaid;

  @JsonProperty("label")
  private final String label;

  @JsonProperty("postback_url")
  private final String postbackUrl;

  @JsonProperty("success_url")
  private final String successUrl;

  @JsonProperty("fail_url")
  private final String failUrl;

  @JsonProperty("url")
  private final String url;

  @JsonProperty("status")
  private final String statusRaw;

  private final InvoiceStatus status;

  @JsonProperty("received_amount")
  private final BigDecimal receivedAmount;

  private final String receivedAmountRaw;

  @JsonProperty("received_amount_usd")
  private final BigDecimal receivedAmountUsd;

  private final String receivedAmountUsdRaw;

  @JsonProperty("allowed_currencies")
  private final List<String> allowedCurrencies;

  @JsonProperty("explorer_url")
  private final String explorerUrl;

  @JsonCreator
  Invoice(@JsonProperty("id") @JsonDeserialize(using = WireNumbers.Int64.class) Object id,
      @JsonProperty("uuid") String uuid, @JsonProperty("currency") String currency,
      @JsonProperty("tx_hash") String txHash, @JsonProperty("address") String address,
      @JsonProperty("amount") @JsonDeserialize(using = WireNumbers.Decimal.class) Object amount,
      @JsonProperty("amount_usd") @JsonDeserialize(using = WireNumbers.Decimal.class) Object amountUsd,
      @JsonProperty("confirmations") @JsonDeserialize(using = WireNumbers.Int.class) Object confirmations,
      @JsonProperty("created_at") String createdAt, @JsonProperty("expires_at") String expiresAt,
      @JsonProperty("is_expired") Boolean isExpired, @JsonProperty("is_paid") Boolean isPaid,
      @JsonProperty("label") String label, @JsonProperty("postback_url") String postbackUrl,
      @JsonProperty("success_url") String successUrl, @JsonProperty("fail_url") String failUrl,
      @JsonProperty("url") String url, @JsonProperty("status") String status,
      @JsonProperty("received_amount") @JsonDeserialize(using = WireNumbers.Decimal.class) Object receivedAmount,
      @JsonProperty("received_amount_usd") @JsonDeserialize(using = WireNumbers.Decimal.class) Object receivedAmountUsd,
      @JsonProperty("allowed_currencies") List<String> allowedCurrencies,
      @JsonProperty("explorer_url") String explorerUrl) {
    // Jackson creates the object with this, from the values on the wire.
    this.id = WireNumbers.value(id, Long.class);
    this.idRaw = WireNumbers.raw(id);
    this.uuid = uuid;
    this.currency = currency;
    this.txHash = txHash;
    this.address = address;
    this.amount = WireNumbers.value(amount, BigDecimal.class);
    this.amountRaw = WireNumbers.raw(amount);
    this.amountUsd = WireNumbers.value(amountUsd, BigDecimal.class);
    this.amountUsdRaw = WireNumbers.raw(amountUsd);
    this.confirmations = WireNumbers.value(confirmations, Integer.class);
    this.confirmationsRaw = WireNumbers.raw(confirmations);
    this.createdAtRaw = createdAt;
    this.createdAt = Timestamps.isoInstant(createdAtRaw, "created_at");
    this.expiresAtRaw = expiresAt;
    this.expiresAt = Timestamps.isoInstant(expiresAtRaw, "expires_at");
    this.isExpired = isExpired;
    this.isPaid = isPaid;
    this.label = label;
    this.postbackUrl = postbackUrl;
    this.successUrl = successUrl;
    this.failUrl = failUrl;
    this.url = url;
    this.statusRaw = status;
    this.status = InvoiceStatus.fromWire(statusRaw);
    this.receivedAmount = WireNumbers.value(receivedAmount, BigDecimal.class);
    this.receivedAmountRaw = WireNumbers.raw(receivedAmount);
    this.receivedAmountUsd = WireNumbers.value(receivedAmountUsd, BigDecimal.class);
    this.receivedAmountUsdRaw = WireNumbers.raw(receivedAmountUsd);
    this.allowedCurrencies = allowedCurrencies == null ? null : Collections.unmodifiableList(new ArrayList<>(allowedCurrencies));
    this.explorerUrl = explorerUrl;
  }

  /**
   * Invoice identifier.
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
   * Invoice UUID.
   *
   * <p>Wire name {@code uuid}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String uuid() {
    return uuid;
  }

  /**
   * Currency of the invoice.
   *
   * <p>Wire name {@code currency}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<String> currency() {
    return Optional.ofNullable(currency);
  }

  /**
   * Hash of the payment transaction.
   *
   * <p>Wire name {@code tx_hash}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<String> txHash() {
    return Optional.ofNullable(txHash);
  }

  /**
   * Payment address.
   *
   * <p>Wire name {@code address}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<String> address() {
    return Optional.ofNullable(address);
  }

  /**
   * Amount of the invoice in its currency.
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
   * Amount of the invoice in USD.
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
   * Number of confirmations of the payment transaction.
   *
   * <p>Wire name {@code confirmations}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing, or a value in another format (then {@code confirmationsRaw()} has it)
   */
  public Optional<Integer> confirmations() {
    return Optional.ofNullable(confirmations);
  }

  /**
   * The wire value of {@code confirmations} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code confirmations()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String confirmationsRaw() {
    return confirmationsRaw;
  }

  /**
   * Creation time.
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
   * Expiration time.
   *
   * <p>Wire name {@code expires_at}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code expiresAtRaw()} has it)
   */
  public Instant expiresAt() {
    return expiresAt;
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
   * Whether the invoice has expired.
   *
   * <p>Wire name {@code is_expired}; the provider may send {@code null}.
   *
   * <p>Departs from the page: <em>page:</em> create page: always present; info and list pages: absent; <em>chosen:</em> nullable; <em>because</em> Live responses and the other pages carry status instead.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<Boolean> isExpired() {
    return Optional.ofNullable(isExpired);
  }

  /**
   * Whether the invoice has been paid.
   *
   * <p>Wire name {@code is_paid}; the provider may send {@code null}.
   *
   * <p>Departs from the page: <em>page:</em> create page: always present; info and list pages: absent; <em>chosen:</em> nullable; <em>because</em> Live responses and the other pages carry status instead.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<Boolean> isPaid() {
    return Optional.ofNullable(isPaid);
  }

  /**
   * Label of the invoice.
   *
   * <p>Wire name {@code label}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String label() {
    return label;
  }

  /**
   * Destination URL for sending post.
   *
   * <p>Wire name {@code postback_url}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<String> postbackUrl() {
    return Optional.ofNullable(postbackUrl);
  }

  /**
   * URL for the user after successful payment.
   *
   * <p>Wire name {@code success_url}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<String> successUrl() {
    return Optional.ofNullable(successUrl);
  }

  /**
   * URL for the user after failed payment.
   *
   * <p>Wire name {@code fail_url}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<String> failUrl() {
    return Optional.ofNullable(failUrl);
  }

  /**
   * Payment page URL of the invoice.
   *
   * <p>Wire name {@code url}.
   *
   * <p>Departs from the page: <em>page:</em> create page: present; info, list and transactions pages: absent; <em>chosen:</em> not nullable (absent in an info or list answer reads as null); <em>because</em> Every created invoice has a payment page; the getter stays as createInvoice callers use it.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String url() {
    return url;
  }

  /**
   * Invoice status.
   *
   * <p>Wire name {@code status}; the provider may send {@code null}.
   *
   * <p>Departs from the page: <em>page:</em> create page: no status; info, list and transactions pages: status ("paid"); <em>chosen:</em> nullable status on every invoice; <em>because</em> Live responses carry it next to or instead of is_paid / is_expired (README).
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<InvoiceStatus> status() {
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
   * Amount received for the invoice, in its currency.
   *
   * <p>Wire name {@code received_amount}; the provider may send {@code null}.
   *
   * <p>Departs from the page: <em>page:</em> create page: absent; info, list and transactions pages: received_amount; <em>chosen:</em> nullable; <em>because</em> Shown by every page but the create page.
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
   * USD equivalent of the amount received.
   *
   * <p>Wire name {@code received_amount_usd}; the provider may send {@code null}.
   *
   * <p>Departs from the page: <em>page:</em> create page: absent; info, list and transactions pages: received_amount_usd; <em>chosen:</em> nullable; <em>because</em> Shown by every page but the create page.
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
   * Currencies the payer may choose from, when the invoice was created with allowed_currencies.
   *
   * <p>Wire name {@code allowed_currencies}; the provider may send {@code null}.
   *
   * <p>Departs from the page: <em>page:</em> no page; the SDK's live fixture invoices_get.json carries it; <em>chosen:</em> nullable list of currency codes; <em>because</em> An invoice created with allowed_currencies has currency null until the payer chooses; this tells which codes it accepts.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<List<String>> allowedCurrencies() {
    return Optional.ofNullable(allowedCurrencies);
  }

  /**
   * Block explorer URL of the payment transaction.
   *
   * <p>Wire name {@code explorer_url}; the provider may send {@code null}.
   *
   * <p>Departs from the page: <em>page:</em> no page; the SDK's live fixture invoices_get.json carries it; <em>chosen:</em> nullable string; <em>because</em> Live responses carry it; reading it costs nothing when absent.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<String> explorerUrl() {
    return Optional.ofNullable(explorerUrl);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Invoice that
        && Objects.equals(id, that.id)
        && Objects.equals(uuid, that.uuid)
        && Objects.equals(currency, that.currency)
        && Objects.equals(txHash, that.txHash)
        && Objects.equals(address, that.address)
        && Objects.equals(amount, that.amount)
        && Objects.equals(amountUsd, that.amountUsd)
        && Objects.equals(confirmations, that.confirmations)
        && Objects.equals(createdAtRaw, that.createdAtRaw)
        && Objects.equals(expiresAtRaw, that.expiresAtRaw)
        && Objects.equals(isExpired, that.isExpired)
        && Objects.equals(isPaid, that.isPaid)
        && Objects.equals(label, that.label)
        && Objects.equals(postbackUrl, that.postbackUrl)
        && Objects.equals(successUrl, that.successUrl)
        && Objects.equals(failUrl, that.failUrl)
        && Objects.equals(url, that.url)
        && Objects.equals(statusRaw, that.statusRaw)
        && Objects.equals(receivedAmount, that.receivedAmount)
        && Objects.equals(receivedAmountUsd, that.receivedAmountUsd)
        && Objects.equals(allowedCurrencies, that.allowedCurrencies)
        && Objects.equals(explorerUrl, that.explorerUrl);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, uuid, currency, txHash, address, amount, amountUsd, confirmations, createdAtRaw, expiresAtRaw, isExpired, isPaid, label, postbackUrl, successUrl, failUrl, url, statusRaw, receivedAmount, receivedAmountUsd, allowedCurrencies, explorerUrl);
  }

  @Override
  public String toString() {
    return "Invoice{"
        + "id=" + id
        + ", uuid=" + uuid
        + ", currency=" + currency
        + ", tx_hash=" + txHash
        + ", address=" + address
        + ", amount=" + amount
        + ", amount_usd=" + amountUsd
        + ", confirmations=" + confirmations
        + ", created_at=" + createdAtRaw
        + ", expires_at=" + expiresAtRaw
        + ", is_expired=" + isExpired
        + ", is_paid=" + isPaid
        + ", label=" + label
        + ", postback_url=" + postbackUrl
        + ", success_url=" + successUrl
        + ", fail_url=" + failUrl
        + ", url=" + url
        + ", status=" + statusRaw
        + ", received_amount=" + receivedAmount
        + ", received_amount_usd=" + receivedAmountUsd
        + ", allowed_currencies=" + allowedCurrencies
        + ", explorer_url=" + explorerUrl
        + "}";
  }
}
