package io.payspec.nordpay.v1;

import io.payspec.runtime.validation.Violation;
import io.payspec.runtime.validation.Violations;
import java.math.BigDecimal;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Checks a {@link RequestWithdrawalRequest} against every rule NordPay documents for v1 requestWithdrawal.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class RequestWithdrawalRequestValidator {
  private static final BigDecimal AMOUNT_MIN = new BigDecimal("0");

  private RequestWithdrawalRequestValidator() {
  }

  /**
   * Every violation of the request, in field order; empty when it is valid.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  public static List<Violation> validate(RequestWithdrawalRequest request) {
    Violations violations = new Violations();
    check(request, null, violations);
    return violations.toList();
  }

  private static void check(RequestWithdrawalRequest value, String parent, Violations violations) {
    violations.required(path(parent, "currency"), value.currency());
    violations.required(path(parent, "address"), value.address());
    violations.required(path(parent, "amount"), value.amount());
    violations.range(path(parent, "amount"), value.amount(), AMOUNT_MIN, true, null);
  }

  private static String path(String parent, String field) {
    return parent == null ? field : parent + "." + field;
  }
}
