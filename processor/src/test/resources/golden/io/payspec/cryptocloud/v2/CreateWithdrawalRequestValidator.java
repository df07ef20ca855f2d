package io.payspec.cryptocloud.v2;

import io.payspec.runtime.validation.Violation;
import io.payspec.runtime.validation.Violations;
import java.math.BigDecimal;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Checks a {@link CreateWithdrawalRequest} against every rule CryptoCloud documents for v2 createWithdrawal.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class CreateWithdrawalRequestValidator {
  private static final BigDecimal AMOUNT_MIN = new BigDecimal("0");

  private CreateWithdrawalRequestValidator() {
  }

  /**
   * Every violation of the request, in field order; empty when it is valid.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  public static List<Violation> validate(CreateWithdrawalRequest request) {
    Violations violations = new Violations();
    check(request, null, violations);
    return violations.toList();
  }

  private static void check(CreateWithdrawalRequest value, String parent, Violations violations) {
    violations.required(path(parent, "currency_code"), value.currencyCode());
    violations.known(path(parent, "currency_code"), value.currencyCode(), CryptoCurrency.knownWireValues());
    violations.required(path(parent, "to_address"), value.toAddress());
    violations.required(path(parent, "amount"), value.amount());
    violations.range(path(parent, "amount"), value.amount(), AMOUNT_MIN, true, null);
  }

  private static String path(String parent, String field) {
    return parent == null ? field : parent + "." + field;
  }
}
