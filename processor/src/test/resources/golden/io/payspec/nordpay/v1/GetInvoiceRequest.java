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
 * Which invoice to get.
 *
 * <p>Immutable; create it with {@link #builder()}. {@link Builder#build()} checks every documented rule and reports all violations at once.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@RequestJson
@JsonPropertyOrder({"identifier"})
public final class GetInvoiceRequest {
  private final String identifier;

  private final boolean checkedByBuild;

  private GetInvoiceRequest(Builder builder, boolean checkedByBuild) {
    this.identifier = builder.identifier;
    this.checkedByBuild = checkedByBuild;
  }

  /**
   * The invoice's id or uuid.
   *
   * <p>Wire name {@code identifier}; required; sent in the path.
   *
   * <p>Departs from the page: <em>page:</em> an integer id or a UUID4 uuid; a malformed one gives 400; <em>chosen:</em> String, not checked before sending; <em>because</em> It holds either form; the service's 400 says which text it refuses.
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
  static GetInvoiceRequest fromJson(@JsonProperty("identifier") String identifier) {
    // Jackson reads JSON with this, without checking rules; callers validate what they read.
    Builder builder = new Builder();
    builder.identifier = identifier;
    return new GetInvoiceRequest(builder, false);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GetInvoiceRequest that
        && Objects.equals(identifier, that.identifier);
  }

  @Override
  public int hashCode() {
    return Objects.hash(identifier);
  }

  @Override
  public String toString() {
    return "GetInvoiceRequest{"
        + "identifier=" + identifier
        + "}";
  }

  /**
   * Builds {@link GetInvoiceRequest}. Not thread-safe; each {@code build()} returns a new immutable object.
   */
  @Generated("io.payspec.processor.PayspecProcessor")
  public static final class Builder {
    private String identifier;

    private Builder() {
    }

    /**
     * The invoice's id or uuid.
     *
     * <p>Wire name {@code identifier}; required; sent in the path.
     *
     * <p>Departs from the page: <em>page:</em> an integer id or a UUID4 uuid; a malformed one gives 400; <em>chosen:</em> String, not checked before sending; <em>because</em> It holds either form; the service's 400 says which text it refuses.
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
        throw new ValidationException("NordPay v1 getInvoice request", violations);
      }
      return request;
    }
  }

  /**
   * Checks a {@link GetInvoiceRequest} against every rule NordPay documents for v1 getInvoice.
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
      violations.required("identifier", value.identifier());
    }
  }
}
