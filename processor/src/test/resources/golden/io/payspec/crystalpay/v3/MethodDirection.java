package io.payspec.crystalpay.v3;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.payspec.runtime.json.ResponseJson;
import io.payspec.runtime.json.WireNumbers;
import java.math.BigDecimal;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * A method in one direction (in, out): availability, limits and fees.
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@ResponseJson
@JsonPropertyOrder({"enabled", "limits", "commissions", "fee"})
public final class MethodDirection {
  @JsonProperty("enabled")
  private final Boolean enabled;

  @JsonProperty("limits")
  private final Limits limits;

  @JsonProperty("commissions")
  private final Commissions commissions;

  @JsonProperty("fee")
  private final BigDecimal fee;

  private final String feeRaw;

  @JsonCreator
  MethodDirection(@JsonProperty("enabled") Boolean enabled, @JsonProperty("limits") Limits limits,
      @JsonProperty("commissions") Commissions commissions,
      @JsonProperty("fee") @JsonDeserialize(using = WireNumbers.Decimal.class) Object fee) {
    // Jackson creates the object with this, from the values on the wire.
    this.enabled = enabled;
    this.limits = limits;
    this.commissions = commissions;
    this.fee = WireNumbers.value(fee, BigDecimal.class);
    this.feeRaw = WireNumbers.raw(fee);
  }

  /**
   * Whether the method is available in this direction.
   *
   * <p>Wire name {@code enabled}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public Boolean enabled() {
    return enabled;
  }

  /**
   * Amount limits in this direction.
   *
   * <p>Wire name {@code limits}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public Limits limits() {
    return limits;
  }

  /**
   * Fees of the method in this direction.
   *
   * <p>Wire name {@code commissions}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public Commissions commissions() {
    return commissions;
  }

  /**
   * Further fee in this direction, next to the commissions (the page does not describe it).
   *
   * <p>Wire name {@code fee}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code feeRaw()} has it)
   */
  public BigDecimal fee() {
    return fee;
  }

  /**
   * The wire value of {@code fee} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code fee()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String feeRaw() {
    return feeRaw;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MethodDirection that
        && Objects.equals(enabled, that.enabled)
        && Objects.equals(limits, that.limits)
        && Objects.equals(commissions, that.commissions)
        && Objects.equals(fee, that.fee);
  }

  @Override
  public int hashCode() {
    return Objects.hash(enabled, limits, commissions, fee);
  }

  @Override
  public String toString() {
    return "MethodDirection{"
        + "enabled=" + enabled
        + ", limits=" + limits
        + ", commissions=" + commissions
        + ", fee=" + fee
        + "}";
  }
}
