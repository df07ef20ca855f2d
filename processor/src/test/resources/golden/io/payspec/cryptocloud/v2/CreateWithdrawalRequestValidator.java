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
   * Every violation of the request, in field order; empty when it is valid. A request made by
   * {@link CreateWithdrawalRequest.Builder#build()} was checked there and, being immutable, is valid for good: it is not
   * checked again.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  public static List<Violation> validate(CreateWithdrawalRequest request) {
    return request.checkedByBuild() ? List.of() : violationsOf(request);
  }

  /**
   * Every violation of the request, however it was made; its builder checks with this.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  static List<Violation> violationsOf(CreateWithdrawalRequest request) {
    Violations violations = new Violations();
    check(request, violations);
    return violations.toList();
  }

  private static void check(CreateWithdrawalRequest value, Violations violations) {
    violations.required("currency_code", value.currencyCode());
    violations.known("currency_code", value.currencyCode(), CryptoCurrency.knownWireValues());
    violations.required("to_address", value.toAddress());
    violations.required("amount", value.amount());
    violations.range("amount", value.amount(), AMOUNT_MIN, true, null);
  }
}
