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
 * A request to withdraw funds to an address (API v2).
 *
 * <p>Immutable; create it with {@link #builder()}. {@link Builder#build()} checks every documented rule and reports all violations at once.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@RequestJson
@JsonPropertyOrder({"currency_code", "to_address", "amount"})
public final class CreateWithdrawalRequest {
  private final CryptoCurrency currencyCode;

  private final String toAddress;

  private final BigDecimal amount;

  private final boolean checkedByBuild;

  private CreateWithdrawalRequest(Builder builder, boolean checkedByBuild) {
    this.currencyCode = builder.currencyCode;
    this.toAddress = builder.toAddress;
    this.amount = builder.amount;
    this.checkedByBuild = checkedByBuild;
  }

  /**
   * Currency code of the withdrawal.
   *
   * <p>Wire name {@code currency_code}; required.
   *
   * <p>Departs from the page: <em>page:</em> current revision: the create page's 40 codes; 2024 revision: 27 codes, with TUSD_ERC20 and TUSD_BSC; <em>chosen:</em> the current list (the create page's CryptoCurrency); <em>because</em> The current revision wins; TUSD is in no other current list.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("currency_code")
  public CryptoCurrency currencyCode() {
    return currencyCode;
  }

  /**
   * Recipient's wallet address.
   *
   * <p>Wire name {@code to_address}; required.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("to_address")
  public String toAddress() {
    return toAddress;
  }

  /**
   * Withdrawal request amount in the specified currency.
   *
   * <p>Wire name {@code amount}; required; greater than 0.
   *
   * <p>Departs from the page: <em>page:</em> current revision: float (0.003); 2024 revision: Int, with the example 0.05; <em>chosen:</em> a decimal greater than 0; <em>because</em> Both revisions' examples are fractional; money is a BigDecimal, and a withdrawal of zero or less is meaningless.
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
    copy.currencyCode = currencyCode;
    copy.toAddress = toAddress;
    copy.amount = amount;
    return copy;
  }

  @JsonCreator
  static CreateWithdrawalRequest fromJson(
      @JsonProperty("currency_code") CryptoCurrency currencyCode,
      @JsonProperty("to_address") String toAddress, @JsonProperty("amount") BigDecimal amount) {
    // Jackson reads JSON with this, without checking rules; callers validate what they read.
    Builder builder = new Builder();
    builder.currencyCode = currencyCode;
    builder.toAddress = toAddress;
    builder.amount = amount;
    return new CreateWithdrawalRequest(builder, false);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CreateWithdrawalRequest that
        && Objects.equals(currencyCode, that.currencyCode)
        && Objects.equals(toAddress, that.toAddress)
        && Objects.equals(amount, that.amount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(currencyCode, toAddress, amount);
  }

  @Override
  public String toString() {
    return "CreateWithdrawalRequest{"
        + "currency_code=" + currencyCode
        + ", to_address=" + toAddress
        + ", amount=" + amount
        + "}";
  }

  /**
   * Builds {@link CreateWithdrawalRequest}. Not thread-safe; each {@code build()} returns a new immutable object.
   */
  @Generated("io.payspec.processor.PayspecProcessor")
  public static final class Builder {
    private CryptoCurrency currencyCode;

    private String toAddress;

    private BigDecimal amount;

    private Builder() {
    }

    /**
     * Currency code of the withdrawal.
     *
     * <p>Wire name {@code currency_code}; required.
     *
     * <p>Departs from the page: <em>page:</em> current revision: the create page's 40 codes; 2024 revision: 27 codes, with TUSD_ERC20 and TUSD_BSC; <em>chosen:</em> the current list (the create page's CryptoCurrency); <em>because</em> The current revision wins; TUSD is in no other current list.
     *
     * @param currencyCode the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder currencyCode(CryptoCurrency currencyCode) {
      this.currencyCode = currencyCode;
      return this;
    }

    /**
     * Recipient's wallet address.
     *
     * <p>Wire name {@code to_address}; required.
     *
     * @param toAddress the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder toAddress(String toAddress) {
      this.toAddress = toAddress;
      return this;
    }

    /**
     * Withdrawal request amount in the specified currency.
     *
     * <p>Wire name {@code amount}; required; greater than 0.
     *
     * <p>Departs from the page: <em>page:</em> current revision: float (0.003); 2024 revision: Int, with the example 0.05; <em>chosen:</em> a decimal greater than 0; <em>because</em> Both revisions' examples are fractional; money is a BigDecimal, and a withdrawal of zero or less is meaningless.
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
      return Validator.validate(new CreateWithdrawalRequest(this, false));
    }

    /**
     * Builds the request after checking every documented rule.
     *
     * @return the immutable request
     * @throws ValidationException listing every violation at once, each naming its wire path
     */
    public CreateWithdrawalRequest build() {
      CreateWithdrawalRequest request = new CreateWithdrawalRequest(this, true);
      List<Violation> violations = Validator.violationsOf(request);
      if (!violations.isEmpty()) {
        throw new ValidationException("CryptoCloud v2 createWithdrawal request", violations);
      }
      return request;
    }
  }

  /**
   * Checks a {@link CreateWithdrawalRequest} against every rule CryptoCloud documents for v2 createWithdrawal.
   */
  public static final class Validator {
    private static final BigDecimal AMOUNT_MIN = new BigDecimal("0");

    private Validator() {
    }

    /**
     * Every violation of the request, in field order; empty when it is valid. A request made by
     * {@link CreateWithdrawalRequest.Builder#build()} was checked there and, being immutable, is valid for good: it is not
     * checked again.
     *
     * @param request the request to check
     * @return the violations, each naming its wire path
     */
    public static List<Violation> validate(CreateWithdrawalRequest request) {
      return request.checkedByBuild() ? List.of() : violationsOf(request);
    }

    static List<Violation> violationsOf(CreateWithdrawalRequest request) {
      // Every violation of the request, however it was made; its builder checks with this.
      Violations violations = new Violations();
      check(request, violations);
      return violations.toList();
    }

    private static void check(CreateWithdrawalRequest value, Violations violations) {
      violations.required("currency_code", value.currencyCode());
      violations.known("currency_code", value.currencyCode(), CryptoCurrency.knownWireValues());
      violations.required("to_address", value.toAddress());
      violations.required("amount", value.amount());
      violations.range("amount", value.amount(), AMOUNT_MIN, true, null);
    }
  }
}
