package io.payspec.cryptocloud.v2;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.payspec.runtime.json.ResponseJson;
import io.payspec.runtime.json.WireNumbers;
import java.math.BigDecimal;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The balance of the account in one currency.
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@ResponseJson
@JsonPropertyOrder({"currency", "balance_crypto", "balance_usd", "available_balance", "available_balance_usd"})
public final class Balance {
  @JsonProperty("currency")
  private final WalletCurrency currency;

  @JsonProperty("balance_crypto")
  private final BigDecimal balanceCrypto;

  private final String balanceCryptoRaw;

  @JsonProperty("balance_usd")
  private final BigDecimal balanceUsd;

  private final String balanceUsdRaw;

  @JsonProperty("available_balance")
  private final BigDecimal availableBalance;

  private final String availableBalanceRaw;

  @JsonProperty("available_balance_usd")
  private final BigDecimal availableBalanceUsd;

  private final String availableBalanceUsdRaw;

  @JsonCreator
  Balance(@JsonProperty("currency") WalletCurrency currency,
      @JsonProperty("balance_crypto") @JsonDeserialize(using = WireNumbers.Decimal.class) Object balanceCrypto,
      @JsonProperty("balance_usd") @JsonDeserialize(using = WireNumbers.Decimal.class) Object balanceUsd,
      @JsonProperty("available_balance") @JsonDeserialize(using = WireNumbers.Decimal.class) Object availableBalance,
      @JsonProperty("available_balance_usd") @JsonDeserialize(using = WireNumbers.Decimal.class) Object availableBalanceUsd) {
    // Jackson creates the object with this, from the values on the wire.
    this.currency = currency;
    this.balanceCrypto = WireNumbers.value(balanceCrypto, BigDecimal.class);
    this.balanceCryptoRaw = WireNumbers.raw(balanceCrypto);
    this.balanceUsd = WireNumbers.value(balanceUsd, BigDecimal.class);
    this.balanceUsdRaw = WireNumbers.raw(balanceUsd);
    this.availableBalance = WireNumbers.value(availableBalance, BigDecimal.class);
    this.availableBalanceRaw = WireNumbers.raw(availableBalance);
    this.availableBalanceUsd = WireNumbers.value(availableBalanceUsd, BigDecimal.class);
    this.availableBalanceUsdRaw = WireNumbers.raw(availableBalanceUsd);
  }

  /**
   * Currency object associated with the balance.
   *
   * <p>Wire name {@code currency}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public WalletCurrency currency() {
    return currency;
  }

  /**
   * Balance in cryptocurrency.
   *
   * <p>Wire name {@code balance_crypto}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code balanceCryptoRaw()} has it)
   */
  public BigDecimal balanceCrypto() {
    return balanceCrypto;
  }

  /**
   * The wire value of {@code balance_crypto} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code balanceCrypto()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String balanceCryptoRaw() {
    return balanceCryptoRaw;
  }

  /**
   * Balance in USD at the exchange rate at the time of the request.
   *
   * <p>Wire name {@code balance_usd}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code balanceUsdRaw()} has it)
   */
  public BigDecimal balanceUsd() {
    return balanceUsd;
  }

  /**
   * The wire value of {@code balance_usd} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code balanceUsd()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String balanceUsdRaw() {
    return balanceUsdRaw;
  }

  /**
   * Withdrawable balance in cryptocurrency.
   *
   * <p>Wire name {@code available_balance}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code availableBalanceRaw()} has it)
   */
  public BigDecimal availableBalance() {
    return availableBalance;
  }

  /**
   * The wire value of {@code available_balance} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code availableBalance()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String availableBalanceRaw() {
    return availableBalanceRaw;
  }

  /**
   * Withdrawable balance in USD.
   *
   * <p>Wire name {@code available_balance_usd}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code availableBalanceUsdRaw()} has it)
   */
  public BigDecimal availableBalanceUsd() {
    return availableBalanceUsd;
  }

  /**
   * The wire value of {@code available_balance_usd} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code availableBalanceUsd()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String availableBalanceUsdRaw() {
    return availableBalanceUsdRaw;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Balance that
        && Objects.equals(currency, that.currency)
        && Objects.equals(balanceCrypto, that.balanceCrypto)
        && Objects.equals(balanceUsd, that.balanceUsd)
        && Objects.equals(availableBalance, that.availableBalance)
        && Objects.equals(availableBalanceUsd, that.availableBalanceUsd);
  }

  @Override
  public int hashCode() {
    return Objects.hash(currency, balanceCrypto, balanceUsd, availableBalance, availableBalanceUsd);
  }

  @Override
  public String toString() {
    return "Balance{"
        + "currency=" + currency
        + ", balance_crypto=" + balanceCrypto
        + ", balance_usd=" + balanceUsd
        + ", available_balance=" + availableBalance
        + ", available_balance_usd=" + availableBalanceUsd
        + "}";
  }
}
