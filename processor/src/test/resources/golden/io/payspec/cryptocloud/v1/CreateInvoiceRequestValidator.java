package io.payspec.cryptocloud.v1;

import io.payspec.runtime.validation.Violation;
import io.payspec.runtime.validation.Violations;
import java.math.BigDecimal;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Checks a {@link CreateInvoiceRequest} against every rule CryptoCloud documents for v1 createInvoice.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class CreateInvoiceRequestValidator {
  private static final BigDecimal AMOUNT_MIN = new BigDecimal("0");

  private CreateInvoiceRequestValidator() {
  }

  /**
   * Every violation of the request, in field order; empty when it is valid.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  public static List<Violation> validate(CreateInvoiceRequest request) {
    Violations violations = new Violations();
    check(request, null, violations);
    return violations.toList();
  }

  private static void check(CreateInvoiceRequest value, String parent, Violations violations) {
    violations.required(path(parent, "shop_id"), value.shopId());
    violations.required(path(parent, "amount"), value.amount());
    violations.range(path(parent, "amount"), value.amount(), AMOUNT_MIN, true, null);
    violations.known(path(parent, "currency"), value.currency(), FiatCurrency.knownWireValues());
    violations.email(path(parent, "email"), value.email());
  }

  private static String path(String parent, String field) {
    return parent == null ? field : parent + "." + field;
  }
}
