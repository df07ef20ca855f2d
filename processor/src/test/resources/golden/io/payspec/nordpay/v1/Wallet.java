package io.payspec.nordpay.v1;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.payspec.runtime.json.Timestamps;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * A NordPay wallet: a payment address in one currency, valid until it expires.
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside.
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
@JsonPropertyOrder({"id", "label", "postback_url", "currency", "address", "created_at", "expires_at", "status"})
public final class Wallet {
  @JsonProperty("id")
  private final Long id;

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

  /**
   * Creates the object from the values on the wire; Jackson calls it.
   */
  @JsonCreator
  Wallet(@JsonProperty("id") Long id, @JsonProperty("label") String label,
      @JsonProperty("postback_url") String postbackUrl, @JsonProperty("currency") String currency,
      @JsonProperty("address") String address, @JsonProperty("created_at") String createdAt,
      @JsonProperty("expires_at") String expiresAt, @JsonProperty("status") String status) {
    this.id = id;
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
   * @return the value, or {@code null} when the provider did not send it
   */
  public Long id() {
    return id;
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
   * @return the value, or {@code null} when the provider did not send it
   */
  public Instant createdAt() {
    return createdAt;
  }

  /**
   * Expiration time.
   *
   * <p>Wire name {@code expires_at}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public Instant expiresAt() {
    return expiresAt;
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
