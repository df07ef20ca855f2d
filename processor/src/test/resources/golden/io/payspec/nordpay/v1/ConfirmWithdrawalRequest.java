package io.payspec.nordpay.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.payspec.runtime.error.ValidationException;
import io.payspec.runtime.json.RequestJson;
import io.payspec.runtime.validation.Violation;
import io.payspec.runtime.validation.Violations;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Which withdraw request to confirm.
 *
 * <p>Immutable; create it with {@link #builder()}. {@link Builder#build()} checks every documented rule and reports all violations at once.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@RequestJson
@JsonPropertyOrder({"identifier"})
public final class ConfirmWithdrawalRequest {
  private final String identifier;

  private final boolean checkedByBuild;

  private ConfirmWithdrawalRequest(Builder builder, boolean checkedByBuild) {
    this.identifier = builder.identifier;
    this.checkedByBuild = checkedByBuild;
  }

  /**
   * UUID of your withdraw request (requestWithdrawal's identifier).
   *
   * <p>Wire name {@code identifier}; required.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("identifier")
  public String identifier() {
    return identifier;
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
    copy.identifier = identifier;
    return copy;
  }

  @JsonCreator
  static ConfirmWithdrawalRequest fromJson(@JsonProperty("identifier") String identifier) {
    // Jackson reads JSON with this, without checking rules; callers validate what they read.
    Builder builder = new Builder();
    builder.identifier = identifier;
    return new ConfirmWithdrawalRequest(builder, false);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ConfirmWithdrawalRequest that
        && Objects.equals(identifier, that.identifier);
  }

  @Override
  public int hashCode() {
    return Objects.hash(identifier);
  }

  @Override
  public String toString() {
    return "ConfirmWithdrawalRequest{"
        + "identifier=" + identifier
        + "}";
  }

  /**
   * Builds {@link ConfirmWithdrawalRequest}. Not thread-safe; each {@code build()} returns a new immutable object.
   */
  @Generated("io.payspec.processor.PayspecProcessor")
  public static final class Builder {
    private String identifier;

    private Builder() {
    }

    /**
     * UUID of your withdraw request (requestWithdrawal's identifier).
     *
     * <p>Wire name {@code identifier}; required.
     *
     * @param identifier the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder identifier(String identifier) {
      this.identifier = identifier;
      return this;
    }

    /**
     * Checks every documented rule against the values set so far, without throwing.
     *
     * @return every violation, each naming its wire path; empty when the request is valid
     */
    public List<Violation> validate() {
      return Validator.validate(new ConfirmWithdrawalRequest(this, false));
    }

    /**
     * Builds the request after checking every documented rule.
     *
     * @return the immutable request
     * @throws ValidationException listing every violation at once, each naming its wire path
     */
    public ConfirmWithdrawalRequest build() {
      ConfirmWithdrawalRequest request = new ConfirmWithdrawalRequest(this, true);
      List<Violation> violations = Validator.violationsOf(request);
      if (!violations.isEmpty()) {
        throw new ValidationException("NordPay v1 confirmWithdrawal request", violations);
      }
      return request;
    }
  }

  /**
   * Checks a {@link ConfirmWithdrawalRequest} against every rule NordPay documents for v1 confirmWithdrawal.
   */
  public static final class Validator {
    private Validator() {
    }

    /**
     * Every violation of the request, in field order; empty when it is valid. A request made by
     * {@link ConfirmWithdrawalRequest.Builder#build()} was checked there and, being immutable, is valid for good: it is not
     * checked again.
     *
     * @param request the request to check
     * @return the violations, each naming its wire path
     */
    public static List<Violation> validate(ConfirmWithdrawalRequest request) {
      return request.checkedByBuild() ? List.of() : violationsOf(request);
    }

    static List<Violation> violationsOf(ConfirmWithdrawalRequest request) {
      // Every violation of the request, however it was made; its builder checks with this.
      Violations violations = new Violations();
      check(request, violations);
      return violations.toList();
    }

    private static void check(ConfirmWithdrawalRequest value, Violations violations) {
      violations.required("identifier", value.identifier());
    }
  }
}
