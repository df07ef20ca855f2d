package io.payspec.nordpay.v1;

import io.payspec.runtime.validation.Violation;
import io.payspec.runtime.validation.Violations;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Checks a {@link GetWalletTransactionsRequest} against every rule NordPay documents for v1 getWalletTransactions.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class GetWalletTransactionsRequestValidator {
  private GetWalletTransactionsRequestValidator() {
  }

  /**
   * Every violation of the request, in field order; empty when it is valid.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  public static List<Violation> validate(GetWalletTransactionsRequest request) {
    Violations violations = new Violations();
    check(request, null, violations);
    return violations.toList();
  }

  private static void check(GetWalletTransactionsRequest value, String parent,
      Violations violations) {
    violations.required(path(parent, "id"), value.walletId());
  }

  private static String path(String parent, String field) {
    return parent == null ? field : parent + "." + field;
  }
}
