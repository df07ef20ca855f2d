package io.payspec.runtime.meta;

/** The wire type of a field, for tools that build requests from text (the command line). */
public enum FieldKind {
  STRING,
  INTEGER,
  DECIMAL,
  BOOLEAN,
  /** An instant or a date-time; {@link FieldInfo#format()} gives its pattern, null for ISO-8601. */
  TIMESTAMP,
  /** A calendar date in the pattern {@link FieldInfo#format()} ({@code dd.MM.yyyy}). */
  DATE,
  /** {@code "200 USD"}. */
  CURRENCY_AMOUNT,
  ENUM,
  OBJECT
}
