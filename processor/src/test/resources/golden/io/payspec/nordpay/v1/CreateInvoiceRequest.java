package io.payspec.nordpay.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.payspec.runtime.CurrencyAmount;
import io.payspec.runtime.ImmutableLists;
import io.payspec.runtime.error.ValidationException;
import io.payspec.runtime.json.RequestJson;
import io.payspec.runtime.validation.Violation;
import io.payspec.runtime.validation.Violations;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * A request to create a NordPay invoice.
 *
 * <p>Immutable; create it with {@link #builder()}. {@link Builder#build()} checks every documented rule and reports all violations at once.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@RequestJson
@JsonPropertyOrder({"currency", "allowed_currencies", "amount", "expires_time", "label", "postback_url", "success_url", "fail_url"})
public final class CreateInvoiceRequest {
  private final String currency;

  private final List<String> allowedCurrencies;

  private final CurrencyAmount amount;

  private final Integer expiresTime;

  private final String label;

  private final String postbackUrl;

  private final String successUrl;

  private final String failUrl;

  private final boolean checkedByBuild;

  private CreateInvoiceRequest(Builder builder, boolean checkedByBuild) {
    this.currency = builder.currency;
    this.allowedCurrencies = builder.allowedCurrencies;
    this.amount = builder.amount;
    this.expiresTime = builder.expiresTime;
    this.label = builder.label;
    this.postbackUrl = builder.postbackUrl;
    this.successUrl = builder.successUrl;
    this.failUrl = builder.failUrl;
    this.checkedByBuild = checkedByBuild;
  }

  /**
   * Currency of the invoice, to lock it to a single currency (not with allowed_currencies).
   *
   * <p>Wire name {@code currency}.
   *
   * <p>Departs from the page: <em>page:</em> string, linked to a currencies page that was not exported (example: USDTBEP20); <em>chosen:</em> String, no enum; <em>because</em> The list of codes is not on any page we have and changes with the provider's offer; the service answers "Currency does not exist" for an unknown code.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("currency")
  public String currency() {
    return currency;
  }

  /**
   * List of currencies the payer may choose from, at least two (not with currency).
   *
   * <p>Wire name {@code allowed_currencies}; at least 2 elements.
   *
   * <p>Departs from the page: <em>page:</em> table: list[string], no bound; hint: "a list of at least two currency codes"; <em>chosen:</em> at least 2 elements; <em>because</em> The page's hint states the bound; the table just omits it.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("allowed_currencies")
  public List<String> allowedCurrencies() {
    return allowedCurrencies;
  }

  /**
   * Amount of the invoice with its currency, like 200 USD or 0.015 BNB.
   *
   * <p>Wire name {@code amount}; required; greater than 0; at most 100000000.
   *
   * <p>Departs from the page: <em>page:</em> table: no bound; 400 message: "Should be in range ({minimum_deposit of currency}-100,000,000)"; <em>chosen:</em> greater than 0, at most 100000000; <em>because</em> The minimum depends on the currency and is not known here; the amount must at least be positive, and the upper bound is the message's.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("amount")
  public CurrencyAmount amount() {
    return amount;
  }

  /**
   * Expiration time of the invoice in minutes (the page's table: 30-1440).
   *
   * <p>Wire name {@code expires_time}; required; at least 1; at most 1440.
   *
   * <p>Departs from the page: <em>page:</em> 30..1440 (table); 5..60 (400 message); 1 (cURL example); <em>chosen:</em> 1..1440; <em>because</em> The widest documented span, so that the client never refuses a lifetime the service may accept; the service judges within it.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("expires_time")
  public Integer expiresTime() {
    return expiresTime;
  }

  /**
   * Label of the invoice.
   *
   * <p>Wire name {@code label}; required; at most 255 characters.
   *
   * <p>Departs from the page: <em>page:</em> table: no bound; 400 message: "Max length of label is 255 characters"; <em>chosen:</em> at most 255 characters; <em>because</em> The documented error message states the bound.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("label")
  public String label() {
    return label;
  }

  /**
   * Destination URL for sending post.
   *
   * <p>Wire name {@code postback_url}; at most 255 characters; an http(s) URL.
   *
   * <p>Departs from the page: <em>page:</em> table: string, no bound; 400 message: "Max length of postback_url is 255 characters"; <em>chosen:</em> an absolute http(s) URL of at most 255 characters; <em>because</em> The error message states the bound; the service posts to it, so it must be a URL.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("postback_url")
  public String postbackUrl() {
    return postbackUrl;
  }

  /**
   * URL for the user after successful payment.
   *
   * <p>Wire name {@code success_url}; at most 255 characters; an http(s) URL.
   *
   * <p>Departs from the page: <em>page:</em> table: string, no bound; 400 message: "Max length of success_url is 255 characters"; <em>chosen:</em> an absolute http(s) URL of at most 255 characters; <em>because</em> The error message states the bound; the payer is sent to it, so it must be a URL.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("success_url")
  public String successUrl() {
    return successUrl;
  }

  /**
   * URL for the user after failed payment.
   *
   * <p>Wire name {@code fail_url}; an http(s) URL.
   *
   * <p>Departs from the page: <em>page:</em> table: string, no bound; no length message for fail_url; <em>chosen:</em> an absolute http(s) URL, no length bound; <em>because</em> The limit is likely 255 as for its siblings, but it is not documented, and the service reports it if it exists.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("fail_url")
  public String failUrl() {
    return failUrl;
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
    copy.currency = currency;
    copy.allowedCurrencies = allowedCurrencies;
    copy.amount = amount;
    copy.expiresTime = expiresTime;
    copy.label = label;
    copy.postbackUrl = postbackUrl;
    copy.successUrl = successUrl;
    copy.failUrl = failUrl;
    return copy;
  }

  @JsonCreator
  static CreateInvoiceRequest fromJson(@JsonProperty("currency") String currency,
      @JsonProperty("allowed_currencies") List<String> allowedCurrencies,
      @JsonProperty("amount") CurrencyAmount amount,
      @JsonProperty("expires_time") Integer expiresTime, @JsonProperty("label") String label,
      @JsonProperty("postback_url") String postbackUrl,
      @JsonProperty("success_url") String successUrl, @JsonProperty("fail_url") String failUrl) {
    // Jackson reads JSON with this, without checking rules; callers validate what they read.
    Builder builder = new Builder();
    builder.currency = currency;
    builder.allowedCurrencies = allowedCurrencies == null ? null : Collections.unmodifiableList(allowedCurrencies);
    builder.amount = amount;
    builder.expiresTime = expiresTime;
    builder.label = label;
    builder.postbackUrl = postbackUrl;
    builder.successUrl = successUrl;
    builder.failUrl = failUrl;
    return new CreateInvoiceRequest(builder, false);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CreateInvoiceRequest that
        && Objects.equals(currency, that.currency)
        && Objects.equals(allowedCurrencies, that.allowedCurrencies)
        && Objects.equals(amount, that.amount)
        && Objects.equals(expiresTime, that.expiresTime)
        && Objects.equals(label, that.label)
        && Objects.equals(postbackUrl, that.postbackUrl)
        && Objects.equals(successUrl, that.successUrl)
        && Objects.equals(failUrl, that.failUrl);
  }

  @Override
  public int hashCode() {
    return Objects.hash(currency, allowedCurrencies, amount, expiresTime, label, postbackUrl, successUrl, failUrl);
  }

  @Override
  public String toString() {
    return "CreateInvoiceRequest{"
        + "currency=" + currency
        + ", allowed_currencies=" + allowedCurrencies
        + ", amount=" + amount
        + ", expires_time=" + expiresTime
        + ", label=" + label
        + ", postback_url=" + postbackUrl
        + ", success_url=" + successUrl
        + ", fail_url=" + failUrl
        + "}";
  }

  /**
   * Builds {@link CreateInvoiceRequest}. Not thread-safe; each {@code build()} returns a new immutable object.
   */
  @Generated("io.payspec.processor.PayspecProcessor")
  public static final class Builder {
    private String currency;

    private List<String> allowedCurrencies;

    private CurrencyAmount amount;

    private Integer expiresTime;

    private String label;

    private String postbackUrl;

    private String successUrl;

    private String failUrl;

    private Builder() {
    }

    /**
     * Currency of the invoice, to lock it to a single currency (not with allowed_currencies).
     *
     * <p>Wire name {@code currency}.
     *
     * <p>Departs from the page: <em>page:</em> string, linked to a currencies page that was not exported (example: USDTBEP20); <em>chosen:</em> String, no enum; <em>because</em> The list of codes is not on any page we have and changes with the provider's offer; the service answers "Currency does not exist" for an unknown code.
     *
     * @param currency the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder currency(String currency) {
      this.currency = currency;
      return this;
    }

    /**
     * List of currencies the payer may choose from, at least two (not with currency).
     *
     * <p>Wire name {@code allowed_currencies}; at least 2 elements.
     *
     * <p>Departs from the page: <em>page:</em> table: list[string], no bound; hint: "a list of at least two currency codes"; <em>chosen:</em> at least 2 elements; <em>because</em> The page's hint states the bound; the table just omits it.
     *
     * @param allowedCurrencies the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder allowedCurrencies(List<String> allowedCurrencies) {
      this.allowedCurrencies = ImmutableLists.copyOf(allowedCurrencies);
      return this;
    }

    /**
     * Sets {@code allowed_currencies} to the given values.
     *
     * @param allowedCurrencies the values
     * @return this builder
     */
    public Builder allowedCurrencies(String... allowedCurrencies) {
      this.allowedCurrencies = ImmutableLists.of(allowedCurrencies);
      return this;
    }

    /**
     * Amount of the invoice with its currency, like 200 USD or 0.015 BNB.
     *
     * <p>Wire name {@code amount}; required; greater than 0; at most 100000000.
     *
     * <p>Departs from the page: <em>page:</em> table: no bound; 400 message: "Should be in range ({minimum_deposit of currency}-100,000,000)"; <em>chosen:</em> greater than 0, at most 100000000; <em>because</em> The minimum depends on the currency and is not known here; the amount must at least be positive, and the upper bound is the message's.
     *
     * @param amount the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder amount(CurrencyAmount amount) {
      this.amount = amount;
      return this;
    }

    /**
     * Expiration time of the invoice in minutes (the page's table: 30-1440).
     *
     * <p>Wire name {@code expires_time}; required; at least 1; at most 1440.
     *
     * <p>Departs from the page: <em>page:</em> 30..1440 (table); 5..60 (400 message); 1 (cURL example); <em>chosen:</em> 1..1440; <em>because</em> The widest documented span, so that the client never refuses a lifetime the service may accept; the service judges within it.
     *
     * @param expiresTime the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder expiresTime(Integer expiresTime) {
      this.expiresTime = expiresTime;
      return this;
    }

    /**
     * Label of the invoice.
     *
     * <p>Wire name {@code label}; required; at most 255 characters.
     *
     * <p>Departs from the page: <em>page:</em> table: no bound; 400 message: "Max length of label is 255 characters"; <em>chosen:</em> at most 255 characters; <em>because</em> The documented error message states the bound.
     *
     * @param label the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder label(String label) {
      this.label = label;
      return this;
    }

    /**
     * Destination URL for sending post.
     *
     * <p>Wire name {@code postback_url}; at most 255 characters; an http(s) URL.
     *
     * <p>Departs from the page: <em>page:</em> table: string, no bound; 400 message: "Max length of postback_url is 255 characters"; <em>chosen:</em> an absolute http(s) URL of at most 255 characters; <em>because</em> The error message states the bound; the service posts to it, so it must be a URL.
     *
     * @param postbackUrl the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder postbackUrl(String postbackUrl) {
      this.postbackUrl = postbackUrl;
      return this;
    }

    /**
     * URL for the user after successful payment.
     *
     * <p>Wire name {@code success_url}; at most 255 characters; an http(s) URL.
     *
     * <p>Departs from the page: <em>page:</em> table: string, no bound; 400 message: "Max length of success_url is 255 characters"; <em>chosen:</em> an absolute http(s) URL of at most 255 characters; <em>because</em> The error message states the bound; the payer is sent to it, so it must be a URL.
     *
     * @param successUrl the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder successUrl(String successUrl) {
      this.successUrl = successUrl;
      return this;
    }

    /**
     * URL for the user after failed payment.
     *
     * <p>Wire name {@code fail_url}; an http(s) URL.
     *
     * <p>Departs from the page: <em>page:</em> table: string, no bound; no length message for fail_url; <em>chosen:</em> an absolute http(s) URL, no length bound; <em>because</em> The limit is likely 255 as for its siblings, but it is not documented, and the service reports it if it exists.
     *
     * @param failUrl the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder failUrl(String failUrl) {
      this.failUrl = failUrl;
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
        throw new ValidationException("NordPay v1 createInvoice request", violations);
      }
      return request;
    }
  }

  /**
   * Checks a {@link CreateInvoiceRequest} against every rule NordPay documents for v1 createInvoice.
   */
  public static final class Validator {
    private static final BigDecimal AMOUNT_MIN = new BigDecimal("0");

    private static final BigDecimal AMOUNT_MAX = new BigDecimal("100000000");

    private static final BigDecimal EXPIRES_TIME_MIN = new BigDecimal("1");

    private static final BigDecimal EXPIRES_TIME_MAX = new BigDecimal("1440");

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
      violations.size("allowed_currencies", value.allowedCurrencies(), 2, Integer.MAX_VALUE);
      violations.required("amount", value.amount());
      violations.range("amount", value.amount() == null ? null : value.amount().amount(), AMOUNT_MIN, true, AMOUNT_MAX);
      violations.required("expires_time", value.expiresTime());
      violations.range("expires_time", value.expiresTime(), EXPIRES_TIME_MIN, false, EXPIRES_TIME_MAX);
      violations.required("label", value.label());
      violations.maxLength("label", value.label(), 255);
      violations.maxLength("postback_url", value.postbackUrl(), 255);
      violations.url("postback_url", value.postbackUrl());
      violations.maxLength("success_url", value.successUrl(), 255);
      violations.url("success_url", value.successUrl());
      violations.url("fail_url", value.failUrl());
      violations.exactlyOneOf(List.of("currency", "allowed_currencies"), value.currency(), value.allowedCurrencies());
    }
  }
}
