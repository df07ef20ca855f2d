package io.payspec.runtime.meta;

/** The wire type of a field, for tools that build requests from text (the command line). */
public enum FieldKind {
  STRING,
  INTEGER,
  DECIMAL,
  BOOLEAN,
  TIMESTAMP,
  /** {@code "200 USD"}. */
  CURRENCY_AMOUNT,
  ENUM,
  OBJECT
}
