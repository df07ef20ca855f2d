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
 * A request to submit a created CrystalPay payoff (API v3); the client computes its signature.
 *
 * <p>Immutable; create it with {@link #builder()}. {@link Builder#build()} checks every documented rule and reports all violations at once.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@RequestJson
@JsonPropertyOrder({"id", "signature"})
public final class SubmitPayoffRequest {
  private final String id;

  private final String signature;

  private final boolean checkedByBuild;

  private SubmitPayoffRequest(Builder builder, boolean checkedByBuild) {
    this.id = builder.id;
    this.signature = builder.signature;
    this.checkedByBuild = checkedByBuild;
  }

  /**
   * Payoff ID.
   *
   * <p>Wire name {@code id}; required.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("id")
  public String id() {
    return id;
  }

  /**
   * SHA-1 (lower-case hex) of id:salt, salt being the cash register's Salt key.
   *
   * <p>Wire name {@code signature}; required; computed by the client: the lower-case hex SHA-1 of {@code {id}:{salt}}.
   *
   * <p>Departs from the page: <em>page:</em> no page gives the formula; the official SDK (API v2) signs sha1(f"{id}:{salt}"). The stored v3 swap/submit/ page lists no signature field, so whether v3 still checks it is unverified; <em>chosen:</em> SHA-1 of id:salt, always sent; <em>because</em> The official SDK's formula; sending a signature the service may not need is harmless, leaving out one it needs fails the call.
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
    copy.id = id;
    copy.signature = signature;
    return copy;
  }

  @JsonCreator
  static SubmitPayoffRequest fromJson(@JsonProperty("id") String id,
      @JsonProperty("signature") String signature) {
    // Jackson reads JSON with this, without checking rules; callers validate what they read.
    Builder builder = new Builder();
    builder.id = id;
    builder.signature = signature;
    return new SubmitPayoffRequest(builder, false);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SubmitPayoffRequest that
        && Objects.equals(id, that.id)
        && Objects.equals(signature, that.signature);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, signature);
  }

  @Override
  public String toString() {
    return "SubmitPayoffRequest{"
        + "id=" + id
        + ", signature=" + signature
        + "}";
  }

  /**
   * Builds {@link SubmitPayoffRequest}. Not thread-safe; each {@code build()} returns a new immutable object.
   */
  @Generated("io.payspec.processor.PayspecProcessor")
  public static final class Builder {
    private String id;

    private String signature;

    private Builder() {
    }

    /**
     * Payoff ID.
     *
     * <p>Wire name {@code id}; required.
     *
     * @param id the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder id(String id) {
      this.id = id;
      return this;
    }

    /**
     * Checks every documented rule against the values set so far, without throwing.
     *
     * @return every violation, each naming its wire path; empty when the request is valid
     */
    public List<Violation> validate() {
      return Validator.validate(new SubmitPayoffRequest(this, false));
    }

    /**
     * Builds the request after checking every documented rule.
     *
     * @return the immutable request
     * @throws ValidationException listing every violation at once, each naming its wire path
     */
    public SubmitPayoffRequest build() {
      SubmitPayoffRequest request = new SubmitPayoffRequest(this, true);
      List<Violation> violations = Validator.violationsOf(request);
      if (!violations.isEmpty()) {
        throw new ValidationException("CrystalPay v3 submitPayoff request", violations);
      }
      return request;
    }
  }

  /**
   * Checks a {@link SubmitPayoffRequest} against every rule CrystalPay documents for v3 submitPayoff.
   */
  public static final class Validator {
    private Validator() {
    }

    /**
     * Every violation of the request, in field order; empty when it is valid. A request made by
     * {@link SubmitPayoffRequest.Builder#build()} was checked there and, being immutable, is valid for good: it is not
     * checked again.
     *
     * @param request the request to check
     * @return the violations, each naming its wire path
     */
    public static List<Violation> validate(SubmitPayoffRequest request) {
      return request.checkedByBuild() ? List.of() : violationsOf(request);
    }

    static List<Violation> violationsOf(SubmitPayoffRequest request) {
      // Every violation of the request, however it was made; its builder checks with this.
      Violations violations = new Violations();
      check(request, violations);
      return violations.toList();
    }

    private static void check(SubmitPayoffRequest value, Violations violations) {
      violations.required("id", value.id());
    }
  }
}
