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
   * Every violation of the request, in field order; empty when it is valid. A request made by
   * {@link CreateInvoiceRequest.Builder#build()} was checked there and, being immutable, is valid for good: it is not
   * checked again.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  public static List<Violation> validate(CreateInvoiceRequest request) {
    return request.checkedByBuild() ? List.of() : violationsOf(request);
  }

  /**
   * Every violation of the request, however it was made; its builder checks with this.
   *
   * @param request the request to check
   * @return the violations, each naming its wire path
   */
  static List<Violation> violationsOf(CreateInvoiceRequest request) {
    Violations violations = new Violations();
    check(request, violations);
    return violations.toList();
  }

  private static void check(CreateInvoiceRequest value, Violations violations) {
    violations.required("shop_id", value.shopId());
    violations.required("amount", value.amount());
    violations.range("amount", value.amount(), AMOUNT_MIN, true, null);
    violations.known("currency", value.currency(), FiatCurrency.knownWireValues());
    violations.email("email", value.email());
  }
}
