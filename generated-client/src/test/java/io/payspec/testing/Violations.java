package io.payspec.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.payspec.runtime.error.ValidationException;
import io.payspec.runtime.validation.Violation;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.function.Executable;

/** Asserts what a generated builder reports, through validate() and through build(). */
public final class Violations {
  private Violations() {}

  /** {@code "path rule"}, the way expectations are written. */
  public static String pathAndRule(Violation violation) {
    return violation.path() + " " + violation.rule();
  }

  public static List<String> pathsAndRules(List<Violation> violations) {
    return violations.stream().map(Violations::pathAndRule).toList();
  }

  /**
   * validate() reports exactly these violations ({@code "path rule"}, in order), and build() throws a
   * ValidationException listing the same ones.
   *
   * @return the violations build() reported, for further checks of their messages
   */
  public static List<Violation> assertInvalid(
      Supplier<List<Violation>> validate, Executable build, String... expected) {
    List<String> wanted = Arrays.asList(expected);
    List<Violation> reported = validate.get();
    assertEquals(wanted, pathsAndRules(reported), "validate()");
    ValidationException thrown = assertThrows(ValidationException.class, build, "build()");
    assertEquals(wanted, pathsAndRules(thrown.violations()), "build() violations");
    assertEquals(reported, thrown.violations(), "build() and validate() report the same violations");
    return thrown.violations();
  }

  /** validate() reports nothing. */
  public static void assertValid(Supplier<List<Violation>> validate) {
    assertEquals(List.of(), validate.get(), "validate()");
  }
}
