package io.payspec.crystalpay.v3;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.payspec.runtime.json.ResponseJson;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * The cash register's balances (API v3), next to the error flag and list.
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@ResponseJson
@JsonPropertyOrder({"items"})
public final class BalanceList {
  @JsonProperty("items")
  private final Map<String, Balance> items;

  @JsonCreator
  BalanceList(@JsonProperty("items") Map<String, Balance> items) {
    // Jackson creates the object with this, from the values on the wire.
    this.items = items == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(items));
  }

  /**
   * Balances keyed by the internal name of the balance / method (BITCOIN, USDTTRC, ...).
   *
   * <p>Wire name {@code items}.
   *
   * <p>Departs from the page: <em>page:</em> an object keyed by method name; pycrystalpay: "an empty list if no non-zero balances" ([] instead of {}); <em>chosen:</em> Map&lt;String, Balance&gt;; an empty [] reads as an empty map (example sdk-empty); <em>because</em> The page's shape; the SDK's empty list carries no balance, so it is no reason to give up the keyed type.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public Map<String, Balance> items() {
    return items;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BalanceList that
        && Objects.equals(items, that.items);
  }

  @Override
  public int hashCode() {
    return Objects.hash(items);
  }

  @Override
  public String toString() {
    return "BalanceList{"
        + "items=" + items
        + "}";
  }
}
