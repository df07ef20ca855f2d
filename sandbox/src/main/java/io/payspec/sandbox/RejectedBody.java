package io.payspec.sandbox;

import io.payspec.runtime.validation.Violation;
import java.util.List;

/** A request body that cannot be read as its request type: malformed JSON or a value of the wrong type. */
final class RejectedBody extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  RejectedBody(Violation violation, Throwable cause) {
    super(violation.toString(), cause);
    this.violations = List.of(violation);
  }

  /** What is wrong, as violations the error shapes can report. */
  List<Violation> violations() {
    return violations;
  }
}
