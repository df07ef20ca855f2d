package io.payspec.crystalpay.v3;

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
 * A request for one payment method (API v3).
 *
 * <p>Immutable; create it with {@link #builder()}. {@link Builder#build()} checks every documented rule and reports all violations at once.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@RequestJson
@JsonPropertyOrder({"method"})
public final class GetMethodRequest {
  private final String method;

  private final boolean checkedByBuild;

  private GetMethodRequest(Builder builder, boolean checkedByBuild) {
    this.method = builder.method;
    this.checkedByBuild = checkedByBuild;
  }

  /**
   * Internal name of the method.
   *
   * <p>Wire name {@code method}; required.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("method")
  public String method() {
    return method;
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
    return copy;
  }

  @JsonCreator
  static GetMethodRequest fromJson(@JsonProperty("method") String method) {
    // Jackson reads JSON with this, without checking rules; callers validate what they read.
    Builder builder = new Builder();
    builder.method = method;
    return new GetMethodRequest(builder, false);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GetMethodRequest that
        && Objects.equals(method, that.method);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method);
  }

  @Override
  public String toString() {
    return "GetMethodRequest{"
        + "method=" + method
        + "}";
  }

  /**
   * Builds {@link GetMethodRequest}. Not thread-safe; each {@code build()} returns a new immutable object.
   */
  @Generated("io.payspec.processor.PayspecProcessor")
  public static final class Builder {
    private String method;

    private Builder() {
    }

    /**
     * Internal name of the method.
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
     * Checks every documented rule against the values set so far, without throwing.
     *
     * @return every violation, each naming its wire path; empty when the request is valid
     */
    public List<Violation> validate() {
      return Validator.validate(new GetMethodRequest(this, false));
    }

    /**
     * Builds the request after checking every documented rule.
     *
     * @return the immutable request
     * @throws ValidationException listing every violation at once, each naming its wire path
     */
    public GetMethodRequest build() {
      GetMethodRequest request = new GetMethodRequest(this, true);
      List<Violation> violations = Validator.violationsOf(request);
      if (!violations.isEmpty()) {
        throw new ValidationException("CrystalPay v3 getMethod request", violations);
      }
      return request;
    }
  }

  /**
   * Checks a {@link GetMethodRequest} against every rule CrystalPay documents for v3 getMethod.
   */
  public static final class Validator {
    private Validator() {
    }

    /**
     * Every violation of the request, in field order; empty when it is valid. A request made by
     * {@link GetMethodRequest.Builder#build()} was checked there and, being immutable, is valid for good: it is not
     * checked again.
     *
     * @param request the request to check
     * @return the violations, each naming its wire path
     */
    public static List<Violation> validate(GetMethodRequest request) {
      return request.checkedByBuild() ? List.of() : violationsOf(request);
    }

    static List<Violation> violationsOf(GetMethodRequest request) {
      // Every violation of the request, however it was made; its builder checks with this.
      Violations violations = new Violations();
      check(request, violations);
      return violations.toList();
    }

    private static void check(GetMethodRequest value, Violations violations) {
      violations.required("method", value.method());
    }
  }
}
