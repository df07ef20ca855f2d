package io.payspec.nordpay.v1;

import io.payspec.runtime.validation.Violation;
import io.payspec.runtime.validation.Violations;
import java.math.BigDecimal;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Checks a {@link CreateInvoiceRequest} against every rule NordPay documents for v1 createInvoice.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class CreateInvoiceRequestValidator {
  private static final BigDecimal AMOUNT_MIN = new BigDecimal("0");

  private static final BigDecimal AMOUNT_MAX = new BigDecimal("100000000");

  private static final BigDecimal EXPIRES_TIME_MIN = new BigDecimal("1");

  private static final BigDecimal EXPIRES_TIME_MAX = new BigDecimal("1440");

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
    violations.size(path(parent, "allowed_currencies"), value.allowedCurrencies(), 2, Integer.MAX_VALUE);
    violations.required(path(parent, "amount"), value.amount());
    violations.range(path(parent, "amount"), value.amount() == null ? null : value.amount().amount(), AMOUNT_MIN, true, AMOUNT_MAX);
    violations.required(path(parent, "expires_time"), value.expiresTime());
    violations.range(path(parent, "expires_time"), value.expiresTime(), EXPIRES_TIME_MIN, false, EXPIRES_TIME_MAX);
    violations.required(path(parent, "label"), value.label());
    violations.maxLength(path(parent, "label"), value.label(), 255);
    violations.maxLength(path(parent, "postback_url"), value.postbackUrl(), 255);
    violations.url(path(parent, "postback_url"), value.postbackUrl());
    violations.maxLength(path(parent, "success_url"), value.successUrl(), 255);
    violations.url(path(parent, "success_url"), value.successUrl());
    violations.url(path(parent, "fail_url"), value.failUrl());
    violations.exactlyOneOf(List.of(path(parent, "currency"), path(parent, "allowed_currencies")), value.currency(), value.allowedCurrencies());
  }

  private static String path(String parent, String field) {
    return parent == null ? field : parent + "." + field;
  }
}
