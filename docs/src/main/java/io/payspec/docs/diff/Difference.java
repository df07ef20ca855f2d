package io.payspec.docs.diff;

import io.payspec.docs.spec.SpecDecision;

/**
 * One difference between a page and the spec.
 *
 * @param kind what differs
 * @param severity what it does to users of the client
 * @param where {@code request}, {@code response}, {@code header}, {@code endpoint} or {@code page}
 * @param field the wire path concerned, or empty
 * @param page what the page says, short
 * @param spec what the spec says, short
 * @param reason one line: why it has this severity
 * @param line the page line it comes from, or 0
 * @param decision the spec's recorded decision that explains it, or null (then it is drift)
 */
public record Difference(
    Kind kind,
    Severity severity,
    String where,
    String field,
    String page,
    String spec,
    String reason,
    int line,
    SpecDecision decision) {

  /** Whether a recorded decision explains it. */
  public boolean known() {
    return decision != null;
  }

  /** The same difference, explained by a decision. */
  Difference explainedBy(SpecDecision d) {
    return new Difference(kind, severity, where, field, page, spec, reason, line, d);
  }

  /** Whether it counts against {@code --fail-on}: unexplained and at least as severe as the threshold. */
  public boolean failsAt(Severity threshold) {
    return !known() && severity != Severity.INFO && severity.ordinal() <= threshold.ordinal();
  }
}
