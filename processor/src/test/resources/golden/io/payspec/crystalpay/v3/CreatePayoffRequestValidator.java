package io.payspec.crystalpay.v3;

import io.payspec.runtime.validation.Violation;
import io.payspec.runtime.validation.Violations;
import java.math.BigDecimal;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Checks a {@link CreatePayoffRequest} against every rule CrystalPay documents for v3 createPayoff.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class CreatePayoffRequestValidator {
  private static final BigDecimal AMOUNT_MIN = new BigDecimal("0");

  private CreatePayoffRequestValidator() {
  }

  /**
   * Every violation of the request, in field order; empty when it is valid. A request made by
   * {@link CreatePayoffRequest.Builder#build()} was checked there and, being immutable, is valid for good: it is not
   * checked again.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  public static List<Violation> validate(CreatePayoffRequest request) {
    return request.checkedByBuild() ? List.of() : violationsOf(request);
  }

  /**
   * Every violation of the request, however it was made; its builder checks with this.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  static List<Violation> violationsOf(CreatePayoffRequest request) {
    Violations violations = new Violations();
    check(request, violations);
    return violations.toList();
  }

  private static void check(CreatePayoffRequest value, Violations violations) {
    violations.required("method", value.method());
    violations.required("wallet", value.wallet());
    violations.required("amount", value.amount());
    violations.range("amount", value.amount(), AMOUNT_MIN, true, null);
    violations.required("subtract_from", value.subtractFrom());
    violations.known("subtract_from", value.subtractFrom(), SubtractFrom.knownWireValues());
    violations.url("callback_url", value.callbackUrl());
  }
}
