package io.payspec.cryptocloud.v2;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.payspec.runtime.json.RequestJson;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Invoice lifetime, in hours and minutes (add_fields.time_to_pay).
 *
 * <p>Immutable; create it with {@link #builder()}. Its rules are checked when the enclosing request is built, so that violations name the full wire path.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@RequestJson
@JsonPropertyOrder({"hours", "minutes"})
public final class TimeToPay {
  private final Integer hours;

  private final Integer minutes;

  private TimeToPay(Builder builder) {
    this.hours = builder.hours;
    this.minutes = builder.minutes;
  }

  /**
   * Hours of the invoice lifetime.
   *
   * <p>Wire name {@code hours}; at least 0.
   *
   * <p>Departs from the page: <em>page:</em> no bounds; example {"hours": 24, "minutes": 0}; <em>chosen:</em> at least 0, no upper bound; not required; <em>because</em> No upper bound is documented and a guessed one could refuse a valid lifetime; the provider decides what a partial object means.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("hours")
  public Integer hours() {
    return hours;
  }

  /**
   * Minutes of the invoice lifetime.
   *
   * <p>Wire name {@code minutes}; at least 0; at most 59.
   *
   * <p>Departs from the page: <em>page:</em> no bounds; example {"hours": 24, "minutes": 0}; <em>chosen:</em> 0..59; not required; <em>because</em> The minutes part of an hours-and-minutes duration; the provider decides what a partial object means.
   *
   * @return the value, or {@code null} when it is not set
   */
  @JsonProperty("minutes")
  public Integer minutes() {
    return minutes;
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
    copy.hours = hours;
    copy.minutes = minutes;
    return copy;
  }

  @JsonCreator
  static TimeToPay fromJson(@JsonProperty("hours") Integer hours,
      @JsonProperty("minutes") Integer minutes) {
    // Jackson reads JSON with this, without checking rules; callers validate what they read.
    Builder builder = new Builder();
    builder.hours = hours;
    builder.minutes = minutes;
    return new TimeToPay(builder);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TimeToPay that
        && Objects.equals(hours, that.hours)
        && Objects.equals(minutes, that.minutes);
  }

  @Override
  public int hashCode() {
    return Objects.hash(hours, minutes);
  }

  @Override
  public String toString() {
    return "TimeToPay{"
        + "hours=" + hours
        + ", minutes=" + minutes
        + "}";
  }

  /**
   * Builds {@link TimeToPay}. Not thread-safe; each {@code build()} returns a new immutable object.
   */
  @Generated("io.payspec.processor.PayspecProcessor")
  public static final class Builder {
    private Integer hours;

    private Integer minutes;

    private Builder() {
    }

    /**
     * Hours of the invoice lifetime.
     *
     * <p>Wire name {@code hours}; at least 0.
     *
     * <p>Departs from the page: <em>page:</em> no bounds; example {"hours": 24, "minutes": 0}; <em>chosen:</em> at least 0, no upper bound; not required; <em>because</em> No upper bound is documented and a guessed one could refuse a valid lifetime; the provider decides what a partial object means.
     *
     * @param hours the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder hours(Integer hours) {
      this.hours = hours;
      return this;
    }

    /**
     * Minutes of the invoice lifetime.
     *
     * <p>Wire name {@code minutes}; at least 0; at most 59.
     *
     * <p>Departs from the page: <em>page:</em> no bounds; example {"hours": 24, "minutes": 0}; <em>chosen:</em> 0..59; not required; <em>because</em> The minutes part of an hours-and-minutes duration; the provider decides what a partial object means.
     *
     * @param minutes the value, or {@code null} to leave it unset
     * @return this builder
     */
    public Builder minutes(Integer minutes) {
      this.minutes = minutes;
      return this;
    }

    /**
     * Builds the object; its rules are checked when the enclosing request is built.
     *
     * @return the immutable object
     */
    public TimeToPay build() {
      return new TimeToPay(this);
    }
  }
}
