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
    if (value.addFields() != null) {
      check(value.addFields(), path(parent, "add_fields"), violations);
    }
    violations.known(path(parent, "locale"), value.locale(), Language.knownWireValues());
  }

  private static void check(AddFields value, String parent, Violations violations) {
    if (value.timeToPay() != null) {
      check(value.timeToPay(), path(parent, "time_to_pay"), violations);
    }
    violations.allKnown(path(parent, "available_currencies"), value.availableCurrencies(), CryptoCurrency.knownWireValues());
    violations.size(path(parent, "available_currencies"), value.availableCurrencies(), 1, Integer.MAX_VALUE);
    violations.known(path(parent, "cryptocurrency"), value.cryptocurrency(), CryptoCurrency.knownWireValues());
    violations.email(path(parent, "email_to_send"), value.emailToSend());
    violations.known(path(parent, "period"), value.period(), Period.knownWireValues());
    violations.requires(path(parent, "period"), value.period(), path(parent, "email_to_send"), value.emailToSend());
  }

  private static void check(TimeToPay value, String parent, Violations violations) {
    violations.range(path(parent, "hours"), value.hours(), TIME_TO_PAY_HOURS_MIN, false, null);
    violations.range(path(parent, "minutes"), value.minutes(), TIME_TO_PAY_MINUTES_MIN, false, TIME_TO_PAY_MINUTES_MAX);
  }

  private static String path(String parent, String field) {
    return parent == null ? field : parent + "." + field;
  }
}
