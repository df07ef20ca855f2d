package io.payspec.crystalpay.v3;

import io.payspec.runtime.validation.Violation;
import io.payspec.runtime.validation.Violations;
import java.math.BigDecimal;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Checks a {@link CreateInvoiceRequest} against every rule CrystalPay documents for v3 createInvoice.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class CreateInvoiceRequestValidator {
  private static final BigDecimal AMOUNT_MIN = new BigDecimal("0");

  private static final BigDecimal LIFETIME_MIN = new BigDecimal("1");

  private static final BigDecimal LIFETIME_MAX = new BigDecimal("4320");

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
    violations.required("amount", value.amount());
    violations.range("amount", value.amount(), AMOUNT_MIN, true, null);
    violations.required("type", value.type());
    violations.known("type", value.type(), InvoiceType.knownWireValues());
    violations.required("lifetime", value.lifetime());
    violations.range("lifetime", value.lifetime(), LIFETIME_MIN, false, LIFETIME_MAX);
    violations.known("subtract_from", value.subtractFrom(), SubtractFrom.knownWireValues());
    violations.nested("payer_details", value.payerDetails(), CreateInvoiceRequestValidator::check);
    violations.url("redirect_url", value.redirectUrl());
    violations.url("callback_url", value.callbackUrl());
  }

  private static void check(PayerDetails value, Violations violations) {
    violations.email("email", value.email());
  }
}
