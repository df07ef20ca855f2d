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
 * A request for the cash register's balances (API v3).
 *
 * <p>Immutable; create it with {@link #builder()}. {@link Builder#build()} checks every documented rule and reports all violations at once.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@RequestJson
@JsonPropertyOrder({"hide_empty"})
public final class ListBalancesRequest {
  private final Boolean hideEmpty;

  private final boolean checkedByBuild;

  private ListBalancesRequest(Builder builder, boolean checkedByBuild) {
    this.hideEmpty = builder.hideEmpty;
    this.checkedByBuild = checkedByBuild;
  }

  /**
   * Hide empty balances.
   *
   * <p>Wire name {@code hide_empty}.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("hide_empty")
  public Boolean hideEmpty() {
    return hideEmpty;
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
    copy.hideEmpty = hideEmpty;
    return copy;
  }

  @JsonCreator
  static ListBalancesRequest fromJson(@JsonProperty("hide_empty") Boolean hideEmpty) {
    // Jackson reads JSON with this, without checking rules; callers validate what they read.
    Builder builder = new Builder();
    builder.hideEmpty = hideEmpty;
    return new ListBalancesRequest(builder, false);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ListBalancesRequest that
        && Objects.equals(hideEmpty, that.hideEmpty);
  }

  @Override
  public int hashCode() {
    return Objects.hash(hideEmpty);
  }

  @Override
  public String toString() {
    return "ListBalancesRequest{"
        + "hide_empty=" + hideEmpty
        + "}";
  }

  /**
   * Builds {@link ListBalancesRequest}. Not thread-safe; each {@code build()} returns a new immutable object.
   */
  @Generated("io.payspec.processor.PayspecProcessor")
  public static final class Builder {
    private Boolean hideEmpty;

    private Builder() {
    }

    /**
     * Hide empty balances.
     *
     * <p>Wire name {@code hide_empty}.
     *
     * @param hideEmpty the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder hideEmpty(Boolean hideEmpty) {
      this.hideEmpty = hideEmpty;
      return this;
    }

    /**
     * Checks every documented rule against the values set so far, without throwing.
     *
     * @return every violation, each naming its wire path; empty when the request is valid
     */
    public List<Violation> validate() {
      return Validator.validate(new ListBalancesRequest(this, false));
    }

    /**
     * Builds the request after checking every documented rule.
     *
     * @return the immutable request
     * @throws ValidationException listing every violation at once, each naming its wire path
     */
    public ListBalancesRequest build() {
      ListBalancesRequest request = new ListBalancesRequest(this, true);
      List<Violation> violations = Validator.violationsOf(request);
      if (!violations.isEmpty()) {
        throw new ValidationException("CrystalPay v3 listBalances request", violations);
      }
      return request;
    }
  }

  /**
   * Checks a {@link ListBalancesRequest} against every rule CrystalPay documents for v3 listBalances.
   */
  public static final class Validator {
    private Validator() {
    }

    /**
     * Every violation of the request, in field order; empty when it is valid. A request made by
     * {@link ListBalancesRequest.Builder#build()} was checked there and, being immutable, is valid for good: it is not
     * checked again.
     *
     * @param request the request to check
     * @return the violations, each naming its wire path
     */
    public static List<Violation> validate(ListBalancesRequest request) {
      return request.checkedByBuild() ? List.of() : violationsOf(request);
    }

    static List<Violation> violationsOf(ListBalancesRequest request) {
      // Every violation of the request, however it was made; its builder checks with this.
      Violations violations = new Violations();
      check(request, violations);
      return violations.toList();
    }

    private static void check(ListBalancesRequest value, Violations violations) {
    }
  }
}
