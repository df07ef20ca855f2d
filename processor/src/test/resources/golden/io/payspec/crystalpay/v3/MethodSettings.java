package io.payspec.crystalpay.v3;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.payspec.runtime.json.ResponseJson;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The cash register's settings of a method (settings), for payments in and out.
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@ResponseJson
@JsonPropertyOrder({"in", "out"})
public final class MethodSettings {
  @JsonProperty("in")
  private final DirectionSettings incoming;

  @JsonProperty("out")
  private final DirectionSettings outgoing;

  @JsonCreator
  MethodSettings(@JsonProperty("in") DirectionSettings incoming,
      @JsonProperty("out") DirectionSettings outgoing) {
    // Jackson creates the object with this, from the values on the wire.
    this.incoming = incoming;
    this.outgoing = outgoing;
  }

  /**
   * Settings for payments in (invoices).
   *
   * <p>Wire name {@code in}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public DirectionSettings incoming() {
    return incoming;
  }

  /**
   * Settings for payoffs out.
   *
   * <p>Wire name {@code out}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public DirectionSettings outgoing() {
    return outgoing;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof MethodSettings that
        && Objects.equals(incoming, that.incoming)
        && Objects.equals(outgoing, that.outgoing);
  }

  @Override
  public int hashCode() {
    return Objects.hash(incoming, outgoing);
  }

  @Override
  public String toString() {
    return "MethodSettings{"
        + "in=" + incoming
        + ", out=" + outgoing
        + "}";
  }
}
