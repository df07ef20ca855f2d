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
   * Every violation of the request, in field order; empty when it is valid.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  public static List<Violation> validate(CreatePayoffRequest request) {
    Violations violations = new Violations();
    check(request, null, violations);
    return violations.toList();
  }

  private static void check(CreatePayoffRequest value, String parent, Violations violations) {
    violations.required(path(parent, "method"), value.method());
    violations.required(path(parent, "wallet"), value.wallet());
    violations.required(path(parent, "amount"), value.amount());
    violations.range(path(parent, "amount"), value.amount(), AMOUNT_MIN, true, null);
    violations.required(path(parent, "subtract_from"), value.subtractFrom());
    violations.known(path(parent, "subtract_from"), value.subtractFrom(), SubtractFrom.knownWireValues());
    violations.url(path(parent, "callback_url"), value.callbackUrl());
  }

  private static String path(String parent, String field) {
    return parent == null ? field : parent + "." + field;
  }
}
