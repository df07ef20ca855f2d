package io.payspec.cryptocloud.v2;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.payspec.runtime.json.ResponseJson;
import io.payspec.runtime.json.WireNumbers;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;

/**
 * A page of invoices: the list in "result" and the total count beside it.
 *
 * <p>Immutable. Fields the provider adds later are ignored; values it adds to an enum read as
 * {@code UNKNOWN}, with the value as received kept alongside. A timestamp or number in another
 * format reads as empty, never as a failure.
 */
@Generated("io.payspec.processor.PayspecProcessor")
@ResponseJson
@JsonPropertyOrder({"result", "all_count"})
public final class InvoiceList {
  @JsonProperty("result")
  private final List<Invoice> result;

  @JsonProperty("all_count")
  private final Integer allCount;

  private final String allCountRaw;

  @JsonCreator
  InvoiceList(@JsonProperty("result") List<Invoice> result,
      @JsonProperty("all_count") @JsonDeserialize(using = WireNumbers.Int.class) Object allCount) {
    // Jackson creates the object with this, from the values on the wire.
    this.result = result == null ? null : Collections.unmodifiableList(new ArrayList<>(result));
    this.allCount = WireNumbers.value(allCount, Integer.class);
    this.allCountRaw = WireNumbers.raw(allCount);
  }

  /**
   * The invoices of the period, from offset to limit.
   *
   * <p>Wire name {@code result}.
   *
   * @return the value, or {@code null} when the provider did not send it
   */
  public List<Invoice> result() {
    return result;
  }

  /**
   * Number of invoices of the period (read by partyzanex/go-cryptocloud).
   *
   * <p>Wire name {@code all_count}.
   *
   * <p>Departs from the page: <em>page:</em> on no stored page; partyzanex/go-cryptocloud (response.go) reads a top-level all_count next to status and result; <em>chosen:</em> an optional Integer beside the list; <em>because</em> A caller paging through a period needs the total; absent, it reads as empty.
   *
   * @return the value, or {@code null} when the provider did not send it or sent it in another format (then {@code allCountRaw()} has it)
   */
  public Integer allCount() {
    return allCount;
  }

  /**
   * The wire value of {@code all_count} as received when it could not be read as a number (text that is
   * not one, a number outside the limits or the type's range); then {@code allCount()} is empty.
   *
   * @return the text as received (at most 1,000 characters), or {@code null} when the value was read
   *     as a number or was absent
   */
  public String allCountRaw() {
    return allCountRaw;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof InvoiceList that
        && Objects.equals(result, that.result)
        && Objects.equals(allCount, that.allCount);
  }

  @Override
  public int hashCode() {
    return Objects.hash(result, allCount);
  }

  @Override
  public String toString() {
    return "InvoiceList{"
        + "result=" + result
        + ", all_count=" + allCount
        + "}";
  }
}
