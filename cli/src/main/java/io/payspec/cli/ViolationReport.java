package io.payspec.cli;

import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.validation.Violation;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints the violations of a request, one a line, each by wire path with its option:
 * {@code amount (--amount): must be greater than 0, was -5}.
 */
final class ViolationReport {
  private ViolationReport() {}

  static void print(PrintStream err, Operation<?, ?> operation, List<Violation> violations) {
    err.println("payspec: the " + operation.displayName() + " request is invalid (" + violations.size()
        + (violations.size() == 1 ? " violation" : " violations") + "); nothing was sent:");
    for (Violation violation : violations) {
      err.println("  " + line(violation));
    }
  }

  /** {@code amount (--amount): must be greater than 0, was -5}. */
  static String line(Violation violation) {
    if (violation.path().isEmpty()) {
      return violation.message();
    }
    String options = Arrays.stream(violation.path().split("\\|"))
        .map(path -> Catalog.optionName(path.replaceAll("\\[\\d+]", "")))
        .collect(Collectors.joining(", "));
    return violation.path() + " (" + options + "): " + violation.message();
  }
}
