package io.payspec.cryptocloud.v2;

import io.payspec.runtime.validation.Violation;
import io.payspec.runtime.validation.Violations;
import java.math.BigDecimal;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Checks a {@link CreateInvoiceRequest} against every rule CryptoCloud documents for v2 createInvoice.
 */
@Generated("io.payspec.processor.PayspecProcessor")
public final class CreateInvoiceRequestValidator {
  private static final BigDecimal AMOUNT_MIN = new BigDecimal("0");

  private static final BigDecimal TIME_TO_PAY_HOURS_MIN = new BigDecimal("0");

  private static final BigDecimal TIME_TO_PAY_MINUTES_MIN = new BigDecimal("0");

  private static final BigDecimal TIME_TO_PAY_MINUTES_MAX = new BigDecimal("59");

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
    violations.nested("add_fields", value.addFields(), CreateInvoiceRequestValidator::check);
    violations.known("locale", value.locale(), Language.knownWireValues());
  }

  private static void check(AddFields value, Violations violations) {
    violations.nested("time_to_pay", value.timeToPay(), CreateInvoiceRequestValidator::check);
    violations.allKnown("available_currencies", value.availableCurrencies(), CryptoCurrency.knownWireValues());
    violations.size("available_currencies", value.availableCurrencies(), 1, Integer.MAX_VALUE);
    violations.known("cryptocurrency", value.cryptocurrency(), CryptoCurrency.knownWireValues());
    violations.email("email_to_send", value.emailToSend());
    violations.known("period", value.period(), Period.knownWireValues());
    violations.requires("period", value.period(), "email_to_send", value.emailToSend());
  }

  private static void check(TimeToPay value, Violations violations) {
    violations.range("hours", value.hours(), TIME_TO_PAY_HOURS_MIN, false, null);
    violations.range("minutes", value.minutes(), TIME_TO_PAY_MINUTES_MIN, false, TIME_TO_PAY_MINUTES_MAX);
  }
}
