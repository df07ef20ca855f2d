package io.payspec.cryptocloud.v2;

import io.payspec.runtime.validation.Violation;
import io.payspec.runtime.validation.Violations;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Checks a {@link CancelInvoiceRequest} against every rule CryptoCloud documents for v2 cancelInvoice.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class CancelInvoiceRequestValidator {
  private CancelInvoiceRequestValidator() {
  }

  /**
   * Every violation of the request, in field order; empty when it is valid. A request made by
   * {@link CancelInvoiceRequest.Builder#build()} was checked there and, being immutable, is valid for good: it is not
   * checked again.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  public static List<Violation> validate(CancelInvoiceRequest request) {
    return request.checkedByBuild() ? List.of() : violationsOf(request);
  }

  /**
   * Every violation of the request, however it was made; its builder checks with this.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  static List<Violation> violationsOf(CancelInvoiceRequest request) {
    Violations violations = new Violations();
    check(request, violations);
    return violations.toList();
  }

  private static void check(CancelInvoiceRequest value, Violations violations) {
    violations.required("uuid", value.uuid());
  }
}
