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
 * An invoice with its state, amounts and links (API v3), next to the error flag and list.
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@ResponseJson
@JsonPropertyOrder({"id", "url", "state", "type", "subtract_from", "method", "required_method", "rub_amount", "currency", "amount", "amount_currency", "initial_amount", "remaining_amount", "balance_amount", "commission_amount", "description", "redirect_url", "callback_url", "extra", "created_at", "expired_at", "final_at"})
public final class InvoiceInfo {
  private static final DateTimeFormatter CREATED_AT_FORMAT = Timestamps.pattern("yyyy-MM-dd HH:mm:ss");

  private static final DateTimeFormatter EXPIRED_AT_FORMAT = Timestamps.pattern("yyyy-MM-dd HH:mm:ss");

  private static final DateTimeFormatter FINAL_AT_FORMAT = Timestamps.pattern("yyyy-MM-dd HH:mm:ss");

  @JsonProperty("id")
  private final String id;

  @JsonProperty("url")
  private final String url;

  @JsonProperty("state")
  private final String stateRaw;

  private final InvoiceState state;

  @JsonProperty("type")
  private final String typeRaw;

  private final InvoiceType type;

  @JsonProperty("subtract_from")
  private final String subtractFromRaw;

  private final SubtractFrom subtractFrom;

  @JsonProperty("method")
  private final String method;

  @JsonProperty("required_method")
  private final String requiredMethod;

  @JsonProperty("rub_amount")
  private final BigDecimal rubAmount;

  private final String rubAmountRaw;

  @JsonProperty("currency")
  private final String currency;

  @JsonProperty("amount")
  private final BigDecimal amount;

  private final String amountRaw;

  @JsonProperty("amount_currency")
  private final String amountCurrency;

  @JsonProperty("initial_amount")
  private final BigDecimal initialAmount;

  private final String initialAmountRaw;

  @JsonProperty("remaining_amount")
  private final BigDecimal remainingAmount;

  private final String remainingAmountRaw;

  @JsonProperty("balance_amount")
  private final BigDecimal balanceAmount;

  private final String balanceAmountRaw;

  @JsonProperty("commission_amount")
  private final BigDecimal commissionAmount;

  private final String commissionAmountRaw;

  @JsonProperty("description")
  private final String description;

  @JsonProperty("redirect_url")
  private final String redirectUrl;

  @JsonProperty("callback_url")
  private final String callbackUrl;

  @JsonProperty("extra")
  private final String extra;

  @JsonProperty("created_at")
  private final String createdAtRaw;

  private final LocalDateTime createdAt;

  @JsonProperty("expired_at")
  private final String expiredAtRaw;

  private final LocalDateTime expiredAt;

  @JsonProperty("final_at")
  private final String finalAtRaw;

  private final LocalDateTime finalAt;

  @JsonCreator
  InvoiceInfo(@JsonProperty("id") String id, @JsonProperty("url") String url,
      @JsonProperty("state") String state, @JsonProperty("type") String type,
      @JsonProperty("subtract_from") String subtractFrom, @JsonProperty("method") String method,
      @JsonProperty("required_method") String requiredMethod,
      @JsonProperty("rub_amount") @JsonDeserialize(using = WireNumbers.Decimal.class) Object rubAmount,
      @JsonProperty("currency") String currency,
      @JsonProperty("amount") @JsonDeserialize(using = WireNumbers.Decimal.class) Object amount,
      @JsonProperty("amount_currency") String amountCurrency,
      @JsonProperty("initial_amount") @JsonDeserialize(using = WireNumbers.Decimal.class) Object initialAmount,
      @JsonProperty("remaining_amount") @JsonDeserialize(using = WireNumbers.Decimal.class) Object remainingAmount,
      @JsonProperty("balance_amount") @JsonDeserialize(using = WireNumbers.Decimal.class) Object balanceAmount,
      @JsonProperty("commission_amount") @JsonDeserialize(using = WireNumbers.Decimal.class) Object commissionAmount,
      @JsonProperty("description") String description,
      @JsonProperty("redirect_url") String redirectUrl,
      @JsonProperty("callback_url") String callbackUrl, @JsonProperty("extra") String extra,
      @JsonProperty("created_at") String createdAt, @JsonProperty("expired_at") String expiredAt,
      @JsonProperty("final_at") String finalAt) {
    // Jackson creates the object with this, from the values on the wire.
    this.id = id;
    this.url = url;
    this.stateRaw = state;
    this.state = InvoiceState.fromWire(stateRaw);
    this.typeRaw = type;
    this.type = InvoiceType.fromWire(typeRaw);
    this.subtractFromRaw = subtractFrom;
    this.subtractFrom = SubtractFrom.fromWire(subtractFromRaw);
    this.method = method;
    this.requiredMethod = requiredMethod;
    this.rubAmount = WireNumbers.value(rubAmount, BigDecimal.class);
    this.rubAmountRaw = WireNumbers.raw(rubAmount);
    this.currency = currency;
    this.amount = WireNumbers.value(amount, BigDecimal.class);
    this.amountRaw = WireNumbers.raw(amount);
    this.amountCurrency = amountCurrency;
    this.initialAmount = WireNumbers.value(initialAmount, BigDecimal.class);
    this.initialAmountRaw = WireNumbers.raw(initialAmount);
    this.remainingAmount = WireNumbers.value(remainingAmount, BigDecimal.class);
    this.remainingAmountRaw = WireNumbers.raw(remainingAmount);
    this.balanceAmount = WireNumbers.value(balanceAmount, BigDecimal.class);
    this.balanceAmountRaw = WireNumbers.raw(balanceAmount);
    this.commissionAmount = WireNumbers.value(commissionAmount, BigDecimal.class);
    this.commissionAmountRaw = WireNumbers.raw(commissionAmount);
    this.description = description;
    this.redirectUrl = redirectUrl;
    this.callbackUrl = callbackUrl;
    this.extra = extra;
    this.createdAtRaw = createdAt;
    this.createdAt = Timestamps.localDateTime(createdAtRaw, CREATED_AT_FORMAT, "created_at");
    this.expiredAtRaw = expiredAt;
    this.expiredAt = Timestamps.localDateTime(expiredAtRaw, EXPIRED_AT_FORMAT, "expired_at");
    this.finalAtRaw = finalAt;
    this.finalAt = Timestamps.localDateTime(finalAtRaw, FINAL_AT_FORMAT, "final_at");
  }

  /**
   * Invoice ID.
   *
   * <p>Wire name {@code id}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String id() {
    return id;
  }

  /**
   * Invoice payment link.
   *
   * <p>Wire name {@code url}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String url() {
    return url;
  }

  /**
   * Invoice state.
   *
   * <p>Wire name {@code state}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public InvoiceState state() {
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
   * Invoice type.
   *
   * <p>Wire name {@code type}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public InvoiceType type() {
    return type;
  }

  /**
   * The wire value of {@code type} exactly as received, also when undocumented.
   *
   * @return the raw value, or {@code null} when absent
   */
  public String typeRaw() {
    return typeRaw;
  }

  /**
   * Where the fee is deducted from (absent in older revisions of the page).
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
   * Payment method the invoice is paid with; null until one is chosen (inferred from the example).
   *
   * <p>Wire name {@code method}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<String> method() {
    return Optional.ofNullable(method);
  }

  /**
   * Preset payment method; the payer cannot choose another.
   *
   * <p>Wire name {@code required_method}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<String> requiredMethod() {
    return Optional.ofNullable(requiredMethod);
  }

  /**
   * Invoice amount in roubles.
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
   * Invoice currency.
   *
   * <p>Wire name {@code currency}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String currency() {
    return currency;
  }

  /**
   * Invoice amount in the currency of the currency field.
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
   * Invoice currency under its former name; the same value as currency (inferred from the example).
   *
   * <p>Wire name {@code amount_currency}.
   *
   * <p>Departs from the page: <em>page:</em> the create page says currency replaced amount_currency; this page's newest example sends both, the oldest only amount_currency; <em>chosen:</em> both fields, read as sent; <em>because</em> Invoices created before the rename, or answers of an older service revision, carry only amount_currency.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String amountCurrency() {
    return amountCurrency;
  }

  /**
   * Initial invoice amount (inferred from the example).
   *
   * <p>Wire name {@code initial_amount}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code initialAmountRaw()} has it)
   */
  public BigDecimal initialAmount() {
    return initialAmount;
  }

  /**
   * The wire value of {@code initial_amount} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code initialAmount()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String initialAmountRaw() {
    return initialAmountRaw;
  }

  /**
   * Amount still to be paid (inferred from the example).
   *
   * <p>Wire name {@code remaining_amount}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code remainingAmountRaw()} has it)
   */
  public BigDecimal remainingAmount() {
    return remainingAmount;
  }

  /**
   * The wire value of {@code remaining_amount} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code remainingAmount()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String remainingAmountRaw() {
    return remainingAmountRaw;
  }

  /**
   * Amount credited to the balance (inferred from the example).
   *
   * <p>Wire name {@code balance_amount}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code balanceAmountRaw()} has it)
   */
  public BigDecimal balanceAmount() {
    return balanceAmount;
  }

  /**
   * The wire value of {@code balance_amount} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code balanceAmount()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String balanceAmountRaw() {
    return balanceAmountRaw;
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
   * Description or purpose.
   *
   * <p>Wire name {@code description}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * Link to redirect to after payment.
   *
   * <p>Wire name {@code redirect_url}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<String> redirectUrl() {
    return Optional.ofNullable(redirectUrl);
  }

  /**
   * Link the HTTP callback notification of payment is sent to.
   *
   * <p>Wire name {@code callback_url}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<String> callbackUrl() {
    return Optional.ofNullable(callbackUrl);
  }

  /**
   * Any data, e.g. the payment ID in your system.
   *
   * <p>Wire name {@code extra}; the provider may send {@code null}.
   *
   * @return the value, empty when the provider sent {@code null} or nothing
   */
  public Optional<String> extra() {
    return Optional.ofNullable(extra);
  }

  /**
   * When the invoice was created.
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
   * When the invoice expires.
   *
   * <p>Wire name {@code expired_at}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code expiredAtRaw()} has it)
   */
  public LocalDateTime expiredAt() {
    return expiredAt;
  }

  /**
   * The wire value of {@code expired_at} exactly as received, also when in another format than the documented one.
   *
   * @return the raw value, or {@code null} when absent
   */
  public String expiredAtRaw() {
    return expiredAtRaw;
  }

  /**
   * When the invoice reached its final state; null until then.
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
    return other instanceof InvoiceInfo that
        && Objects.equals(id, that.id)
        && Objects.equals(url, that.url)
        && Objects.equals(stateRaw, that.stateRaw)
        && Objects.equals(typeRaw, that.typeRaw)
        && Objects.equals(subtractFromRaw, that.subtractFromRaw)
        && Objects.equals(method, that.method)
        && Objects.equals(requiredMethod, that.requiredMethod)
        && Objects.equals(rubAmount, that.rubAmount)
        && Objects.equals(currency, that.currency)
        && Objects.equals(amount, that.amount)
        && Objects.equals(amountCurrency, that.amountCurrency)
        && Objects.equals(initialAmount, that.initialAmount)
        && Objects.equals(remainingAmount, that.remainingAmount)
        && Objects.equals(balanceAmount, that.balanceAmount)
        && Objects.equals(commissionAmount, that.commissionAmount)
        && Objects.equals(description, that.description)
        && Objects.equals(redirectUrl, that.redirectUrl)
        && Objects.equals(callbackUrl, that.callbackUrl)
        && Objects.equals(extra, that.extra)
        && Objects.equals(createdAtRaw, that.createdAtRaw)
        && Objects.equals(expiredAtRaw, that.expiredAtRaw)
        && Objects.equals(finalAtRaw, that.finalAtRaw);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, url, stateRaw, typeRaw, subtractFromRaw, method, requiredMethod, rubAmount, currency, amount, amountCurrency, initialAmount, remainingAmount, balanceAmount, commissionAmount, description, redirectUrl, callbackUrl, extra, createdAtRaw, expiredAtRaw, finalAtRaw);
  }

  @Override
  public String toString() {
    return "InvoiceInfo{"
        + "id=" + id
        + ", url=" + url
        + ", state=" + stateRaw
        + ", type=" + typeRaw
        + ", subtract_from=" + subtractFromRaw
        + ", method=" + method
        + ", required_method=" + requiredMethod
        + ", rub_amount=" + rubAmount
        + ", currency=" + currency
        + ", amount=" + amount
        + ", amount_currency=" + amountCurrency
        + ", initial_amount=" + initialAmount
        + ", remaining_amount=" + remainingAmount
        + ", balance_amount=" + balanceAmount
        + ", commission_amount=" + commissionAmount
        + ", description=" + description
        + ", redirect_url=" + redirectUrl
        + ", callback_url=" + callbackUrl
        + ", extra=" + extra
        + ", created_at=" + createdAtRaw
        + ", expired_at=" + expiredAtRaw
        + ", final_at=" + finalAtRaw
        + "}";
  }
}
