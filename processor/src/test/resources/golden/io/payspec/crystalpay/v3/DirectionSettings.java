package io.payspec.crystalpay.v3;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.payspec.runtime.json.ResponseJson;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The cash register's settings of a method in one direction (settings.in, settings.out).
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@ResponseJson
@JsonPropertyOrder({"enabled", "extra_commissions"})
public final class DirectionSettings {
  @JsonProperty("enabled")
  private final Boolean enabled;

  @JsonProperty("extra_commissions")
  private final Commissions extraCommissions;

  @JsonCreator
  DirectionSettings(@JsonProperty("enabled") Boolean enabled,
      @JsonProperty("extra_commissions") Commissions extraCommissions) {
    // Jackson creates the object with this, from the values on the wire.
    this.enabled = enabled;
    this.extraCommissions = extraCommissions;
  }

  /**
   * Whether the cash register has the method enabled in this direction.
   *
   * <p>Wire name {@code enabled}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public Boolean enabled() {
    return enabled;
  }

  /**
   * Extra fees the cash register adds in this direction.
   *
   * <p>Wire name {@code extra_commissions}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public Commissions extraCommissions() {
    return extraCommissions;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DirectionSettings that
        && Objects.equals(enabled, that.enabled)
        && Objects.equals(extraCommissions, that.extraCommissions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(enabled, extraCommissions);
  }

  @Override
  public String toString() {
    return "DirectionSettings{"
        + "enabled=" + enabled
        + ", extra_commissions=" + extraCommissions
        + "}";
  }
}
