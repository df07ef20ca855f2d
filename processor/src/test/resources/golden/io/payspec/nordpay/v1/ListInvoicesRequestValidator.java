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
   * Every violation of the request, in field order; empty when it is valid.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  public static List<Violation> validate(ListInvoicesRequest request) {
    Violations violations = new Violations();
    check(request, null, violations);
    return violations.toList();
  }

  private static void check(ListInvoicesRequest value, String parent, Violations violations) {
  }

  private static String path(String parent, String field) {
    return parent == null ? field : parent + "." + field;
  }
}
