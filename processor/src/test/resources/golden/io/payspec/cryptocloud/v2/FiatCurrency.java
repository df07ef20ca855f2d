package io.payspec.cryptocloud.v2;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.payspec.runtime.WireEnumIndex;
import io.payspec.runtime.WireEnumValue;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Fiat currencies an amount can be converted from (API v2).
 *
 * <p>{@link #UNKNOWN} stands for a value this version of the client does not know: it keeps
 * responses readable when the provider adds values, and a request holding it is rejected before sending.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public enum FiatCurrency implements WireEnumValue {
  /**
   * Wire value {@code USD}.
   */
  USD("USD"),

  /**
   * Wire value {@code UZS}.
   */
  UZS("UZS"),

  /**
   * Wire value {@code KGS}.
   */
  KGS("KGS"),

  /**
   * Wire value {@code KZT}.
   */
  KZT("KZT"),

  /**
   * Wire value {@code AMD}.
   */
  AMD("AMD"),

  /**
   * Wire value {@code AZN}.
   */
  AZN("AZN"),

  /**
   * Wire value {@code BYN}.
   */
  BYN("BYN"),

  /**
   * Wire value {@code AUD}.
   */
  AUD("AUD"),

  /**
   * Wire value {@code TRY}.
   */
  TRY("TRY"),

  /**
   * Wire value {@code AED}.
   */
  AED("AED"),

  /**
   * Wire value {@code CAD}.
   */
  CAD("CAD"),

  /**
   * Wire value {@code CNY}.
   */
  CNY("CNY"),

  /**
   * Wire value {@code HKD}.
   */
  HKD("HKD"),

  /**
   * Wire value {@code IDR}.
   */
  IDR("IDR"),

  /**
   * Wire value {@code INR}.
   */
  INR("INR"),

  /**
   * Wire value {@code JPY}.
   */
  JPY("JPY"),

  /**
   * Wire value {@code PHP}.
   */
  PHP("PHP"),

  /**
   * Wire value {@code SGD}.
   */
  SGD("SGD"),

  /**
   * Wire value {@code THB}.
   */
  THB("THB"),

  /**
   * Wire value {@code VND}.
   */
  VND("VND"),

  /**
   * Wire value {@code MYR}.
   */
  MYR("MYR"),

  /**
   * Wire value {@code RUB}.
   */
  RUB("RUB"),

  /**
   * Wire value {@code UAH}.
   */
  UAH("UAH"),

  /**
   * Wire value {@code EUR}.
   */
  EUR("EUR"),

  /**
   * Wire value {@code GBP}.
   */
  GBP("GBP"),

  /**
   * A value the descriptor does not document; never sent.
   */
  UNKNOWN(null);

  private static final WireEnumIndex<FiatCurrency> INDEX = WireEnumIndex.of(values(), UNKNOWN);

  private final String wireValue;

  FiatCurrency(String wireValue) {
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
  public static FiatCurrency fromWire(String wireValue) {
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
