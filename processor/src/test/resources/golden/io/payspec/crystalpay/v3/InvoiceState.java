package io.payspec.crystalpay.v3;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.payspec.runtime.WireEnumIndex;
import io.payspec.runtime.WireEnumValue;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * State of an invoice.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of the client does not know: it keeps
 * responses readable when the provider adds values, and a request holding it is rejected before sending.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public enum InvoiceState implements WireEnumValue {
  /**
   * Not paid yet. Wire value {@code notpayed}.
   */
  NOT_PAID("notpayed"),

  /**
   * Payment in progress. Wire value {@code processing}.
   */
  PROCESSING("processing"),

  /**
   * Paid with a wrong amount. Wire value {@code wrongamount}.
   */
  WRONG_AMOUNT("wrongamount"),

  /**
   * Failed. Wire value {@code failed}.
   */
  FAILED("failed"),

  /**
   * Paid. Wire value {@code payed}.
   */
  PAID("payed"),

  /**
   * Unavailable (pycrystalpay only). Wire value {@code unavailable}.
   */
  UNAVAILABLE("unavailable"),

  /**
   * A value the descriptor does not document; never sent.
   */
  UNKNOWN(null);

  private static final WireEnumIndex<InvoiceState> INDEX = WireEnumIndex.of(values(), UNKNOWN);

  private final String wireValue;

  InvoiceState(String wireValue) {
    this.wireValue = wireValue;
  }

  @Override
  @JsonValue
  public String wireValue() {
    return wireValue;
  }

  @Override
  public boolean isKnown() {
    return this != UNKNOWN;
  }

  /**
   * The constant for a wire value: {@link #UNKNOWN} for an undocumented one, {@code null} for {@code null}.
   *
   * @param wireValue the value as received, or {@code null}
   * @return its constant
   */
  @JsonCreator
  public static InvoiceState fromWire(String wireValue) {
    return INDEX.fromWire(wireValue);
  }

  /**
   * Every documented wire value, in documented order.
   *
   * @return the values, unmodifiable
   */
  public static List<String> knownWireValues() {
    return INDEX.knownWireValues();
  }
}
