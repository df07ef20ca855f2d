package io.payspec.nordpay.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.payspec.runtime.json.ResponseJson;
import io.payspec.runtime.json.WireNumbers;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * A currency and network as a transaction embeds it.
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@ResponseJson
@JsonPropertyOrder({"name", "token", "network", "contract", "decimals", "confirmations", "network_fee", "min_deposit"})
public final class Currency {
  @JsonProperty("name")
  private final String name;

  @JsonProperty("token")
  private final String token;

  @JsonProperty("network")
  private final String network;

  @JsonProperty("contract")
  private final String contract;

  @JsonProperty("decimals")
  private final Integer decimals;

  private final String decimalsRaw;

  @JsonProperty("confirmations")
  private final Integer confirmations;

  private final String confirmationsRaw;

  @JsonProperty("network_fee")
  private final BigDecimal networkFee;

  private final String networkFeeRaw;

  @JsonProperty("min_deposit")
  private final BigDecimal minDeposit;

  private final String minDepositRaw;

  @JsonCreator
  Currency(@JsonProperty("name") String name, @JsonProperty("token") String token,
      @JsonProperty("network") String network, @JsonProperty("contract") String contract,
      @JsonProperty("decimals") @JsonDeserialize(using = WireNumbers.Int.class) Object decimals,
      @JsonProperty("confirmations") @JsonDeserialize(using = WireNumbers.Int.class) Object confirmations,
      @JsonProperty("network_fee") @JsonDeserialize(using = WireNumbers.Decimal.class) Object networkFee,
      @JsonProperty("min_deposit") @JsonDeserialize(using = WireNumbers.Decimal.class) Object minDeposit) {
    // Jackson creates the object with this, from the values on the wire.
    this.name = name;
    this.token = token;
    this.network = network;
    this.contract = contract;
    this.decimals = WireNumbers.value(decimals, Integer.class);
    this.decimalsRaw = WireNumbers.raw(decimals);
    this.confirmations = WireNumbers.value(confirmations, Integer.class);
    this.confirmationsRaw = WireNumbers.raw(confirmations);
    this.networkFee = WireNumbers.value(networkFee, BigDecimal.class);
    this.networkFeeRaw = WireNumbers.raw(networkFee);
    this.minDeposit = WireNumbers.value(minDeposit, BigDecimal.class);
    this.minDepositRaw = WireNumbers.raw(minDeposit);
  }

  /**
   * Currency code, token and network, e.g. USDTBEP20.
   *
   * <p>Wire name {@code name}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String name() {
    return name;
  }

  /**
   * Token ticker, e.g. USDT.
   *
   * <p>Wire name {@code token}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String token() {
    return token;
  }

  /**
   * Network, e.g. BEP20.
   *
   * <p>Wire name {@code network}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String network() {
    return network;
  }

  /**
   * Contract address of the token.
   *
   * <p>Wire name {@code contract}; the provider may send {@code null}.
   *
   * <p>Departs from the page: <em>page:</em> shown with a value (a token); <em>chosen:</em> nullable; <em>because</em> The quickstart gives a contract address for tokens only; a network's own coin has none.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<String> contract() {
    return Optional.ofNullable(contract);
  }

  /**
   * Number of decimals of the currency.
   *
   * <p>Wire name {@code decimals}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code decimalsRaw()} has it)
   */
  public Integer decimals() {
    return decimals;
  }

  /**
   * The wire value of {@code decimals} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code decimals()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String decimalsRaw() {
    return decimalsRaw;
  }

  /**
   * Number of confirmations a payment needs.
   *
   * <p>Wire name {@code confirmations}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code confirmationsRaw()} has it)
   */
  public Integer confirmations() {
    return confirmations;
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
   * Network fee of the currency.
   *
   * <p>Wire name {@code network_fee}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code networkFeeRaw()} has it)
   */
  public BigDecimal networkFee() {
    return networkFee;
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
   * Minimum deposit in the currency.
   *
   * <p>Wire name {@code min_deposit}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code minDepositRaw()} has it)
   */
  public BigDecimal minDeposit() {
    return minDeposit;
  }

  /**
   * The wire value of {@code min_deposit} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code minDeposit()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String minDepositRaw() {
    return minDepositRaw;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Currency that
        && Objects.equals(name, that.name)
        && Objects.equals(token, that.token)
        && Objects.equals(network, that.network)
        && Objects.equals(contract, that.contract)
        && Objects.equals(decimals, that.decimals)
        && Objects.equals(confirmations, that.confirmations)
        && Objects.equals(networkFee, that.networkFee)
        && Objects.equals(minDeposit, that.minDeposit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, token, network, contract, decimals, confirmations, networkFee, minDeposit);
  }

  @Override
  public String toString() {
    return "Currency{"
        + "name=" + name
        + ", token=" + token
        + ", network=" + network
        + ", contract=" + contract
        + ", decimals=" + decimals
        + ", confirmations=" + confirmations
        + ", network_fee=" + networkFee
        + ", min_deposit=" + minDeposit
        + "}";
  }
}
