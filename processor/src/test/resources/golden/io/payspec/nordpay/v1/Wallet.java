package io.payspec.nordpay.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.payspec.runtime.json.ResponseJson;
import io.payspec.runtime.json.Timestamps;
import io.payspec.runtime.json.WireNumbers;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * A NordPay wallet: a payment address in one currency, valid until it expires.
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@ResponseJson
@JsonPropertyOrder({"id", "label", "postback_url", "currency", "address", "created_at", "expires_at", "status"})
public final class Wallet {
  @JsonProperty("id")
  private final Long id;

  private final String idRaw;

  @JsonProperty("label")
  private final String label;

  @JsonProperty("postback_url")
  private final String postbackUrl;

  @JsonProperty("currency")
  private final String currency;

  @JsonProperty("address")
  private final String address;

  @JsonProperty("created_at")
  private final String createdAtRaw;

  private final Instant createdAt;

  @JsonProperty("expires_at")
  private final String expiresAtRaw;

  private final Instant expiresAt;

  @JsonProperty("status")
  private final String statusRaw;

  private final WalletStatus status;

  @JsonCreator
  Wallet(@JsonProperty("id") @JsonDeserialize(using = WireNumbers.Int64.class) Object id,
      @JsonProperty("label") String label, @JsonProperty("postback_url") String postbackUrl,
      @JsonProperty("currency") String currency, @JsonProperty("address") String address,
      @JsonProperty("created_at") String createdAt, @JsonProperty("expires_at") String expiresAt,
      @JsonProperty("status") String status) {
    // Jackson creates the object with this, from the values on the wire.
    this.id = WireNumbers.value(id, Long.class);
    this.idRaw = WireNumbers.raw(id);
    this.label = label;
    this.postbackUrl = postbackUrl;
    this.currency = currency;
    this.address = address;
    this.createdAtRaw = createdAt;
    this.createdAt = Timestamps.isoInstant(createdAtRaw, "created_at");
    this.expiresAtRaw = expiresAt;
    this.expiresAt = Timestamps.isoInstant(expiresAtRaw, "expires_at");
    this.statusRaw = status;
    this.status = WalletStatus.fromWire(statusRaw);
  }

  /**
   * Wallet identifier.
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
   * Label of the wallet.
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
   * Currency of the wallet.
   *
   * <p>Wire name {@code currency}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String currency() {
    return currency;
  }

  /**
   * Address of the wallet.
   *
   * <p>Wire name {@code address}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String address() {
    return address;
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
   * Wallet status.
   *
   * <p>Wire name {@code status}; the provider may send {@code null}.
   *
   * <p>Departs from the page: <em>page:</em> no status on the create-wallet and wallet-transactions pages; <em>chosen:</em> nullable WalletStatus; <em>because</em> Live responses carry "status": "active" (the SDK's fixture wallets_create.json and Wallet model).
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<WalletStatus> status() {
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

  @Override
  public boolean equals(Object other) {
    return other instanceof Wallet that
        && Objects.equals(id, that.id)
        && Objects.equals(label, that.label)
        && Objects.equals(postbackUrl, that.postbackUrl)
        && Objects.equals(currency, that.currency)
        && Objects.equals(address, that.address)
        && Objects.equals(createdAtRaw, that.createdAtRaw)
        && Objects.equals(expiresAtRaw, that.expiresAtRaw)
        && Objects.equals(statusRaw, that.statusRaw);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, label, postbackUrl, currency, address, createdAtRaw, expiresAtRaw, statusRaw);
  }

  @Override
  public String toString() {
    return "Wallet{"
        + "id=" + id
        + ", label=" + label
        + ", postback_url=" + postbackUrl
        + ", currency=" + currency
        + ", address=" + address
        + ", created_at=" + createdAtRaw
        + ", expires_at=" + expiresAtRaw
        + ", status=" + statusRaw
        + "}";
  }
}
