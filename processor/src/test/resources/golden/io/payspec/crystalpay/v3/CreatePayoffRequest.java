package io.payspec.crystalpay.v3;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.payspec.runtime.error.ValidationException;
import io.payspec.runtime.json.RequestJson;
import io.payspec.runtime.validation.Violation;
import io.payspec.runtime.validation.Violations;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * A request to create a CrystalPay payoff (API v3); the client computes its signature.
 *
 * <p>Immutable; create it with {@link #builder()}. {@link Builder#build()} checks every documented rule and reports all violations at once.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@RequestJson
@JsonPropertyOrder({"method", "wallet", "amount", "subtract_from", "amount_currency", "wallet_extra", "extra", "callback_url", "signature"})
public final class CreatePayoffRequest {
  private final String method;

  private final String wallet;

  private final BigDecimal amount;

  private final SubtractFrom subtractFrom;

  private final String amountCurrency;

  private final String walletExtra;

  private final String extra;

  private final String callbackUrl;

  private final String signature;

  private final boolean checkedByBuild;

  private CreatePayoffRequest(Builder builder, boolean checkedByBuild) {
    this.method = builder.method;
    this.wallet = builder.wallet;
    this.amount = builder.amount;
    this.subtractFrom = builder.subtractFrom;
    this.amountCurrency = builder.amountCurrency;
    this.walletExtra = builder.walletExtra;
    this.extra = builder.extra;
    this.callbackUrl = builder.callbackUrl;
    this.signature = builder.signature;
    this.checkedByBuild = checkedByBuild;
  }

  /**
   * Internal name of the method (ETHEREUM, USDTTRC, ...).
   *
   * <p>Wire name {@code method}; required.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("method")
  public String method() {
    return method;
  }

  /**
   * Recipient's details.
   *
   * <p>Wire name {@code wallet}; required; personal data, masked in {@code toString()} and messages.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("wallet")
  public String wallet() {
    return wallet;
  }

  /**
   * Payoff amount.
   *
   * <p>Wire name {@code amount}; required; greater than 0.
   *
   * <p>Departs from the page: <em>page:</em> no page; the SDKs type it int (pycrystalpay) or a number, no bounds; <em>chosen:</em> a decimal greater than 0; <em>because</em> A payoff of zero or less is meaningless; crypto payoffs are fractional (the payoff-info example pays out 0.0005 ETH), so not an int.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("amount")
  public BigDecimal amount() {
    return amount;
  }

  /**
   * Where to deduct the fee from.
   *
   * <p>Wire name {@code subtract_from}; required.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("subtract_from")
  public SubtractFrom subtractFrom() {
    return subtractFrom;
  }

  /**
   * Currency of the amount.
   *
   * <p>Wire name {@code amount_currency}.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("amount_currency")
  public String amountCurrency() {
    return amountCurrency;
  }

  /**
   * Additional information about the recipient's details.
   *
   * <p>Wire name {@code wallet_extra}; personal data, masked in {@code toString()} and messages.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("wallet_extra")
  public String walletExtra() {
    return walletExtra;
  }

  /**
   * Any data, e.g. the payoff ID in your system.
   *
   * <p>Wire name {@code extra}.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("extra")
  public String extra() {
    return extra;
  }

  /**
   * Link to send the HTTP callback notification of the payoff to.
   *
   * <p>Wire name {@code callback_url}; an http(s) URL.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("callback_url")
  public String callbackUrl() {
    return callbackUrl;
  }

  /**
   * SHA-1 (lower-case hex) of amount:method:wallet:salt, salt being the cash register's Salt key.
   *
   * <p>Wire name {@code signature}; required; computed by the client: the lower-case hex SHA-1 of {@code {amount}:{method}:{wallet}:{salt}}.
   *
   * <p>Departs from the page: <em>page:</em> no page gives the formula (the algorithm page is not stored); the official SDK (API v2) signs sha1(f"{amount}:{method}:{wallet}:{salt}"), pycrystalpay (v3) passes the same values in the same order; <em>chosen:</em> SHA-1 of amount:method:wallet:salt, the amount written as in the body; <em>because</em> The official SDK's formula, confirmed by a v3 SDK; the amount is hashed in the same text as sent so the service's check sees one value.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("signature")
  public String signature() {
    return signature;
  }

  boolean checkedByBuild() {
    // True for a request of Builder.build(), which checked every rule: being immutable, it obeys them
    // for good. False for one read from JSON or made by Builder.validate().
    return checkedByBuild;
  }

  /**
   * A new, empty builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this object's values, to derive a changed copy.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder copy = new Builder();
    copy.method = method;
    copy.wallet = wallet;
    copy.amount = amount;
    copy.subtractFrom = subtractFrom;
    copy.amountCurrency = amountCurrency;
    copy.walletExtra = walletExtra;
    copy.extra = extra;
    copy.callbackUrl = callbackUrl;
    copy.signature = signature;
    return copy;
  }

  @JsonCreator
  static CreatePayoffRequest fromJson(@JsonProperty("method") String method,
      @JsonProperty("wallet") String wallet, @JsonProperty("amount") BigDecimal amount,
      @JsonProperty("subtract_from") SubtractFrom subtractFrom,
      @JsonProperty("amount_currency") String amountCurrency,
      @JsonProperty("wallet_extra") String walletExtra, @JsonProperty("extra") String extra,
      @JsonProperty("callback_url") String callbackUrl,
      @JsonProperty("signature") String signature) {
    // Jackson reads JSON with this, without checking rules; callers validate what they read.
    Builder builder = new Builder();
    builder.method = method;
    builder.wallet = wallet;
    builder.amount = amount;
    builder.subtractFrom = subtractFrom;
    builder.amountCurrency = amountCurrency;
    builder.walletExtra = walletExtra;
    builder.extra = extra;
    builder.callbackUrl = callbackUrl;
    builder.signature = signature;
    return new CreatePayoffRequest(builder, false);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CreatePayoffRequest that
        && Objects.equals(method, that.method)
        && Objects.equals(wallet, that.wallet)
        && Objects.equals(amount, that.amount)
        && Objects.equals(subtractFrom, that.subtractFrom)
        && Objects.equals(amountCurrency, that.amountCurrency)
        && Objects.equals(walletExtra, that.walletExtra)
        && Objects.equals(extra, that.extra)
        && Objects.equals(callbackUrl, that.callbackUrl)
        && Objects.equals(signature, that.signature);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, wallet, amount, subtractFrom, amountCurrency, walletExtra, extra, callbackUrl, signature);
  }

  @Override
  public String toString() {
    return "CreatePayoffRequest{"
        + "method=" + method
        + ", wallet=" + (wallet == null ? "null" : "****")
        + ", amount=" + amount
        + ", subtract_from=" + subtractFrom
        + ", amount_currency=" + amountCurrency
        + ", wallet_extra=" + (walletExtra == null ? "null" : "****")
        + ", extra=" + extra
        + ", callback_url=" + callbackUrl
        + ", signature=" + signature
        + "}";
  }

  /**
   * Builds {@link CreatePayoffRequest}. Not thread-safe; each {@code build()} returns a new immutable object.
   */
  @Generated("io.payspec.processor.PayspecProcessor")
  public static final class Builder {
    private String method;

    private String wallet;

    private BigDecimal amount;

    private SubtractFrom subtractFrom;

    private String amountCurrency;

    private String walletExtra;

    private String extra;

    private String callbackUrl;

    private String signature;

    private Builder() {
    }

    /**
     * Internal name of the method (ETHEREUM, USDTTRC, ...).
     *
     * <p>Wire name {@code method}; required.
     *
     * @param method the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder method(String method) {
      this.method = method;
      return this;
    }

    /**
     * Recipient's details.
     *
     * <p>Wire name {@code wallet}; required; personal data, masked in {@code toString()} and messages.
     *
     * @param wallet the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder wallet(String wallet) {
      this.wallet = wallet;
      return this;
    }

    /**
     * Payoff amount.
     *
     * <p>Wire name {@code amount}; required; greater than 0.
     *
     * <p>Departs from the page: <em>page:</em> no page; the SDKs type it int (pycrystalpay) or a number, no bounds; <em>chosen:</em> a decimal greater than 0; <em>because</em> A payoff of zero or less is meaningless; crypto payoffs are fractional (the payoff-info example pays out 0.0005 ETH), so not an int.
     *
     * @param amount the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder amount(BigDecimal amount) {
      this.amount = amount;
      return this;
    }

    /**
     * Where to deduct the fee from.
     *
     * <p>Wire name {@code subtract_from}; required.
     *
     * @param subtractFrom the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder subtractFrom(SubtractFrom subtractFrom) {
      this.subtractFrom = subtractFrom;
      return this;
    }

    /**
     * Currency of the amount.
     *
     * <p>Wire name {@code amount_currency}.
     *
     * @param amountCurrency the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder amountCurrency(String amountCurrency) {
      this.amountCurrency = amountCurrency;
      return this;
    }

    /**
     * Additional information about the recipient's details.
     *
     * <p>Wire name {@code wallet_extra}; personal data, masked in {@code toString()} and messages.
     *
     * @param walletExtra the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder walletExtra(String walletExtra) {
      this.walletExtra = walletExtra;
      return this;
    }

    /**
     * Any data, e.g. the payoff ID in your system.
     *
     * <p>Wire name {@code extra}.
     *
     * @param extra the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder extra(String extra) {
      this.extra = extra;
      return this;
    }

    /**
     * Link to send the HTTP callback notification of the payoff to.
     *
     * <p>Wire name {@code callback_url}; an http(s) URL.
     *
     * @param callbackUrl the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder callbackUrl(String callbackUrl) {
      this.callbackUrl = callbackUrl;
      return this;
    }

    /**
     * Checks every documented rule against the values set so far, without throwing.
     *
     * @return every violation, each naming its wire path; empty when the request is valid
     */
    public List<Violation> validate() {
      return Validator.validate(new CreatePayoffRequest(this, false));
    }

    /**
     * Builds the request after checking every documented rule.
     *
     * @return the immutable request
     * @throws ValidationException listing every violation at once, each naming its wire path
     */
    public CreatePayoffRequest build() {
      CreatePayoffRequest request = new CreatePayoffRequest(this, true);
      List<Violation> violations = Validator.violationsOf(request);
      if (!violations.isEmpty()) {
        throw new ValidationException("CrystalPay v3 createPayoff request", violations);
      }
      return request;
    }
  }

  /**
   * Checks a {@link CreatePayoffRequest} against every rule CrystalPay documents for v3 createPayoff.
   */
  public static final class Validator {
    private static final BigDecimal AMOUNT_MIN = new BigDecimal("0");

    private Validator() {
    }

    /**
     * Every violation of the request, in field order; empty when it is valid. A request made by
     * {@link CreatePayoffRequest.Builder#build()} was checked there and, being immutable, is valid for good: it is not
     * checked again.
     *
     * @param request the request to check
     * @return the violations, each naming its wire path
     */
    public static List<Violation> validate(CreatePayoffRequest request) {
      return request.checkedByBuild() ? List.of() : violationsOf(request);
    }

    static List<Violation> violationsOf(CreatePayoffRequest request) {
      // Every violation of the request, however it was made; its builder checks with this.
      Violations violations = new Violations();
      check(request, violations);
      return violations.toList();
    }

    private static void check(CreatePayoffRequest value, Violations violations) {
      violations.required("method", value.method());
      violations.required("wallet", value.wallet());
      violations.required("amount", value.amount());
      violations.range("amount", value.amount(), AMOUNT_MIN, true, null);
      violations.required("subtract_from", value.subtractFrom());
      violations.known("subtract_from", value.subtractFrom(), SubtractFrom.knownWireValues());
      violations.url("callback_url", value.callbackUrl());
    }
  }
}
