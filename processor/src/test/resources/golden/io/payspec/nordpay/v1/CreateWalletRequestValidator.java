package io.payspec.nordpay.v1;

import io.payspec.runtime.validation.Violation;
import io.payspec.runtime.validation.Violations;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Checks a {@link CreateWalletRequest} against every rule NordPay documents for v1 createWallet.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class CreateWalletRequestValidator {
  private CreateWalletRequestValidator() {
  }

  /**
   * Every violation of the request, in field order; empty when it is valid.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  public static List<Violation> validate(CreateWalletRequest request) {
    Violations violations = new Violations();
    check(request, null, violations);
    return violations.toList();
  }

  private static void check(CreateWalletRequest value, String parent, Violations violations) {
    violations.required(path(parent, "currency"), value.currency());
    violations.required(path(parent, "label"), value.label());
    violations.maxLength(path(parent, "label"), value.label(), 255);
    violations.maxLength(path(parent, "postback_url"), value.postbackUrl(), 255);
    violations.url(path(parent, "postback_url"), value.postbackUrl());
  }

  private static String path(String parent, String field) {
    return parent == null ? field : parent + "." + field;
  }
}
