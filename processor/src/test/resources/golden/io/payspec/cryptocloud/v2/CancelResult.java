package io.payspec.cryptocloud.v2;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.payspec.runtime.json.ResponseJson;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The answer to a cancellation: the invoice was canceled ("status": "success"); the provider's "result" ("ok" or ["ok"]) carries nothing more.
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@ResponseJson
@JsonPropertyOrder({})
public final class CancelResult {
  @JsonCreator
  CancelResult() {
    // Jackson creates the object with this, from the values on the wire.
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof CancelResult;
  }

  @Override
  public int hashCode() {
    return Objects.hash();
  }

  @Override
  public String toString() {
    return "CancelResult{"
        + "}";
  }
}
