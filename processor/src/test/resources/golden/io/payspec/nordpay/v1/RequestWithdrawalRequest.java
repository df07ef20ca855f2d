package io.payspec.nordpay.v1;

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
 * A request to withdraw funds from the balance to an address.
 *
 * <p>Immutable; create it with {@link #builder()}. {@link Builder#build()} checks every documented rule and reports all violations at once.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@RequestJson
@JsonPropertyOrder({"currency", "address", "amount"})
public final class RequestWithdrawalRequest {
  private final String currency;

  private final String address;

  private final BigDecimal amount;

  private final boolean checkedByBuild;

  private RequestWithdrawalRequest(Builder builder, boolean checkedByBuild) {
    this.currency = builder.currency;
    this.address = builder.address;
    this.amount = builder.amount;
    this.checkedByBuild = checkedByBuild;
  }

  /**
   * Currency to withdraw.
   *
   * <p>Wire name {@code currency}; required.
   *
   * <p>Departs from the page: <em>page:</em> string, no description; <em>chosen:</em> String, no enum; <em>because</em> As createInvoice's currency: the list of codes is not documented here.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("currency")
  public String currency() {
    return currency;
  }

  /**
   * Address to send.
   *
   * <p>Wire name {@code address}; required.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("address")
  public String address() {
    return address;
  }

  /**
   * Amount to send.
   *
   * <p>Wire name {@code amount}; required; greater than 0.
   *
   * <p>Departs from the page: <em>page:</em> number, no bound; error: "Amount is less than minimum withdraw amount for &lt;CURRENCY&gt; (...)"; <em>chosen:</em> greater than 0; <em>because</em> The minimum depends on the currency and is not known here; a withdrawal must at least be positive.
   *
   * <p>Departs from the page: <em>page:</em> number (the SDK sends a decimal string); <em>chosen:</em> BigDecimal, sent as a JSON number; <em>because</em> The page's type; the number is written exactly as given, never through a binary float.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("amount")
  public BigDecimal amount() {
    return amount;
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
    copy.address = address;
    copy.amount = amount;
    return copy;
  }

  @JsonCreator
  static RequestWithdrawalRequest fromJson(@JsonProperty("currency") String currency,
      @JsonProperty("address") String address, @JsonProperty("amount") BigDecimal amount) {
    // Jackson reads JSON with this, without checking rules; callers validate what they read.
    Builder builder = new Builder();
    builder.currency = currency;
    builder.address = address;
    builder.amount = amount;
    return new RequestWithdrawalRequest(builder, false);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RequestWithdrawalRequest that
        && Objects.equals(currency, that.currency)
        && Objects.equals(address, that.address)
        && Objects.equals(amount, that.amount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(currency, address, amount);
  }

  @Override
  public String toString() {
    return "RequestWithdrawalRequest{"
        + "currency=" + currency
        + ", address=" + address
        + ", amount=" + amount
        + "}";
  }

  /**
   * Builds {@link RequestWithdrawalRequest}. Not thread-safe; each {@code build()} returns a new immutable object.
   */
  @Generated("io.payspec.processor.PayspecProcessor")
  public static final class Builder {
    private String currency;

    private String address;

    private BigDecimal amount;

    private Builder() {
    }

    /**
     * Currency to withdraw.
     *
     * <p>Wire name {@code currency}; required.
     *
     * <p>Departs from the page: <em>page:</em> string, no description; <em>chosen:</em> String, no enum; <em>because</em> As createInvoice's currency: the list of codes is not documented here.
     *
     * @param currency the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder currency(String currency) {
      this.currency = currency;
      return this;
    }

    /**
     * Address to send.
     *
     * <p>Wire name {@code address}; required.
     *
     * @param address the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder address(String address) {
      this.address = address;
      return this;
    }

    /**
     * Amount to send.
     *
     * <p>Wire name {@code amount}; required; greater than 0.
     *
     * <p>Departs from the page: <em>page:</em> number, no bound; error: "Amount is less than minimum withdraw amount for &lt;CURRENCY&gt; (...)"; <em>chosen:</em> greater than 0; <em>because</em> The minimum depends on the currency and is not known here; a withdrawal must at least be positive.
     *
     * <p>Departs from the page: <em>page:</em> number (the SDK sends a decimal string); <em>chosen:</em> BigDecimal, sent as a JSON number; <em>because</em> The page's type; the number is written exactly as given, never through a binary float.
     *
     * @param amount the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder amount(BigDecimal amount) {
      this.amount = amount;
      return this;
    }

    /**
     * Checks every documented rule against the values set so far, without throwing.
     *
     * @return every violation, each naming its wire path; empty when the request is valid
     */
    public List<Violation> validate() {
      return Validator.validate(new RequestWithdrawalRequest(this, false));
    }

    /**
     * Builds the request after checking every documented rule.
     *
     * @return the immutable request
     * @throws ValidationException listing every violation at once, each naming its wire path
     */
    public RequestWithdrawalRequest build() {
      RequestWithdrawalRequest request = new RequestWithdrawalRequest(this, true);
      List<Violation> violations = Validator.violationsOf(request);
      if (!violations.isEmpty()) {
        throw new ValidationException("NordPay v1 requestWithdrawal request", violations);
      }
      return request;
    }
  }

  /**
   * Checks a {@link RequestWithdrawalRequest} against every rule NordPay documents for v1 requestWithdrawal.
   */
  public static final class Validator {
    private static final BigDecimal AMOUNT_MIN = new BigDecimal("0");

    private Validator() {
    }

    /**
     * Every violation of the request, in field order; empty when it is valid. A request made by
     * {@link RequestWithdrawalRequest.Builder#build()} was checked there and, being immutable, is valid for good: it is not
     * checked again.
     *
     * @param request the request to check
     * @return the violations, each naming its wire path
     */
    public static List<Violation> validate(RequestWithdrawalRequest request) {
      return request.checkedByBuild() ? List.of() : violationsOf(request);
    }

    static List<Violation> violationsOf(RequestWithdrawalRequest request) {
      // Every violation of the request, however it was made; its builder checks with this.
      Violations violations = new Violations();
      check(request, violations);
      return violations.toList();
    }

    private static void check(RequestWithdrawalRequest value, Violations violations) {
      violations.required("currency", value.currency());
      violations.required("address", value.address());
      violations.required("amount", value.amount());
      violations.range("amount", value.amount(), AMOUNT_MIN, true, null);
    }
  }
}
