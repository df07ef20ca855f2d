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
    violations.required(path(parent, "amount"), value.amount());
    violations.range(path(parent, "amount"), value.amount(), AMOUNT_MIN, true, null);
    violations.required(path(parent, "type"), value.type());
    violations.known(path(parent, "type"), value.type(), InvoiceType.knownWireValues());
    violations.required(path(parent, "lifetime"), value.lifetime());
    violations.range(path(parent, "lifetime"), value.lifetime(), LIFETIME_MIN, false, LIFETIME_MAX);
    violations.known(path(parent, "subtract_from"), value.subtractFrom(), SubtractFrom.knownWireValues());
    if (value.payerDetails() != null) {
      check(value.payerDetails(), path(parent, "payer_details"), violations);
    }
    violations.url(path(parent, "redirect_url"), value.redirectUrl());
    violations.url(path(parent, "callback_url"), value.callbackUrl());
  }

  private static void check(PayerDetails value, String parent, Violations violations) {
    violations.email(path(parent, "email"), value.email());
  }

  private static String path(String parent, String field) {
    return parent == null ? field : parent + "." + field;
  }
}
