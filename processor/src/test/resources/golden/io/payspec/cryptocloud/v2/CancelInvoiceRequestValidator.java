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
   * Every violation of the request, in field order; empty when it is valid.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  public static List<Violation> validate(CancelInvoiceRequest request) {
    Violations violations = new Violations();
    check(request, null, violations);
    return violations.toList();
  }

  private static void check(CancelInvoiceRequest value, String parent, Violations violations) {
    violations.required(path(parent, "uuid"), value.uuid());
  }

  private static String path(String parent, String field) {
    return parent == null ? field : parent + "." + field;
  }
}
