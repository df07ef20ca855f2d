package io.payspec.crystalpay.v3;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.payspec.runtime.json.ResponseJson;
import io.payspec.runtime.json.Timestamps;
import io.payspec.runtime.json.WireNumbers;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;

/**
 * A payoff with its state, amounts and recipient (API v3), next to the error flag and list.
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@ResponseJson
@JsonPropertyOrder({"id", "state", "subtract_from", "method", "amount_currency", "amount", "rub_amount", "receive_amount", "deduction_amount", "commission_amount", "wallet", "message", "callback_url", "extra", "created_at", "final_at"})
public final class Payoff {
  private static final DateTimeFormatter CREATED_AT_FORMAT = Timestamps.pattern("yyyy-MM-dd HH:mm:ss");

  private static final DateTimeFormatter FINAL_AT_FORMAT = Timestamps.pattern("yyyy-MM-dd HH:mm:ss");

  @JsonProperty("id")
  private final String id;

  @JsonProperty("state")
  private final String stateRaw;

  private final PayoffState state;

  @JsonProperty("subtract_from")
  private final String subtractFromRaw;

  private final SubtractFrom subtractFrom;

  @JsonProperty("method")
  private final String method;

  @JsonProperty("amount_currency")
  private final String amountCurrency;

  @JsonProperty("amount")
  private final BigDecimal amount;

  private final String amountRaw;

  @JsonProperty("rub_amount")
  private final BigDecimal rubAmount;

  private final String rubAmountRaw;

  @JsonProperty("receive_amount")
  private final BigDecimal receiveAmount;

  private final String receiveAmountRaw;

  @JsonProperty("deduction_amount")
  private final BigDecimal deductionAmount;

  private final String deductionAmountRaw;

  @JsonProperty("commission_amount")
  private final BigDecimal commissionAmount;

  private final String commissionAmountRaw;

  @JsonProperty("wallet")
  private final String wallet;

  @JsonProperty("message")
  private final String message;

  @JsonProperty("callback_url")
  private final String callbackUrl;

  @JsonProperty("extra")
  private final String extra;

  @JsonProperty("created_at")
  private final String createdAtRaw;

  private final LocalDateTime createdAt;

  @JsonProperty("final_at")
  private final String finalAtRaw;

  private final LocalDateTime finalAt;

  @JsonCreator
  Payoff(@JsonProperty("id") String id, @JsonProperty("state") String state,
      @JsonProperty("subtract_from") String subtractFrom, @JsonProperty("method") String method,
      @JsonProperty("amount_currency") String amountCurrency,
      @JsonProperty("amount") @JsonDeserialize(using = WireNumbers.Decimal.class) Object amount,
      @JsonProperty("rub_amount") @JsonDeserialize(using = WireNumbers.Decimal.class) Object rubAmount,
      @JsonProperty("receive_amount") @JsonDeserialize(using = WireNumbers.Decimal.class) Object receiveAmount,
      @JsonProperty("deduction_amount") @JsonDeserialize(using = WireNumbers.Decimal.class) Object deductionAmount,
      @JsonProperty("commission_amount") @JsonDeserialize(using = WireNumbers.Decimal.class) Object commissionAmount,
      @JsonProperty("wallet") String wallet, @JsonProperty("message") String message,
      @JsonProperty("callback_url") String callbackUrl, @JsonProperty("extra") String extra,
      @JsonProperty("created_at") String createdAt, @JsonProperty("final_at") String finalAt) {
    // Jackson creates the object with this, from the values on the wire.
    this.id = id;
    this.stateRaw = state;
    this.state = PayoffState.fromWire(stateRaw);
    this.subtractFromRaw = subtractFrom;
    this.subtractFrom = SubtractFrom.fromWire(subtractFromRaw);
    this.method = method;
    this.amountCurrency = amountCurrency;
    this.amount = WireNumbers.value(amount, BigDecimal.class);
    this.amountRaw = WireNumbers.raw(amount);
    this.rubAmount = WireNumbers.value(rubAmount, BigDecimal.class);
    this.rubAmountRaw = WireNumbers.raw(rubAmount);
    this.receiveAmount = WireNumbers.value(receiveAmount, BigDecimal.class);
    this.receiveAmountRaw = WireNumbers.raw(receiveAmount);
    this.deductionAmount = WireNumbers.value(deductionAmount, BigDecimal.class);
    this.deductionAmountRaw = WireNumbers.raw(deductionAmount);
    this.commissionAmount = WireNumbers.value(commissionAmount, BigDecimal.class);
    this.commissionAmountRaw = WireNumbers.raw(commissionAmount);
    this.wallet = wallet;
    this.message = message;
    this.callbackUrl = callbackUrl;
    this.extra = extra;
    this.createdAtRaw = createdAt;
    this.createdAt = Timestamps.localDateTime(createdAtRaw, CREATED_AT_FORMAT, "created_at");
    this.finalAtRaw = finalAt;
    this.finalAt = Timestamps.localDateTime(finalAtRaw, FINAL_AT_FORMAT, "final_at");
  }

  /**
   * Payoff ID.
   *
   * <p>Wire name {@code id}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String id() {
    return id;
  }

  /**
   * Payoff state.
   *
   * <p>Wire name {@code state}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public PayoffState state() {
    return state;
  }

  /**
   * The wire value of {@code state} exactly as received, also when undocumented.
   *
   * @return the raw value, or {@code null} when absent
   */
  public String stateRaw() {
    return stateRaw;
  }

  /**
   * Where the fee is deducted from.
   *
   * <p>Wire name {@code subtract_from}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public SubtractFrom subtractFrom() {
    return subtractFrom;
  }

  /**
   * The wire value of {@code subtract_from} exactly as received, also when undocumented.
   *
   * @return the raw value, or {@code null} when absent
   */
  public String subtractFromRaw() {
    return subtractFromRaw;
  }

  /**
   * Internal name of the method.
   *
   * <p>Wire name {@code method}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String method() {
    return method;
  }

  /**
   * Currency of the amount.
   *
   * <p>Wire name {@code amount_currency}.
   *
   * <p>Departs from the page: <em>page:</em> amount_currency (invoices renamed it currency; payoffs did not); <em>chosen:</em> amount_currency; <em>because</em> The payoff page's example and every SDK use amount_currency for payoffs.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String amountCurrency() {
    return amountCurrency;
  }

  /**
   * Payoff amount.
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
   * Payoff amount in roubles (inferred from the example).
   *
   * <p>Wire name {@code rub_amount}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code rubAmountRaw()} has it)
   */
  public BigDecimal rubAmount() {
    return rubAmount;
  }

  /**
   * The wire value of {@code rub_amount} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code rubAmount()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String rubAmountRaw() {
    return rubAmountRaw;
  }

  /**
   * Amount the recipient receives (inferred from the example).
   *
   * <p>Wire name {@code receive_amount}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code receiveAmountRaw()} has it)
   */
  public BigDecimal receiveAmount() {
    return receiveAmount;
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
   * Amount deducted from the balance, fee included (inferred from the example).
   *
   * <p>Wire name {@code deduction_amount}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code deductionAmountRaw()} has it)
   */
  public BigDecimal deductionAmount() {
    return deductionAmount;
  }

  /**
   * The wire value of {@code deduction_amount} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code deductionAmount()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String deductionAmountRaw() {
    return deductionAmountRaw;
  }

  /**
   * Fee amount (inferred from the example).
   *
   * <p>Wire name {@code commission_amount}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code commissionAmountRaw()} has it)
   */
  public BigDecimal commissionAmount() {
    return commissionAmount;
  }

  /**
   * The wire value of {@code commission_amount} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code commissionAmount()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String commissionAmountRaw() {
    return commissionAmountRaw;
  }

  /**
   * Recipient's details (wallet, account).
   *
   * <p>Wire name {@code wallet}; personal data, masked in {@code toString()} and messages.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String wallet() {
    return wallet;
  }

  /**
   * Message about the payoff, e.g. the transaction's link in a block explorer (inferred from the example).
   *
   * <p>Wire name {@code message}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  /**
   * Link the HTTP callback notification of the payoff is sent to.
   *
   * <p>Wire name {@code callback_url}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<String> callbackUrl() {
    return Optional.ofNullable(callbackUrl);
  }

  /**
   * Any data, e.g. the payoff ID in your system.
   *
   * <p>Wire name {@code extra}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<String> extra() {
    return Optional.ofNullable(extra);
  }

  /**
   * When the payoff was created.
   *
   * <p>Wire name {@code created_at}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code createdAtRaw()} has it)
   */
  public LocalDateTime createdAt() {
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
   * When the payoff reached its final state; null until then.
   *
   * <p>Wire name {@code final_at}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<LocalDateTime> finalAt() {
    return Optional.ofNullable(finalAt);
  }

  /**
   * The wire value of {@code final_at} exactly as received, also when in another format than the documented one.
   *
   * @return the raw value, or {@code null} when absent
   */
  public String finalAtRaw() {
    return finalAtRaw;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Payoff that
        && Objects.equals(id, that.id)
        && Objects.equals(stateRaw, that.stateRaw)
        && Objects.equals(subtractFromRaw, that.subtractFromRaw)
        && Objects.equals(method, that.method)
        && Objects.equals(amountCurrency, that.amountCurrency)
        && Objects.equals(amount, that.amount)
        && Objects.equals(rubAmount, that.rubAmount)
        && Objects.equals(receiveAmount, that.receiveAmount)
        && Objects.equals(deductionAmount, that.deductionAmount)
        && Objects.equals(commissionAmount, that.commissionAmount)
        && Objects.equals(wallet, that.wallet)
        && Objects.equals(message, that.message)
        && Objects.equals(callbackUrl, that.callbackUrl)
        && Objects.equals(extra, that.extra)
        && Objects.equals(createdAtRaw, that.createdAtRaw)
        && Objects.equals(finalAtRaw, that.finalAtRaw);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, stateRaw, subtractFromRaw, method, amountCurrency, amount, rubAmount, receiveAmount, deductionAmount, commissionAmount, wallet, message, callbackUrl, extra, createdAtRaw, finalAtRaw);
  }

  @Override
  public String toString() {
    return "Payoff{"
        + "id=" + id
        + ", state=" + stateRaw
        + ", subtract_from=" + subtractFromRaw
        + ", method=" + method
        + ", amount_currency=" + amountCurrency
        + ", amount=" + amount
        + ", rub_amount=" + rubAmount
        + ", receive_amount=" + receiveAmount
        + ", deduction_amount=" + deductionAmount
        + ", commission_amount=" + commissionAmount
        + ", wallet=" + (wallet == null ? "null" : "****")
        + ", message=" + message
        + ", callback_url=" + callbackUrl
        + ", extra=" + extra
        + ", created_at=" + createdAtRaw
        + ", final_at=" + finalAtRaw
        + "}";
  }
}
