package io.payspec.runtime.validation;

import java.util.Objects;

/**
 * One broken rule of a request.
 *
 * @param path the wire path of the field, e.g. {@code add_fields.time_to_pay.hours} or
 *     {@code allowed_currencies[1]}; for a rule over several fields, their names joined by {@code |}
 * @param rule a stable name of the rule: {@code required}, {@code range}, {@code max_length},
 *     {@code size}, {@code email}, {@code url}, {@code enum}, {@code exactly_one_of}, {@code requires}
 * @param message what is wrong, in words
 */
public record Violation(String path, String rule, String message) {
  public Violation {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
