package io.payspec.crystalpay.v3;

import io.payspec.runtime.validation.Violation;
import io.payspec.runtime.validation.Violations;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Checks a {@link SubmitPayoffRequest} against every rule CrystalPay documents for v3 submitPayoff.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class SubmitPayoffRequestValidator {
  private SubmitPayoffRequestValidator() {
  }

  /**
   * Every violation of the request, in field order; empty when it is valid.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  public static List<Violation> validate(SubmitPayoffRequest request) {
    Violations violations = new Violations();
    check(request, null, violations);
    return violations.toList();
  }

  private static void check(SubmitPayoffRequest value, String parent, Violations violations) {
    violations.required(path(parent, "id"), value.id());
  }

  private static String path(String parent, String field) {
    return parent == null ? field : parent + "." + field;
  }
}
