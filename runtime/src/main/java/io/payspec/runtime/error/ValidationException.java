package io.payspec.runtime.error;

import io.payspec.runtime.validation.Violation;
import java.util.List;
import java.util.stream.Collectors;

/** A request breaks documented rules; nothing was sent. Lists every violation at once. */
public class ValidationException extends PayspecException {
  private static final long serialVersionUID = 1L;

  private final transient List<Violation> violations;

  public ValidationException(String subject, List<Violation> violations) {
    super(subject + " is invalid: " + violations.size()
        + (violations.size() == 1 ? " violation: " : " violations: ")
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
    this.violations = List.copyOf(violations);
  }

  /** Every broken rule, each naming the wire path of its field. */
  public List<Violation> violations() {
    return violations;
  }
}
