package io.payspec.crystalpay.v3;

import io.payspec.runtime.validation.Violation;
import io.payspec.runtime.validation.Violations;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Checks a {@link GetMethodRequest} against every rule CrystalPay documents for v3 getMethod.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class GetMethodRequestValidator {
  private GetMethodRequestValidator() {
  }

  /**
   * Every violation of the request, in field order; empty when it is valid.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  public static List<Violation> validate(GetMethodRequest request) {
    Violations violations = new Violations();
    check(request, null, violations);
    return violations.toList();
  }

  private static void check(GetMethodRequest value, String parent, Violations violations) {
    violations.required(path(parent, "method"), value.method());
  }

  private static String path(String parent, String field) {
    return parent == null ? field : parent + "." + field;
  }
}
