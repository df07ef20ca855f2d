package io.payspec.cryptocloud.v1;

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
 * A request for the status of one CryptoCloud invoice (API v1).
 *
 * <p>Immutable; create it with {@link #builder()}. {@link Builder#build()} checks every documented rule and reports all violations at once.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@RequestJson
@JsonPropertyOrder({"uuid"})
public final class GetInvoiceRequest {
  private final String uuid;

  private final boolean checkedByBuild;

  private GetInvoiceRequest(Builder builder, boolean checkedByBuild) {
    this.uuid = builder.uuid;
    this.checkedByBuild = checkedByBuild;
  }

  /**
   * Unique invoice identifier (the SDK sends INV- followed by the invoice_id of v1 createInvoice).
   *
   * <p>Wire name {@code uuid}; required; sent in the query string.
   *
   * <p>Departs from the page: <em>page:</em> whether uuid takes INV-XXXXXXXX or XXXXXXXX is not stated; <em>chosen:</em> sent exactly as given; <em>because</em> Adding a prefix would guess; the SDK's INV- form is the documented example.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("uuid")
  public String uuid() {
    return uuid;
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
    copy.uuid = uuid;
    return copy;
  }

  @JsonCreator
  static GetInvoiceRequest fromJson(@JsonProperty("uuid") String uuid) {
    // Jackson reads JSON with this, without checking rules; callers validate what they read.
    Builder builder = new Builder();
    builder.uuid = uuid;
    return new GetInvoiceRequest(builder, false);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GetInvoiceRequest that
        && Objects.equals(uuid, that.uuid);
  }

  @Override
  public int hashCode() {
    return Objects.hash(uuid);
  }

  @Override
  public String toString() {
    return "GetInvoiceRequest{"
        + "uuid=" + uuid
        + "}";
  }

  /**
   * Builds {@link GetInvoiceRequest}. Not thread-safe; each {@code build()} returns a new immutable object.
   */
  @Generated("io.payspec.processor.PayspecProcessor")
  public static final class Builder {
    private String uuid;

    private Builder() {
    }

    /**
     * Unique invoice identifier (the SDK sends INV- followed by the invoice_id of v1 createInvoice).
     *
     * <p>Wire name {@code uuid}; required; sent in the query string.
     *
     * <p>Departs from the page: <em>page:</em> whether uuid takes INV-XXXXXXXX or XXXXXXXX is not stated; <em>chosen:</em> sent exactly as given; <em>because</em> Adding a prefix would guess; the SDK's INV- form is the documented example.
     *
     * @param uuid the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder uuid(String uuid) {
      this.uuid = uuid;
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
        throw new ValidationException("CryptoCloud v1 getInvoice request", violations);
      }
      return request;
    }
  }

  /**
   * Checks a {@link GetInvoiceRequest} against every rule CryptoCloud documents for v1 getInvoice.
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
      violations.required("uuid", value.uuid());
    }
  }
}
