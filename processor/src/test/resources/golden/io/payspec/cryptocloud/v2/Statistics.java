package io.payspec.cryptocloud.v2;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.payspec.runtime.json.ResponseJson;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * Invoice statistics of the period: numbers of invoices and their amounts in USD, by status.
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@ResponseJson
@JsonPropertyOrder({"count", "amount"})
public final class Statistics {
  @JsonProperty("count")
  private final StatusCounts count;

  @JsonProperty("amount")
  private final StatusAmounts amount;

  @JsonCreator
  Statistics(@JsonProperty("count") StatusCounts count,
      @JsonProperty("amount") StatusAmounts amount) {
    // Jackson creates the object with this, from the values on the wire.
    this.count = count;
    this.amount = amount;
  }

  /**
   * Object containing values for the number of invoices.
   *
   * <p>Wire name {@code count}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public StatusCounts count() {
    return count;
  }

  /**
   * Object containing values for amounts in USD.
   *
   * <p>Wire name {@code amount}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public StatusAmounts amount() {
    return amount;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Statistics that
        && Objects.equals(count, that.count)
        && Objects.equals(amount, that.amount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(count, amount);
  }

  @Override
  public String toString() {
    return "Statistics{"
        + "count=" + count
        + ", amount=" + amount
        + "}";
  }
}
