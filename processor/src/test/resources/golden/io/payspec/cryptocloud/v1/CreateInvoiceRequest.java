package io.payspec.cryptocloud.v1;

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
 * A request to create a CryptoCloud invoice (API v1).
 *
 * <p>Immutable; create it with {@link #builder()}. {@link Builder#build()} checks every documented rule and reports all violations at once.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@RequestJson
@JsonPropertyOrder({"shop_id", "amount", "currency", "order_id", "email", "description"})
public final class CreateInvoiceRequest {
  private final String shopId;

  private final BigDecimal amount;

  private final FiatCurrency currency;

  private final String orderId;

  private final String email;

  private final String description;

  private final boolean checkedByBuild;

  private CreateInvoiceRequest(Builder builder, boolean checkedByBuild) {
    this.shopId = builder.shopId;
    this.amount = builder.amount;
    this.currency = builder.currency;
    this.orderId = builder.orderId;
    this.email = builder.email;
    this.description = builder.description;
    this.checkedByBuild = checkedByBuild;
  }

  /**
   * Unique store ID from your personal account.
   *
   * <p>Wire name {@code shop_id}; required.
   *
   * <p>Departs from the page: <em>page:</em> red star in the field table; both code examples leave it out; <em>chosen:</em> required; <em>because</em> The table wins (v2 requires shop_id too); the examples are incomplete.
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
   * Available currencies for conversion: USD, RUB, EUR, GBP, UAH.
   *
   * <p>Wire name {@code currency}.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("currency")
  public FiatCurrency currency() {
    return currency;
  }

  /**
   * Your internal order identifier.
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
   * User email.
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
   * Invoice description (sent by the page's code examples; not in its field table).
   *
   * <p>Wire name {@code description}.
   *
   * <p>Departs from the page: <em>page:</em> not in the field table; both code examples send "description": "Pay"; <em>chosen:</em> an optional String; <em>because</em> So that the page's own example can be expressed.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("description")
  public String description() {
    return description;
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
    copy.description = description;
    return copy;
  }

  @JsonCreator
  static CreateInvoiceRequest fromJson(@JsonProperty("shop_id") String shopId,
      @JsonProperty("amount") BigDecimal amount, @JsonProperty("currency") FiatCurrency currency,
      @JsonProperty("order_id") String orderId, @JsonProperty("email") String email,
      @JsonProperty("description") String description) {
    // Jackson reads JSON with this, without checking rules; callers validate what they read.
    Builder builder = new Builder();
    builder.shopId = shopId;
    builder.amount = amount;
    builder.currency = currency;
    builder.orderId = orderId;
    builder.email = email;
    builder.description = description;
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
        && Objects.equals(description, that.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(shopId, amount, currency, orderId, email, description);
  }

  @Override
  public String toString() {
    return "CreateInvoiceRequest{"
        + "shop_id=" + shopId
        + ", amount=" + amount
        + ", currency=" + currency
        + ", order_id=" + orderId
        + ", email=" + (email == null ? "null" : "****")
        + ", description=" + description
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

    private String description;

    private Builder() {
    }

    /**
     * Unique store ID from your personal account.
     *
     * <p>Wire name {@code shop_id}; required.
     *
     * <p>Departs from the page: <em>page:</em> red star in the field table; both code examples leave it out; <em>chosen:</em> required; <em>because</em> The table wins (v2 requires shop_id too); the examples are incomplete.
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
     * Available currencies for conversion: USD, RUB, EUR, GBP, UAH.
     *
     * <p>Wire name {@code currency}.
     *
     * @param currency the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder currency(FiatCurrency currency) {
      this.currency = currency;
      return this;
    }

    /**
     * Your internal order identifier.
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
     * User email.
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
     * Invoice description (sent by the page's code examples; not in its field table).
     *
     * <p>Wire name {@code description}.
     *
     * <p>Departs from the page: <em>page:</em> not in the field table; both code examples send "description": "Pay"; <em>chosen:</em> an optional String; <em>because</em> So that the page's own example can be expressed.
     *
     * @param description the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder description(String description) {
      this.description = description;
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
        throw new ValidationException("CryptoCloud v1 createInvoice request", violations);
      }
      return request;
    }
  }

  /**
   * Checks a {@link CreateInvoiceRequest} against every rule CryptoCloud documents for v1 createInvoice.
   */
  public static final class Validator {
    private static final BigDecimal AMOUNT_MIN = new BigDecimal("0");

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
    }
  }
}
