package io.payspec.crystalpay.v3;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.payspec.runtime.json.ResponseJson;
import io.payspec.runtime.json.WireNumbers;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * One payment method (API v3), next to the error flag and list.
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@ResponseJson
@JsonPropertyOrder({"method", "name", "currency", "amount_accuracy", "minimal_status_level", "settings", "in", "out"})
public final class PaymentMethod {
  @JsonProperty("method")
  private final String method;

  @JsonProperty("name")
  private final String name;

  @JsonProperty("currency")
  private final String currency;

  @JsonProperty("amount_accuracy")
  private final Integer amountAccuracy;

  private final String amountAccuracyRaw;

  @JsonProperty("minimal_status_level")
  private final Integer minimalStatusLevel;

  private final String minimalStatusLevelRaw;

  @JsonProperty("settings")
  private final MethodSettings settings;

  @JsonProperty("in")
  private final MethodDirection incoming;

  @JsonProperty("out")
  private final MethodDirection outgoing;

  @JsonCreator
  PaymentMethod(@JsonProperty("method") String method, @JsonProperty("name") String name,
      @JsonProperty("currency") String currency,
      @JsonProperty("amount_accuracy") @JsonDeserialize(using = WireNumbers.Int.class) Object amountAccuracy,
      @JsonProperty("minimal_status_level") @JsonDeserialize(using = WireNumbers.Int.class) Object minimalStatusLevel,
      @JsonProperty("settings") MethodSettings settings,
      @JsonProperty("in") MethodDirection incoming, @JsonProperty("out") MethodDirection outgoing) {
    // Jackson creates the object with this, from the values on the wire.
    this.method = method;
    this.name = name;
    this.currency = currency;
    this.amountAccuracy = WireNumbers.value(amountAccuracy, Integer.class);
    this.amountAccuracyRaw = WireNumbers.raw(amountAccuracy);
    this.minimalStatusLevel = WireNumbers.value(minimalStatusLevel, Integer.class);
    this.minimalStatusLevelRaw = WireNumbers.raw(minimalStatusLevel);
    this.settings = settings;
    this.incoming = incoming;
    this.outgoing = outgoing;
  }

  /**
   * Internal name of the method.
   *
   * <p>Wire name {@code method}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String method() {
    return method;
  }

  /**
   * Display name of the method.
   *
   * <p>Wire name {@code name}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String name() {
    return name;
  }

  /**
   * Currency of the method.
   *
   * <p>Wire name {@code currency}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public String currency() {
    return currency;
  }

  /**
   * Precision of amounts: number of digits after the decimal point.
   *
   * <p>Wire name {@code amount_accuracy}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code amountAccuracyRaw()} has it)
   */
  public Integer amountAccuracy() {
    return amountAccuracy;
  }

  /**
   * The wire value of {@code amount_accuracy} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code amountAccuracy()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String amountAccuracyRaw() {
    return amountAccuracyRaw;
  }

  /**
   * Minimal status level of the cash register for using the method (inferred from the name).
   *
   * <p>Wire name {@code minimal_status_level}.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code minimalStatusLevelRaw()} has it)
   */
  public Integer minimalStatusLevel() {
    return minimalStatusLevel;
  }

  /**
   * The wire value of {@code minimal_status_level} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code minimalStatusLevel()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String minimalStatusLevelRaw() {
    return minimalStatusLevelRaw;
  }

  /**
   * The cash register's own settings of the method, for payments in and out.
   *
   * <p>Wire name {@code settings}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public MethodSettings settings() {
    return settings;
  }

  /**
   * Payments in (invoices) through the method: availability, limits and fees.
   *
   * <p>Wire name {@code in}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public MethodDirection incoming() {
    return incoming;
  }

  /**
   * Payoffs out through the method: availability, limits and fees.
   *
   * <p>Wire name {@code out}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public MethodDirection outgoing() {
    return outgoing;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PaymentMethod that
        && Objects.equals(method, that.method)
        && Objects.equals(name, that.name)
        && Objects.equals(currency, that.currency)
        && Objects.equals(amountAccuracy, that.amountAccuracy)
        && Objects.equals(minimalStatusLevel, that.minimalStatusLevel)
        && Objects.equals(settings, that.settings)
        && Objects.equals(incoming, that.incoming)
        && Objects.equals(outgoing, that.outgoing);
  }

  @Override
  public int hashCode() {
    return Objects.hash(method, name, currency, amountAccuracy, minimalStatusLevel, settings, incoming, outgoing);
  }

  @Override
  public String toString() {
    return "PaymentMethod{"
        + "method=" + method
        + ", name=" + name
        + ", currency=" + currency
        + ", amount_accuracy=" + amountAccuracy
        + ", minimal_status_level=" + minimalStatusLevel
        + ", settings=" + settings
        + ", in=" + incoming
        + ", out=" + outgoing
        + "}";
  }
}
