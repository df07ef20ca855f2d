package io.payspec.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The wire values of one generated enum, looked up both ways: what its {@code fromWire} and
 * {@code knownWireValues} answer. Built once per enum type, in its static initializer, from its
 * constants in declaration order; immutable and thread-safe.
 *
 * @param <E> the enum
 */
public final class WireEnumIndex<E extends Enum<E> & WireEnumValue> {
  private final Map<String, E> byWireValue;
  private final List<String> knownWireValues;
  private final E unknown;

  private WireEnumIndex(Map<String, E> byWireValue, List<String> knownWireValues, E unknown) {
    this.byWireValue = byWireValue;
    this.knownWireValues = knownWireValues;
    this.unknown = unknown;
  }

  /**
   * The index of an enum's constants.
   *
   * @param constants every constant, {@code values()}, in declaration order
   * @param unknown the constant that stands for a value the descriptor does not document
   * @param <E> the enum
   * @return the index
   * @throws IllegalArgumentException if two documented constants share a wire value
   */
  public static <E extends Enum<E> & WireEnumValue> WireEnumIndex<E> of(E[] constants, E unknown) {
    Map<String, E> byWireValue = new HashMap<>();
    List<String> known = new ArrayList<>(constants.length);
    for (E constant : constants) {
      if (constant.isKnown()) {
        E before = byWireValue.putIfAbsent(constant.wireValue(), constant);
        if (before != null) {
          throw new IllegalArgumentException(constant + " and " + before + " share the wire value " + constant.wireValue());
        }
        known.add(constant.wireValue());
      }
    }
    return new WireEnumIndex<>(Map.copyOf(byWireValue), List.copyOf(known), unknown);
  }

  /**
   * The constant for a wire value.
   *
   * @param wireValue the value as received, or {@code null}
   * @return its constant; {@code UNKNOWN} for an undocumented value, {@code null} for {@code null}
   */
  public E fromWire(String wireValue) {
    return wireValue == null ? null : byWireValue.getOrDefault(wireValue, unknown);
  }

  /**
   * Every documented wire value, in documented order.
   *
   * @return the values, unmodifiable
   */
  public List<String> knownWireValues() {
    return knownWireValues;
  }
}
