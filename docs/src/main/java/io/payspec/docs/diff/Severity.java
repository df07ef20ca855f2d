package io.payspec.docs.diff;

/** How a difference affects users of the client, oasdiff-style. */
public enum Severity {
  /** Code or calls that work with today's client may stop working. */
  BREAKING,
  /** Worth a descriptor change, but nothing that works today stops working. */
  NON_BREAKING,
  /** A problem of the page itself (a cut example, a malformed row): not drift. */
  INFO
}
