package io.payspec.runtime;

/**
 * Implemented by every generated enum of documented wire values. The Javadoc of its
 * {@code wireValue()} and {@code isKnown()} comes from here: a generated enum does not repeat it.
 */
public interface WireEnumValue {
  /**
   * The value as sent on the wire.
   *
   * @return the wire value; {@code null} for {@code UNKNOWN}, the constant that stands for a value
   *     the descriptor does not document
   */
  String wireValue();

  /**
   * Whether this is a documented value, not {@code UNKNOWN}.
   *
   * @return false only for {@code UNKNOWN}
   */
  boolean isKnown();
}
