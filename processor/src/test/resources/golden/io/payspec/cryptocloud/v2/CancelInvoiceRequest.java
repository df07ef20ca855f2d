package io.payspec.cryptocloud.v2;

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
 * A request to cancel an invoice with the created status (API v2).
 *
 * <p>Immutable; create it with {@link #builder()}. {@link Builder#build()} checks every documented rule and reports all violations at once.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@RequestJson
@JsonPropertyOrder({"uuid"})
public final class CancelInvoiceRequest {
  private final String uuid;

  private final boolean checkedByBuild;

  private CancelInvoiceRequest(Builder builder, boolean checkedByBuild) {
    this.uuid = builder.uuid;
    this.checkedByBuild = checkedByBuild;
  }

  /**
   * Unique invoice identifier (INV-XXXXXXXX or XXXXXXXX).
   *
   * <p>Wire name {@code uuid}; required.
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
  static CancelInvoiceRequest fromJson(@JsonProperty("uuid") String uuid) {
    // Jackson reads JSON with this, without checking rules; callers validate what they read.
    Builder builder = new Builder();
    builder.uuid = uuid;
    return new CancelInvoiceRequest(builder, false);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CancelInvoiceRequest that
        && Objects.equals(uuid, that.uuid);
  }

  @Override
  public int hashCode() {
    return Objects.hash(uuid);
  }

  @Override
  public String toString() {
    return "CancelInvoiceRequest{"
        + "uuid=" + uuid
        + "}";
  }

  /**
   * Builds {@link CancelInvoiceRequest}. Not thread-safe; each {@code build()} returns a new immutable object.
   */
  @Generated("io.payspec.processor.PayspecProcessor")
  public static final class Builder {
    private String uuid;

    private Builder() {
    }

    /**
     * Unique invoice identifier (INV-XXXXXXXX or XXXXXXXX).
     *
     * <p>Wire name {@code uuid}; required.
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
      return Validator.validate(new CancelInvoiceRequest(this, false));
    }

    /**
     * Builds the request after checking every documented rule.
     *
     * @return the immutable request
     * @throws ValidationException listing every violation at once, each naming its wire path
     */
    public CancelInvoiceRequest build() {
      CancelInvoiceRequest request = new CancelInvoiceRequest(this, true);
      List<Violation> violations = Validator.violationsOf(request);
      if (!violations.isEmpty()) {
        throw new ValidationException("CryptoCloud v2 cancelInvoice request", violations);
      }
      return request;
    }
  }

  /**
   * Checks a {@link CancelInvoiceRequest} against every rule CryptoCloud documents for v2 cancelInvoice.
   */
  public static final class Validator {
    private Validator() {
    }

    /**
     * Every violation of the request, in field order; empty when it is valid. A request made by
     * {@link CancelInvoiceRequest.Builder#build()} was checked there and, being immutable, is valid for good: it is not
     * checked again.
     *
     * @param request the request to check
     * @return the violations, each naming its wire path
     */
    public static List<Violation> validate(CancelInvoiceRequest request) {
      return request.checkedByBuild() ? List.of() : violationsOf(request);
    }

    static List<Violation> violationsOf(CancelInvoiceRequest request) {
      // Every violation of the request, however it was made; its builder checks with this.
      Violations violations = new Violations();
      check(request, violations);
      return violations.toList();
    }

    private static void check(CancelInvoiceRequest value, Violations violations) {
      violations.required("uuid", value.uuid());
    }
  }
}
