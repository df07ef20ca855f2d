package io.payspec.nordpay.v1;

import io.payspec.runtime.validation.Violation;
import io.payspec.runtime.validation.Violations;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Checks a {@link ListInvoicesRequest} against every rule NordPay documents for v1 listInvoices.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class ListInvoicesRequestValidator {
  private ListInvoicesRequestValidator() {
  }

  /**
   * Every violation of the request, in field order; empty when it is valid. A request made by
   * {@link ListInvoicesRequest.Builder#build()} was checked there and, being immutable, is valid for good: it is not
   * checked again.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  public static List<Violation> validate(ListInvoicesRequest request) {
    return request.checkedByBuild() ? List.of() : violationsOf(request);
  }

  /**
   * Every violation of the request, however it was made; its builder checks with this.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  static List<Violation> violationsOf(ListInvoicesRequest request) {
    Violations violations = new Violations();
    check(request, violations);
    return violations.toList();
  }

  private static void check(ListInvoicesRequest value, Violations violations) {
  }
}
