package io.payspec.cryptocloud.v2;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The balance of the account in one currency.
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
@JsonPropertyOrder({"currency", "balance_crypto", "balance_usd", "available_balance", "available_balance_usd"})
public final class Balance {
  @JsonProperty("currency")
  private final WalletCurrency currency;

  @JsonProperty("balance_crypto")
  private final BigDecimal balanceCrypto;

  @JsonProperty("balance_usd")
  private final BigDecimal balanceUsd;

  @JsonProperty("available_balance")
  private final BigDecimal availableBalance;

  @JsonProperty("available_balance_usd")
  private final BigDecimal availableBalanceUsd;

  /**
   * Creates the object from the values on the wire; Jackson calls it.
   */
  @JsonCreator
  Balance(@JsonProperty("currency") WalletCurrency currency,
      @JsonProperty("balance_crypto") BigDecimal balanceCrypto,
      @JsonProperty("balance_usd") BigDecimal balanceUsd,
      @JsonProperty("available_balance") BigDecimal availableBalance,
      @JsonProperty("available_balance_usd") BigDecimal availableBalanceUsd) {
    this.currency = currency;
    this.balanceCrypto = balanceCrypto;
    this.balanceUsd = balanceUsd;
    this.availableBalance = availableBalance;
    this.availableBalanceUsd = availableBalanceUsd;
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
   * @return the value, or {@code null} when the provider did not send it
   */
  public BigDecimal balanceCrypto() {
    return balanceCrypto;
  }

  /**
   * Balance in USD at the exchange rate at the time of the request.
   *
   * <p>Wire name {@code balance_usd}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public BigDecimal balanceUsd() {
    return balanceUsd;
  }

  /**
   * Withdrawable balance in cryptocurrency.
   *
   * <p>Wire name {@code available_balance}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public BigDecimal availableBalance() {
    return availableBalance;
  }

  /**
   * Withdrawable balance in USD.
   *
   * <p>Wire name {@code available_balance_usd}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public BigDecimal availableBalanceUsd() {
    return availableBalanceUsd;
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
