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
 * A request for one CrystalPay invoice (API v3).
 *
 * <p>Immutable; create it with {@link #builder()}. {@link Builder#build()} checks every documented rule and reports all violations at once.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@RequestJson
@JsonPropertyOrder({"id"})
public final class GetInvoiceRequest {
  private final String id;

  private final boolean checkedByBuild;

  private GetInvoiceRequest(Builder builder, boolean checkedByBuild) {
    this.id = builder.id;
    this.checkedByBuild = checkedByBuild;
  }

  /**
   * Invoice ID.
   *
   * <p>Wire name {@code id}; required.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("id")
  public String id() {
    return id;
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
    return copy;
  }

  @JsonCreator
  static GetInvoiceRequest fromJson(@JsonProperty("id") String id) {
    // Jackson reads JSON with this, without checking rules; callers validate what they read.
    Builder builder = new Builder();
    builder.id = id;
    return new GetInvoiceRequest(builder, false);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GetInvoiceRequest that
        && Objects.equals(id, that.id);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id);
  }

  @Override
  public String toString() {
    return "GetInvoiceRequest{"
        + "id=" + id
        + "}";
  }

  /**
   * Builds {@link GetInvoiceRequest}. Not thread-safe; each {@code build()} returns a new immutable object.
   */
  @Generated("io.payspec.processor.PayspecProcessor")
  public static final class Builder {
    private String id;

    private Builder() {
    }

    /**
     * Invoice ID.
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
      return Validator.validate(new GetInvoiceRequest(this, false));
    }

    /**
     * Builds the request after checking every documented rule.
     *
     * @return the immutable request
     * @throws ValidationException listing every violation at once, each naming its wire path
     */
    public GetInvoiceRequest build() {
      GetInvoiceRequest request = new GetInvoiceRequest(this, true);
      List<Violation> violations = Validator.violationsOf(request);
      if (!violations.isEmpty()) {
        throw new ValidationException("CrystalPay v3 getInvoice request", violations);
      }
      return request;
    }
  }

  /**
   * Checks a {@link GetInvoiceRequest} against every rule CrystalPay documents for v3 getInvoice.
   */
  public static final class Validator {
    private Validator() {
    }

    /**
     * Every violation of the request, in field order; empty when it is valid. A request made by
     * {@link GetInvoiceRequest.Builder#build()} was checked there and, being immutable, is valid for good: it is not
     * checked again.
     *
     * @param request the request to check
     * @return the violations, each naming its wire path
     */
    public static List<Violation> validate(GetInvoiceRequest request) {
      return request.checkedByBuild() ? List.of() : violationsOf(request);
    }

    static List<Violation> violationsOf(GetInvoiceRequest request) {
      // Every violation of the request, however it was made; its builder checks with this.
      Violations violations = new Violations();
      check(request, violations);
      return violations.toList();
    }

    private static void check(GetInvoiceRequest value, Violations violations) {
      violations.required("id", value.id());
    }
  }
}
