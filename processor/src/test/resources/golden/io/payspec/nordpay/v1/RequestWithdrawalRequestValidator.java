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
   * Every violation of the request, in field order; empty when it is valid. A request made by
   * {@link RequestWithdrawalRequest.Builder#build()} was checked there and, being immutable, is valid for good: it is not
   * checked again.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  public static List<Violation> validate(RequestWithdrawalRequest request) {
    return request.checkedByBuild() ? List.of() : violationsOf(request);
  }

  /**
   * Every violation of the request, however it was made; its builder checks with this.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  static List<Violation> violationsOf(RequestWithdrawalRequest request) {
    Violations violations = new Violations();
    check(request, violations);
    return violations.toList();
  }

  private static void check(RequestWithdrawalRequest value, Violations violations) {
    violations.required("currency", value.currency());
    violations.required("address", value.address());
    violations.required("amount", value.amount());
    violations.range("amount", value.amount(), AMOUNT_MIN, true, null);
  }
}
