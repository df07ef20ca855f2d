package io.payspec.annotations;

/** The aspect of a documentation page a {@link Decision} departs from. */
public enum DecisionTopic {
  /** The descriptor has a field the page's table does not list. */
  FIELD_ADDED,
  /** The page lists a field the descriptor leaves out. */
  FIELD_OMITTED,
  /** The field's wire name differs from the page's (a typo, a translated key, an SDK's spelling). */
  WIRE_NAME,
  /** The required mark differs from the page's. */
  REQUIRED,
  /** The field's type differs from the page's. */
  TYPE,
  /** Bounds (range, length, size) differ from the page's. */
  BOUNDS,
  /** The enum's values differ from the page's list. */
  ENUM_VALUES,
  /** The method, path, parameter placement or envelope differ from the page's. */
  TRANSPORT,
  /** A documented example was corrected or completed. */
  EXAMPLE,
  /** Anything else. */
  OTHER
}
