package io.payspec.runtime;

/** Implemented by every generated enum of documented wire values. */
public interface WireEnumValue {
  /** The value as sent on the wire; for {@code UNKNOWN}, {@code null}. */
  String wireValue();

  /** False for the {@code UNKNOWN} constant that stands for a value the descriptor does not list. */
  boolean isKnown();
}
