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
 * A request to create a CrystalPay invoice (API v3).
 *
 * <p>Immutable; create it with {@link #builder()}. {@link Builder#build()} checks every documented rule and reports all violations at once.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@RequestJson
@JsonPropertyOrder({"amount", "type", "lifetime", "currency", "subtract_from", "required_method", "payer_details", "description", "extra", "redirect_url", "callback_url"})
public final class CreateInvoiceRequest {
  /**
   * What the provider uses when {@code currency} is not sent: {@code RUB}.
   */
  public static final String DEFAULT_CURRENCY = "RUB";

  /**
   * What the provider uses when {@code subtract_from} is not sent: {@code amount}.
   */
  public static final SubtractFrom DEFAULT_SUBTRACT_FROM = SubtractFrom.fromWire("amount");

  private final BigDecimal amount;

  private final InvoiceType type;

  private final Integer lifetime;

  private final String currency;

  private final SubtractFrom subtractFrom;

  private final String requiredMethod;

  private final PayerDetails payerDetails;

  private final String description;

  private final String extra;

  private final String redirectUrl;

  private final String callbackUrl;

  private final boolean checkedByBuild;

  private CreateInvoiceRequest(Builder builder, boolean checkedByBuild) {
    this.amount = builder.amount;
    this.type = builder.type;
    this.lifetime = builder.lifetime;
    this.currency = builder.currency;
    this.subtractFrom = builder.subtractFrom;
    this.requiredMethod = builder.requiredMethod;
    this.payerDetails = builder.payerDetails;
    this.description = builder.description;
    this.extra = builder.extra;
    this.redirectUrl = builder.redirectUrl;
    this.callbackUrl = builder.callbackUrl;
    this.checkedByBuild = checkedByBuild;
  }

  /**
   * Invoice amount.
   *
   * <p>Wire name {@code amount}; required; greater than 0.
   *
   * <p>Departs from the page: <em>page:</em> number, no bounds; <em>chosen:</em> greater than 0; <em>because</em> An invoice for zero or less is meaningless.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("amount")
  public BigDecimal amount() {
    return amount;
  }

  /**
   * Invoice type.
   *
   * <p>Wire name {@code type}; required.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("type")
  public InvoiceType type() {
    return type;
  }

  /**
   * Invoice lifetime in minutes.
   *
   * <p>Wire name {@code lifetime}; required; at least 1; at most 4320.
   *
   * <p>Departs from the page: <em>page:</em> number of minutes, no bounds (the provider's older documentation: at most 4320); <em>chosen:</em> 1..4320; <em>because</em> The older documentation's maximum (3 days, README); a lifetime must be at least a minute.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("lifetime")
  public Integer lifetime() {
    return lifetime;
  }

  /**
   * Invoice currency, RUB by default (formerly amount_currency).
   *
   * <p>Wire name {@code currency}; provider default {@code RUB}.
   *
   * <p>Departs from the page: <em>page:</em> currency (formerly amount_currency); the SDKs still send amount_currency; <em>chosen:</em> currency only, a String; <em>because</em> The page says currency replaced amount_currency; it lists no currency codes, so no enum.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("currency")
  public String currency() {
    return currency;
  }

  /**
   * Where to deduct the fee from, amount by default.
   *
   * <p>Wire name {@code subtract_from}; provider default {@code amount}.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("subtract_from")
  public SubtractFrom subtractFrom() {
    return subtractFrom;
  }

  /**
   * Preset payment method; the payer cannot choose another.
   *
   * <p>Wire name {@code required_method}.
   *
   * <p>Departs from the page: <em>page:</em> string; the method codes are on the method pages; <em>chosen:</em> String; <em>because</em> No list of method codes is documented (the method/get page describes one method by its code).
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("required_method")
  public String requiredMethod() {
    return requiredMethod;
  }

  /**
   * Payer-related information: e-mail, etc.
   *
   * <p>Wire name {@code payer_details}.
   *
   * <p>Departs from the page: <em>page:</em> array, linked to a list of possible values (page not stored) named "Email etc."; the SDKs send an e-mail string; <em>chosen:</em> an object with the one key the page names, email; <em>because</em> An "array" with named values is a keyed (PHP) array, i.e. a JSON object; its other keys are left out until their documentation is available.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("payer_details")
  public PayerDetails payerDetails() {
    return payerDetails;
  }

  /**
   * Description or purpose.
   *
   * <p>Wire name {@code description}.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("description")
  public String description() {
    return description;
  }

  /**
   * Any data, e.g. the payment ID in your system.
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
   * Link to redirect to after payment.
   *
   * <p>Wire name {@code redirect_url}; an http(s) URL.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("redirect_url")
  public String redirectUrl() {
    return redirectUrl;
  }

  /**
   * Link to send the HTTP callback notification of payment to.
   *
   * <p>Wire name {@code callback_url}; an http(s) URL.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("callback_url")
  public String callbackUrl() {
    return callbackUrl;
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
    copy.amount = amount;
    copy.type = type;
    copy.lifetime = lifetime;
    copy.currency = currency;
    copy.subtractFrom = subtractFrom;
    copy.requiredMethod = requiredMethod;
    copy.payerDetails = payerDetails;
    copy.description = description;
    copy.extra = extra;
    copy.redirectUrl = redirectUrl;
    copy.callbackUrl = callbackUrl;
    return copy;
  }

  @JsonCreator
  static CreateInvoiceRequest fromJson(@JsonProperty("amount") BigDecimal amount,
      @JsonProperty("type") InvoiceType type, @JsonProperty("lifetime") Integer lifetime,
      @JsonProperty("currency") String currency,
      @JsonProperty("subtract_from") SubtractFrom subtractFrom,
      @JsonProperty("required_method") String requiredMethod,
      @JsonProperty("payer_details") PayerDetails payerDetails,
      @JsonProperty("description") String description, @JsonProperty("extra") String extra,
      @JsonProperty("redirect_url") String redirectUrl,
      @JsonProperty("callback_url") String callbackUrl) {
    // Jackson reads JSON with this, without checking rules; callers validate what they read.
    Builder builder = new Builder();
    builder.amount = amount;
    builder.type = type;
    builder.lifetime = lifetime;
    builder.currency = currency;
    builder.subtractFrom = subtractFrom;
    builder.requiredMethod = requiredMethod;
    builder.payerDetails = payerDetails;
    builder.description = description;
    builder.extra = extra;
    builder.redirectUrl = redirectUrl;
    builder.callbackUrl = callbackUrl;
    return new CreateInvoiceRequest(builder, false);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CreateInvoiceRequest that
        && Objects.equals(amount, that.amount)
        && Objects.equals(type, that.type)
        && Objects.equals(lifetime, that.lifetime)
        && Objects.equals(currency, that.currency)
        && Objects.equals(subtractFrom, that.subtractFrom)
        && Objects.equals(requiredMethod, that.requiredMethod)
        && Objects.equals(payerDetails, that.payerDetails)
        && Objects.equals(description, that.description)
        && Objects.equals(extra, that.extra)
        && Objects.equals(redirectUrl, that.redirectUrl)
        && Objects.equals(callbackUrl, that.callbackUrl);
  }

  @Override
  public int hashCode() {
    return Objects.hash(amount, type, lifetime, currency, subtractFrom, requiredMethod, payerDetails, description, extra, redirectUrl, callbackUrl);
  }

  @Override
  public String toString() {
    return "CreateInvoiceRequest{"
        + "amount=" + amount
        + ", type=" + type
        + ", lifetime=" + lifetime
        + ", currency=" + currency
        + ", subtract_from=" + subtractFrom
        + ", required_method=" + requiredMethod
        + ", payer_details=" + payerDetails
        + ", description=" + description
        + ", extra=" + extra
        + ", redirect_url=" + redirectUrl
        + ", callback_url=" + callbackUrl
        + "}";
  }

  /**
   * Builds {@link CreateInvoiceRequest}. Not thread-safe; each {@code build()} returns a new immutable object.
   */
  @Generated("io.payspec.processor.PayspecProcessor")
  public static final class Builder {
    private BigDecimal amount;

    private InvoiceType type;

    private Integer lifetime;

    private String currency;

    private SubtractFrom subtractFrom;

    private String requiredMethod;

    private PayerDetails payerDetails;

    private String description;

    private String extra;

    private String redirectUrl;

    private String callbackUrl;

    private Builder() {
    }

    /**
     * Invoice amount.
     *
     * <p>Wire name {@code amount}; required; greater than 0.
     *
     * <p>Departs from the page: <em>page:</em> number, no bounds; <em>chosen:</em> greater than 0; <em>because</em> An invoice for zero or less is meaningless.
     *
     * @param amount the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder amount(BigDecimal amount) {
      this.amount = amount;
      return this;
    }

    /**
     * Invoice type.
     *
     * <p>Wire name {@code type}; required.
     *
     * @param type the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder type(InvoiceType type) {
      this.type = type;
      return this;
    }

    /**
     * Invoice lifetime in minutes.
     *
     * <p>Wire name {@code lifetime}; required; at least 1; at most 4320.
     *
     * <p>Departs from the page: <em>page:</em> number of minutes, no bounds (the provider's older documentation: at most 4320); <em>chosen:</em> 1..4320; <em>because</em> The older documentation's maximum (3 days, README); a lifetime must be at least a minute.
     *
     * @param lifetime the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder lifetime(Integer lifetime) {
      this.lifetime = lifetime;
      return this;
    }

    /**
     * Invoice currency, RUB by default (formerly amount_currency).
     *
     * <p>Wire name {@code currency}; provider default {@code RUB}.
     *
     * <p>Departs from the page: <em>page:</em> currency (formerly amount_currency); the SDKs still send amount_currency; <em>chosen:</em> currency only, a String; <em>because</em> The page says currency replaced amount_currency; it lists no currency codes, so no enum.
     *
     * @param currency the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder currency(String currency) {
      this.currency = currency;
      return this;
    }

    /**
     * Where to deduct the fee from, amount by default.
     *
     * <p>Wire name {@code subtract_from}; provider default {@code amount}.
     *
     * @param subtractFrom the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder subtractFrom(SubtractFrom subtractFrom) {
      this.subtractFrom = subtractFrom;
      return this;
    }

    /**
     * Preset payment method; the payer cannot choose another.
     *
     * <p>Wire name {@code required_method}.
     *
     * <p>Departs from the page: <em>page:</em> string; the method codes are on the method pages; <em>chosen:</em> String; <em>because</em> No list of method codes is documented (the method/get page describes one method by its code).
     *
     * @param requiredMethod the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder requiredMethod(String requiredMethod) {
      this.requiredMethod = requiredMethod;
      return this;
    }

    /**
     * Payer-related information: e-mail, etc.
     *
     * <p>Wire name {@code payer_details}.
     *
     * <p>Departs from the page: <em>page:</em> array, linked to a list of possible values (page not stored) named "Email etc."; the SDKs send an e-mail string; <em>chosen:</em> an object with the one key the page names, email; <em>because</em> An "array" with named values is a keyed (PHP) array, i.e. a JSON object; its other keys are left out until their documentation is available.
     *
     * @param payerDetails the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder payerDetails(PayerDetails payerDetails) {
      this.payerDetails = payerDetails;
      return this;
    }

    /**
     * Description or purpose.
     *
     * <p>Wire name {@code description}.
     *
     * @param description the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * Any data, e.g. the payment ID in your system.
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
     * Link to redirect to after payment.
     *
     * <p>Wire name {@code redirect_url}; an http(s) URL.
     *
     * @param redirectUrl the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder redirectUrl(String redirectUrl) {
      this.redirectUrl = redirectUrl;
      return this;
    }

    /**
     * Link to send the HTTP callback notification of payment to.
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
      return Validator.validate(new CreateInvoiceRequest(this, false));
    }

    /**
     * Builds the request after checking every documented rule.
     *
     * @return the immutable request
     * @throws ValidationException listing every violation at once, each naming its wire path
     */
    public CreateInvoiceRequest build() {
      CreateInvoiceRequest request = new CreateInvoiceRequest(this, true);
      List<Violation> violations = Validator.violationsOf(request);
      if (!violations.isEmpty()) {
        throw new ValidationException("CrystalPay v3 createInvoice request", violations);
      }
      return request;
    }
  }

  /**
   * Checks a {@link CreateInvoiceRequest} against every rule CrystalPay documents for v3 createInvoice.
   */
  public static final class Validator {
    private static final BigDecimal AMOUNT_MIN = new BigDecimal("0");

    private static final BigDecimal LIFETIME_MIN = new BigDecimal("1");

    private static final BigDecimal LIFETIME_MAX = new BigDecimal("4320");

    private Validator() {
    }

    /**
     * Every violation of the request, in field order; empty when it is valid. A request made by
     * {@link CreateInvoiceRequest.Builder#build()} was checked there and, being immutable, is valid for good: it is not
     * checked again.
     *
     * @param request the request to check
     * @return the violations, each naming its wire path
     */
    public static List<Violation> validate(CreateInvoiceRequest request) {
      return request.checkedByBuild() ? List.of() : violationsOf(request);
    }

    static List<Violation> violationsOf(CreateInvoiceRequest request) {
      // Every violation of the request, however it was made; its builder checks with this.
      Violations violations = new Violations();
      check(request, violations);
      return violations.toList();
    }

    private static void check(CreateInvoiceRequest value, Violations violations) {
      violations.required("amount", value.amount());
      violations.range("amount", value.amount(), AMOUNT_MIN, true, null);
      violations.required("type", value.type());
      violations.known("type", value.type(), InvoiceType.knownWireValues());
      violations.required("lifetime", value.lifetime());
      violations.range("lifetime", value.lifetime(), LIFETIME_MIN, false, LIFETIME_MAX);
      violations.known("subtract_from", value.subtractFrom(), SubtractFrom.knownWireValues());
      violations.nested("payer_details", value.payerDetails(), Validator::check);
      violations.url("redirect_url", value.redirectUrl());
      violations.url("callback_url", value.callbackUrl());
    }

    private static void check(PayerDetails value, Violations violations) {
      violations.email("email", value.email());
    }
  }
}
