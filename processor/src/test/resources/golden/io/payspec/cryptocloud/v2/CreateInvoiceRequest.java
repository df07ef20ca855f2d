package io.payspec.cryptocloud.v2;

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
 * A request to create a CryptoCloud invoice (API v2).
 *
 * <p>Immutable; create it with {@link #builder()}. {@link Builder#build()} checks every documented rule and reports all violations at once.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@RequestJson
@JsonPropertyOrder({"shop_id", "amount", "currency", "order_id", "email", "add_fields", "locale"})
public final class CreateInvoiceRequest {
  /**
   * What the provider uses when {@code currency} is not sent: {@code USD}.
   */
  public static final FiatCurrency DEFAULT_CURRENCY = FiatCurrency.fromWire("USD");

  private final String shopId;

  private final BigDecimal amount;

  private final FiatCurrency currency;

  private final String orderId;

  private final String email;

  private final AddFields addFields;

  private final Language locale;

  private final boolean checkedByBuild;

  private CreateInvoiceRequest(Builder builder, boolean checkedByBuild) {
    this.shopId = builder.shopId;
    this.amount = builder.amount;
    this.currency = builder.currency;
    this.orderId = builder.orderId;
    this.email = builder.email;
    this.addFields = builder.addFields;
    this.locale = builder.locale;
    this.checkedByBuild = checkedByBuild;
  }

  /**
   * Unique identifier of the store from personal account.
   *
   * <p>Wire name {@code shop_id}; required.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("shop_id")
  public String shopId() {
    return shopId;
  }

  /**
   * Payment amount in USD.
   *
   * <p>Wire name {@code amount}; required; greater than 0.
   *
   * <p>Departs from the page: <em>page:</em> no bounds; <em>chosen:</em> greater than 0; <em>because</em> An invoice for zero or less is meaningless.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("amount")
  public BigDecimal amount() {
    return amount;
  }

  /**
   * Conversion currency of the amount; the default currency is USD.
   *
   * <p>Wire name {@code currency}; provider default {@code USD}.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("currency")
  public FiatCurrency currency() {
    return currency;
  }

  /**
   * Custom invoice number in the external system.
   *
   * <p>Wire name {@code order_id}.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("order_id")
  public String orderId() {
    return orderId;
  }

  /**
   * Payer's email address.
   *
   * <p>Wire name {@code email}; an e-mail address; personal data, masked in {@code toString()} and messages.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("email")
  public String email() {
    return email;
  }

  /**
   * Additional parameters; optional parameters must be passed within this object.
   *
   * <p>Wire name {@code add_fields}.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("add_fields")
  public AddFields addFields() {
    return addFields;
  }

  /**
   * Language of the answer's messages, a query parameter of the create call: en or ru (provider's newer documentation).
   *
   * <p>Wire name {@code locale}; sent in the query string.
   *
   * <p>Departs from the page: <em>page:</em> not on the create page; provider-docs/README.md (the provider's newer documentation): `locale` (en | ru) is a query parameter of the create call; <em>chosen:</em> an optional query parameter; <em>because</em> Documented by the provider elsewhere, and harmless when not set.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("locale")
  public Language locale() {
    return locale;
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
    copy.shopId = shopId;
    copy.amount = amount;
    copy.currency = currency;
    copy.orderId = orderId;
    copy.email = email;
    copy.addFields = addFields;
    copy.locale = locale;
    return copy;
  }

  @JsonCreator
  static CreateInvoiceRequest fromJson(@JsonProperty("shop_id") String shopId,
      @JsonProperty("amount") BigDecimal amount, @JsonProperty("currency") FiatCurrency currency,
      @JsonProperty("order_id") String orderId, @JsonProperty("email") String email,
      @JsonProperty("add_fields") AddFields addFields, @JsonProperty("locale") Language locale) {
    // Jackson reads JSON with this, without checking rules; callers validate what they read.
    Builder builder = new Builder();
    builder.shopId = shopId;
    builder.amount = amount;
    builder.currency = currency;
    builder.orderId = orderId;
    builder.email = email;
    builder.addFields = addFields;
    builder.locale = locale;
    return new CreateInvoiceRequest(builder, false);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CreateInvoiceRequest that
        && Objects.equals(shopId, that.shopId)
        && Objects.equals(amount, that.amount)
        && Objects.equals(currency, that.currency)
        && Objects.equals(orderId, that.orderId)
        && Objects.equals(email, that.email)
        && Objects.equals(addFields, that.addFields)
        && Objects.equals(locale, that.locale);
  }

  @Override
  public int hashCode() {
    return Objects.hash(shopId, amount, currency, orderId, email, addFields, locale);
  }

  @Override
  public String toString() {
    return "CreateInvoiceRequest{"
        + "shop_id=" + shopId
        + ", amount=" + amount
        + ", currency=" + currency
        + ", order_id=" + orderId
        + ", email=" + (email == null ? "null" : "****")
        + ", add_fields=" + addFields
        + ", locale=" + locale
        + "}";
  }

  /**
   * Builds {@link CreateInvoiceRequest}. Not thread-safe; each {@code build()} returns a new immutable object.
   */
  @Generated("io.payspec.processor.PayspecProcessor")
  public static final class Builder {
    private String shopId;

    private BigDecimal amount;

    private FiatCurrency currency;

    private String orderId;

    private String email;

    private AddFields addFields;

    private Language locale;

    private Builder() {
    }

    /**
     * Unique identifier of the store from personal account.
     *
     * <p>Wire name {@code shop_id}; required.
     *
     * @param shopId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder shopId(String shopId) {
      this.shopId = shopId;
      return this;
    }

    /**
     * Payment amount in USD.
     *
     * <p>Wire name {@code amount}; required; greater than 0.
     *
     * <p>Departs from the page: <em>page:</em> no bounds; <em>chosen:</em> greater than 0; <em>because</em> An invoice for zero or less is meaningless.
     *
     * @param amount the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder amount(BigDecimal amount) {
      this.amount = amount;
      return this;
    }

    /**
     * Conversion currency of the amount; the default currency is USD.
     *
     * <p>Wire name {@code currency}; provider default {@code USD}.
     *
     * @param currency the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder currency(FiatCurrency currency) {
      this.currency = currency;
      return this;
    }

    /**
     * Custom invoice number in the external system.
     *
     * <p>Wire name {@code order_id}.
     *
     * @param orderId the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder orderId(String orderId) {
      this.orderId = orderId;
      return this;
    }

    /**
     * Payer's email address.
     *
     * <p>Wire name {@code email}; an e-mail address; personal data, masked in {@code toString()} and messages.
     *
     * @param email the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /**
     * Additional parameters; optional parameters must be passed within this object.
     *
     * <p>Wire name {@code add_fields}.
     *
     * @param addFields the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder addFields(AddFields addFields) {
      this.addFields = addFields;
      return this;
    }

    /**
     * Language of the answer's messages, a query parameter of the create call: en or ru (provider's newer documentation).
     *
     * <p>Wire name {@code locale}; sent in the query string.
     *
     * <p>Departs from the page: <em>page:</em> not on the create page; provider-docs/README.md (the provider's newer documentation): `locale` (en | ru) is a query parameter of the create call; <em>chosen:</em> an optional query parameter; <em>because</em> Documented by the provider elsewhere, and harmless when not set.
     *
     * @param locale the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder locale(Language locale) {
      this.locale = locale;
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
        throw new ValidationException("CryptoCloud v2 createInvoice request", violations);
      }
      return request;
    }
  }

  /**
   * Checks a {@link CreateInvoiceRequest} against every rule CryptoCloud documents for v2 createInvoice.
   */
  public static final class Validator {
    private static final BigDecimal AMOUNT_MIN = new BigDecimal("0");

    private static final BigDecimal TIME_TO_PAY_HOURS_MIN = new BigDecimal("0");

    private static final BigDecimal TIME_TO_PAY_MINUTES_MIN = new BigDecimal("0");

    private static final BigDecimal TIME_TO_PAY_MINUTES_MAX = new BigDecimal("59");

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
      violations.required("shop_id", value.shopId());
      violations.required("amount", value.amount());
      violations.range("amount", value.amount(), AMOUNT_MIN, true, null);
      violations.known("currency", value.currency(), FiatCurrency.knownWireValues());
      violations.email("email", value.email());
      violations.nested("add_fields", value.addFields(), Validator::check);
      violations.known("locale", value.locale(), Language.knownWireValues());
    }

    private static void check(AddFields value, Violations violations) {
      violations.nested("time_to_pay", value.timeToPay(), Validator::check);
      violations.allKnown("available_currencies", value.availableCurrencies(), CryptoCurrency.knownWireValues());
      violations.size("available_currencies", value.availableCurrencies(), 1, Integer.MAX_VALUE);
      violations.known("cryptocurrency", value.cryptocurrency(), CryptoCurrency.knownWireValues());
      violations.email("email_to_send", value.emailToSend());
      violations.known("period", value.period(), Period.knownWireValues());
      violations.requires("period", value.period(), "email_to_send", value.emailToSend());
    }

    private static void check(TimeToPay value, Violations violations) {
      violations.range("hours", value.hours(), TIME_TO_PAY_HOURS_MIN, false, null);
      violations.range("minutes", value.minutes(), TIME_TO_PAY_MINUTES_MIN, false, TIME_TO_PAY_MINUTES_MAX);
    }
  }
}
