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
 * Amount limits of a method in one direction.
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@ResponseJson
@JsonPropertyOrder({"min", "max"})
public final class Limits {
  @JsonProperty("min")
  private final BigDecimal min;

  private final String minRaw;

  @JsonProperty("max")
  private final BigDecimal max;

  private final String maxRaw;

  @JsonCreator
  Limits(@JsonProperty("min") @JsonDeserialize(using = WireNumbers.Decimal.class) Object min,
      @JsonProperty("max") @JsonDeserialize(using = WireNumbers.Decimal.class) Object max) {
    // Jackson creates the object with this, from the values on the wire.
    this.min = WireNumbers.value(min, BigDecimal.class);
    this.minRaw = WireNumbers.raw(min);
    this.max = WireNumbers.value(max, BigDecimal.class);
    this.maxRaw = WireNumbers.raw(max);
  }

  /**
   * Minimal amount.
   *
   * <p>Wire name {@code min}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code minRaw()} has it)
   */
  public BigDecimal min() {
    return min;
  }

  /**
   * The wire value of {@code min} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code min()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String minRaw() {
    return minRaw;
  }

  /**
   * Maximal amount; "0" in the page's example for payments in (no limit, inferred).
   *
   * <p>Wire name {@code max}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code maxRaw()} has it)
   */
  public BigDecimal max() {
    return max;
  }

  /**
   * The wire value of {@code max} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code max()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String maxRaw() {
    return maxRaw;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Limits that
        && Objects.equals(min, that.min)
        && Objects.equals(max, that.max);
  }

  @Override
  public int hashCode() {
    return Objects.hash(min, max);
  }

  @Override
  public String toString() {
    return "Limits{"
        + "min=" + min
        + ", max=" + max
        + "}";
  }
}
