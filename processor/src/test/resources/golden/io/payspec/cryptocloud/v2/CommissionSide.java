package io.payspec.cryptocloud.v2;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.payspec.runtime.WireEnumIndex;
import io.payspec.runtime.WireEnumValue;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Who pays a fee.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of the client does not know: it keeps
 * responses readable when the provider adds values, and a request holding it is rejected before sending.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public enum CommissionSide implements WireEnumValue {
  /**
   * The payer pays the fee. Wire value {@code client}.
   */
  CLIENT("client"),

  /**
   * The merchant pays the fee. Wire value {@code merchant}.
   */
  MERCHANT("merchant"),

  /**
   * A value the descriptor does not document; never sent.
   */
  UNKNOWN(null);

  private static final WireEnumIndex<CommissionSide> INDEX = WireEnumIndex.of(values(), UNKNOWN);

  private final String wireValue;

  CommissionSide(String wireValue) {
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
  public static CommissionSide fromWire(String wireValue) {
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
