package io.payspec.docs.diff;

/** What kind of difference between a page and the spec. */
public enum Kind {
  /** The page documents an endpoint the spec does not have. */
  ENDPOINT_ADDED,
  /** The page has a field the spec does not declare. */
  FIELD_ADDED,
  /** The spec declares a field the page does not have. */
  FIELD_REMOVED,
  /** A field of the spec appears on the page under another, similar name. */
  FIELD_RENAMED,
  /** The required mark differs. */
  REQUIRED_CHANGED,
  /** The type differs. */
  TYPE_CHANGED,
  /** The page lists enum values the spec does not have. */
  ENUM_VALUES_ADDED,
  /** The spec has enum values the page no longer lists. */
  ENUM_VALUES_REMOVED,
  /** Range, length or size bounds differ. */
  BOUNDS_CHANGED,
  /** Method, URL, credential header or parameter placement differ. */
  TRANSPORT_CHANGED,
  /** A documented example cannot be read into the spec's types. */
  EXAMPLE_DOES_NOT_DECODE,
  /** A documented request example reads but breaks a rule of the spec (the client would refuse it). */
  EXAMPLE_DOES_NOT_VALIDATE,
  /** The page itself is broken there (a cut example, a malformed table row). */
  PAGE_PROBLEM
}
