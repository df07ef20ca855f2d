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
   * Every violation of the request, in field order; empty when it is valid.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  public static List<Violation> validate(ListInvoicesRequest request) {
    Violations violations = new Violations();
    check(request, null, violations);
    return violations.toList();
  }

  private static void check(ListInvoicesRequest value, String parent, Violations violations) {
    violations.required(path(parent, "start"), value.start());
    violations.required(path(parent, "end"), value.end());
    violations.range(path(parent, "offset"), value.offset(), OFFSET_MIN, false, null);
    violations.range(path(parent, "limit"), value.limit(), LIMIT_MIN, false, null);
  }

  private static String path(String parent, String field) {
    return parent == null ? field : parent + "." + field;
  }
}
