package io.payspec.cryptocloud.v2;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.payspec.runtime.json.ResponseJson;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The created static wallet.
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@ResponseJson
@JsonPropertyOrder({"currency", "address", "uuid"})
public final class StaticWallet {
  @JsonProperty("currency")
  private final WalletCurrency currency;

  @JsonProperty("address")
  private final String address;

  @JsonProperty("uuid")
  private final String uuid;

  @JsonCreator
  StaticWallet(@JsonProperty("currency") WalletCurrency currency,
      @JsonProperty("address") String address, @JsonProperty("uuid") String uuid) {
    // Jackson creates the object with this, from the values on the wire.
    this.currency = currency;
    this.address = address;
    this.uuid = uuid;
  }

  /**
   * Currency of the wallet.
   *
   * <p>Wire name {@code currency}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public WalletCurrency currency() {
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
   * Identifier of the wallet: 32 letters and digits.
   *
   * <p>Wire name {@code uuid}.
   *
   * <p>Departs from the page: <em>page:</em> example 1K0NFXT9E1X3VOY07VY1LRV8XGMLQNQX; partyzanex/go-cryptocloud types it uuid.UUID; <em>chosen:</em> a String; <em>because</em> The page's value is 32 letters and digits, not an RFC 4122 UUID.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String uuid() {
    return uuid;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StaticWallet that
        && Objects.equals(currency, that.currency)
        && Objects.equals(address, that.address)
        && Objects.equals(uuid, that.uuid);
  }

  @Override
  public int hashCode() {
    return Objects.hash(currency, address, uuid);
  }

  @Override
  public String toString() {
    return "StaticWallet{"
        + "currency=" + currency
        + ", address=" + address
        + ", uuid=" + uuid
        + "}";
  }
}
