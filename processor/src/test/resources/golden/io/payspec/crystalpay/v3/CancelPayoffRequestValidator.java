package io.payspec.crystalpay.v3;

import io.payspec.runtime.validation.Violation;
import io.payspec.runtime.validation.Violations;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Checks a {@link CancelPayoffRequest} against every rule CrystalPay documents for v3 cancelPayoff.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class CancelPayoffRequestValidator {
  private CancelPayoffRequestValidator() {
  }

  /**
   * Every violation of the request, in field order; empty when it is valid. A request made by
   * {@link CancelPayoffRequest.Builder#build()} was checked there and, being immutable, is valid for good: it is not
   * checked again.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  public static List<Violation> validate(CancelPayoffRequest request) {
    return request.checkedByBuild() ? List.of() : violationsOf(request);
  }

  /**
   * Every violation of the request, however it was made; its builder checks with this.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  static List<Violation> violationsOf(CancelPayoffRequest request) {
    Violations violations = new Violations();
    check(request, violations);
    return violations.toList();
  }

  private static void check(CancelPayoffRequest value, Violations violations) {
    violations.required("id", value.id());
  }
}
