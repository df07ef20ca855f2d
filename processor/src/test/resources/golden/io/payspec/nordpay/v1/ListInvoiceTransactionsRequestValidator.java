package io.payspec.nordpay.v1;

import io.payspec.runtime.validation.Violation;
import io.payspec.runtime.validation.Violations;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Checks a {@link ListInvoiceTransactionsRequest} against every rule NordPay documents for v1 listInvoiceTransactions.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class ListInvoiceTransactionsRequestValidator {
  private ListInvoiceTransactionsRequestValidator() {
  }

  /**
   * Every violation of the request, in field order; empty when it is valid. A request made by
   * {@link ListInvoiceTransactionsRequest.Builder#build()} was checked there and, being immutable, is valid for good: it is not
   * checked again.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  public static List<Violation> validate(ListInvoiceTransactionsRequest request) {
    return request.checkedByBuild() ? List.of() : violationsOf(request);
  }

  /**
   * Every violation of the request, however it was made; its builder checks with this.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  static List<Violation> violationsOf(ListInvoiceTransactionsRequest request) {
    Violations violations = new Violations();
    check(request, violations);
    return violations.toList();
  }

  private static void check(ListInvoiceTransactionsRequest value, Violations violations) {
  }
}
