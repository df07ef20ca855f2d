package io.payspec.crystalpay.v3;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Amount limits of a method in one direction.
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@JsonAutoDetect(
    fieldVisibility = JsonAutoDetect.Visibility.NONE,
    getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE,
    setterVisibility = JsonAutoDetect.Visibility.NONE,
    creatorVisibility = JsonAutoDetect.Visibility.NONE
)
@JsonIgnoreProperties(
    ignoreUnknown = true
)
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"min", "max"})
public final class Limits {
  @JsonProperty("min")
  private final BigDecimal min;

  @JsonProperty("max")
  private final BigDecimal max;

  /**
   * Creates the object from the values on the wire; Jackson calls it.
   */
  @JsonCreator
  Limits(@JsonProperty("min") BigDecimal min, @JsonProperty("max") BigDecimal max) {
    this.min = min;
    this.max = max;
  }

  /**
   * Minimal amount.
   *
   * <p>Wire name {@code min}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public BigDecimal min() {
    return min;
  }

  /**
   * Maximal amount; "0" in the page's example for payments in (no limit, inferred).
   *
   * <p>Wire name {@code max}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public BigDecimal max() {
    return max;
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
