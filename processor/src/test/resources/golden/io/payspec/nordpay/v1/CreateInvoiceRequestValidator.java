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
    violations.size("allowed_currencies", value.allowedCurrencies(), 2, Integer.MAX_VALUE);
    violations.required("amount", value.amount());
    violations.range("amount", value.amount() == null ? null : value.amount().amount(), AMOUNT_MIN, true, AMOUNT_MAX);
    violations.required("expires_time", value.expiresTime());
    violations.range("expires_time", value.expiresTime(), EXPIRES_TIME_MIN, false, EXPIRES_TIME_MAX);
    violations.required("label", value.label());
    violations.maxLength("label", value.label(), 255);
    violations.maxLength("postback_url", value.postbackUrl(), 255);
    violations.url("postback_url", value.postbackUrl());
    violations.maxLength("success_url", value.successUrl(), 255);
    violations.url("success_url", value.successUrl());
    violations.url("fail_url", value.failUrl());
    violations.exactlyOneOf(List.of("currency", "allowed_currencies"), value.currency(), value.allowedCurrencies());
  }
}
