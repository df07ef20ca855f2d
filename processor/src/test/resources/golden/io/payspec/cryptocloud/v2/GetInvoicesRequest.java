package io.payspec.cryptocloud.v2;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.payspec.runtime.ImmutableLists;
import io.payspec.runtime.error.ValidationException;
import io.payspec.runtime.json.RequestJson;
import io.payspec.runtime.validation.Violation;
import io.payspec.runtime.validation.Violations;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * A request for complete information on invoices by their identifiers (API v2).
 *
 * <p>Immutable; create it with {@link #builder()}. {@link Builder#build()} checks every documented rule and reports all violations at once.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@RequestJson
@JsonPropertyOrder({"uuids"})
public final class GetInvoicesRequest {
  private final List<String> uuids;

  private final boolean checkedByBuild;

  private GetInvoicesRequest(Builder builder, boolean checkedByBuild) {
    this.uuids = builder.uuids;
    this.checkedByBuild = checkedByBuild;
  }

  /**
   * List of invoice identifiers (INV-XXXXXXXX or XXXXXXXX).
   *
   * <p>Wire name {@code uuids}; required; at least 1 element; at most 100 elements.
   *
   * <p>Departs from the page: <em>page:</em> "Maximum number of identifiers per request — 100"; no minimum; <em>chosen:</em> 1..100 identifiers; <em>because</em> The maximum is the page's; an empty list asks for nothing.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("uuids")
  public List<String> uuids() {
    return uuids;
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
    copy.uuids = uuids;
    return copy;
  }

  @JsonCreator
  static GetInvoicesRequest fromJson(@JsonProperty("uuids") List<String> uuids) {
    // Jackson reads JSON with this, without checking rules; callers validate what they read.
    Builder builder = new Builder();
    builder.uuids = uuids == null ? null : Collections.unmodifiableList(uuids);
    return new GetInvoicesRequest(builder, false);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GetInvoicesRequest that
        && Objects.equals(uuids, that.uuids);
  }

  @Override
  public int hashCode() {
    return Objects.hash(uuids);
  }

  @Override
  public String toString() {
    return "GetInvoicesRequest{"
        + "uuids=" + uuids
        + "}";
  }

  /**
   * Builds {@link GetInvoicesRequest}. Not thread-safe; each {@code build()} returns a new immutable object.
   */
  @Generated("io.payspec.processor.PayspecProcessor")
  public static final class Builder {
    private List<String> uuids;

    private Builder() {
    }

    /**
     * List of invoice identifiers (INV-XXXXXXXX or XXXXXXXX).
     *
     * <p>Wire name {@code uuids}; required; at least 1 element; at most 100 elements.
     *
     * <p>Departs from the page: <em>page:</em> "Maximum number of identifiers per request — 100"; no minimum; <em>chosen:</em> 1..100 identifiers; <em>because</em> The maximum is the page's; an empty list asks for nothing.
     *
     * @param uuids the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder uuids(List<String> uuids) {
      this.uuids = ImmutableLists.copyOf(uuids);
      return this;
    }

    /**
     * Sets {@code uuids} to the given values.
     *
     * @param uuids the values
     * @return this builder
     */
    public Builder uuids(String... uuids) {
      this.uuids = ImmutableLists.of(uuids);
      return this;
    }

    /**
     * Checks every documented rule against the values set so far, without throwing.
     *
     * @return every violation, each naming its wire path; empty when the request is valid
     */
    public List<Violation> validate() {
      return Validator.validate(new GetInvoicesRequest(this, false));
    }

    /**
     * Builds the request after checking every documented rule.
     *
     * @return the immutable request
     * @throws ValidationException listing every violation at once, each naming its wire path
     */
    public GetInvoicesRequest build() {
      GetInvoicesRequest request = new GetInvoicesRequest(this, true);
      List<Violation> violations = Validator.violationsOf(request);
      if (!violations.isEmpty()) {
        throw new ValidationException("CryptoCloud v2 getInvoices request", violations);
      }
      return request;
    }
  }

  /**
   * Checks a {@link GetInvoicesRequest} against every rule CryptoCloud documents for v2 getInvoices.
   */
  public static final class Validator {
    private Validator() {
    }

    /**
     * Every violation of the request, in field order; empty when it is valid. A request made by
     * {@link GetInvoicesRequest.Builder#build()} was checked there and, being immutable, is valid for good: it is not
     * checked again.
     *
     * @param request the request to check
     * @return the violations, each naming its wire path
     */
    public static List<Violation> validate(GetInvoicesRequest request) {
      return request.checkedByBuild() ? List.of() : violationsOf(request);
    }

    static List<Violation> violationsOf(GetInvoicesRequest request) {
      // Every violation of the request, however it was made; its builder checks with this.
      Violations violations = new Violations();
      check(request, violations);
      return violations.toList();
    }

    private static void check(GetInvoicesRequest value, Violations violations) {
      violations.required("uuids", value.uuids());
      violations.size("uuids", value.uuids(), 1, 100);
    }
  }
}
