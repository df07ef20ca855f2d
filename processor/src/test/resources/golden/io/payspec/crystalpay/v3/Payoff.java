package io.payspec.crystalpay.v3;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.payspec.runtime.json.Timestamps;
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

  @JsonProperty("rub_amount")
  private final BigDecimal rubAmount;

  @JsonProperty("receive_amount")
  private final BigDecimal receiveAmount;

  @JsonProperty("deduction_amount")
  private final BigDecimal deductionAmount;

  @JsonProperty("commission_amount")
  private final BigDecimal commissionAmount;

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

  /**
   * Creates the object from the values on the wire; Jackson calls it.
   */
  @JsonCreator
  Payoff(@JsonProperty("id") String id, @JsonProperty("state") String state,
      @JsonProperty("subtract_from") String subtractFrom, @JsonProperty("method") String method,
      @JsonProperty("amount_currency") String amountCurrency,
      @JsonProperty("amount") BigDecimal amount, @JsonProperty("rub_amount") BigDecimal rubAmount,
      @JsonProperty("receive_amount") BigDecimal receiveAmount,
      @JsonProperty("deduction_amount") BigDecimal deductionAmount,
      @JsonProperty("commission_amount") BigDecimal commissionAmount,
      @JsonProperty("wallet") String wallet, @JsonProperty("message") String message,
      @JsonProperty("callback_url") String callbackUrl, @JsonProperty("extra") String extra,
      @JsonProperty("created_at") String createdAt, @JsonProperty("final_at") String finalAt) {
    this.id = id;
    this.stateRaw = state;
    this.state = PayoffState.fromWire(stateRaw);
    this.subtractFromRaw = subtractFrom;
    this.subtractFrom = SubtractFrom.fromWire(subtractFromRaw);
    this.method = method;
    this.amountCurrency = amountCurrency;
    this.amount = amount;
    this.rubAmount = rubAmount;
    this.receiveAmount = receiveAmount;
    this.deductionAmount = deductionAmount;
    this.commissionAmount = commissionAmount;
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
   * @return the value, or {@code null} when the provider did not send it
   */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * Payoff amount in roubles (inferred from the example).
   *
   * <p>Wire name {@code rub_amount}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public BigDecimal rubAmount() {
    return rubAmount;
  }

  /**
   * Amount the recipient receives (inferred from the example).
   *
   * <p>Wire name {@code receive_amount}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public BigDecimal receiveAmount() {
    return receiveAmount;
  }

  /**
   * Amount deducted from the balance, fee included (inferred from the example).
   *
   * <p>Wire name {@code deduction_amount}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public BigDecimal deductionAmount() {
    return deductionAmount;
  }

  /**
   * Fee amount (inferred from the example).
   *
   * <p>Wire name {@code commission_amount}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public BigDecimal commissionAmount() {
    return commissionAmount;
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
   * @return the value, or {@code null} when the provider did not send it
   */
  public LocalDateTime createdAt() {
    return createdAt;
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
