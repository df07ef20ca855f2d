package io.payspec.cryptocloud.v2;

import io.payspec.runtime.validation.Violation;
import io.payspec.runtime.validation.Violations;
import java.math.BigDecimal;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Checks a {@link ListInvoicesRequest} against every rule CryptoCloud documents for v2 listInvoices.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class ListInvoicesRequestValidator {
  private static final BigDecimal OFFSET_MIN = new BigDecimal("0");

  private static final BigDecimal LIMIT_MIN = new BigDecimal("0");

  private ListInvoicesRequestValidator() {
  }

  /**
   * Every violation of the request, in field order; empty when it is valid. A request made by
   * {@link ListInvoicesRequest.Builder#build()} was checked there and, being immutable, is valid for good: it is not
   * checked again.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  public static List<Violation> validate(ListInvoicesRequest request) {
    return request.checkedByBuild() ? List.of() : violationsOf(request);
  }

  /**
   * Every violation of the request, however it was made; its builder checks with this.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  static List<Violation> violationsOf(ListInvoicesRequest request) {
    Violations violations = new Violations();
    check(request, violations);
    return violations.toList();
  }

  private static void check(ListInvoicesRequest value, Violations violations) {
    violations.required("start", value.start());
    violations.required("end", value.end());
    violations.range("offset", value.offset(), OFFSET_MIN, false, null);
    violations.range("limit", value.limit(), LIMIT_MIN, false, null);
  }
}
