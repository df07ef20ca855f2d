package io.payspec.cryptocloud.v2;

import io.payspec.runtime.validation.Violation;
import io.payspec.runtime.validation.Violations;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Checks a {@link GetInvoicesRequest} against every rule CryptoCloud documents for v2 getInvoices.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class GetInvoicesRequestValidator {
  private GetInvoicesRequestValidator() {
  }

  /**
   * Every violation of the request, in field order; empty when it is valid. A request made by
   * {@link GetInvoicesRequest.Builder#build()} was checked there and, being immutable, is valid for good: it is not
   * checked again.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  public static List<Violation> validate(GetInvoicesRequest request) {
    return request.checkedByBuild() ? List.of() : violationsOf(request);
  }

  /**
   * Every violation of the request, however it was made; its builder checks with this.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  static List<Violation> violationsOf(GetInvoicesRequest request) {
    Violations violations = new Violations();
    check(request, violations);
    return violations.toList();
  }

  private static void check(GetInvoicesRequest value, Violations violations) {
    violations.required("uuids", value.uuids());
    violations.size("uuids", value.uuids(), 1, 100);
  }
}
