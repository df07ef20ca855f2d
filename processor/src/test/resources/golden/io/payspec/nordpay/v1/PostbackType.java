package io.payspec.nordpay.v1;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.payspec.runtime.WireEnumIndex;
import io.payspec.runtime.WireEnumValue;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Kind of postback.
 *
 * <p>{@link #UNKNOWN} stands for a value this version of the client does not know: it keeps
 * responses readable when the provider adds values, and a request holding it is rejected before sending.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public enum PostbackType implements WireEnumValue {
  /**
   * Wire value {@code transaction}.
   */
  TRANSACTION("transaction"),

  /**
   * Wire value {@code invoice_expired}.
   */
  INVOICE_EXPIRED("invoice_expired"),

  /**
   * Wire value {@code wallet_expired}.
   */
  WALLET_EXPIRED("wallet_expired"),

  /**
   * A value the descriptor does not document; never sent.
   */
  UNKNOWN(null);

  private static final WireEnumIndex<PostbackType> INDEX = WireEnumIndex.of(values(), UNKNOWN);

  private final String wireValue;

  PostbackType(String wireValue) {
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
  public static PostbackType fromWire(String wireValue) {
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
