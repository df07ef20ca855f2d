package io.payspec.cli;

import io.payspec.cryptocloud.v2.AddFields;
import io.payspec.cryptocloud.v2.Period;
import io.payspec.runtime.CurrencyAmount;
import io.payspec.runtime.validation.Violation;
import java.math.BigDecimal;
import java.util.List;

/**
 * Requests that break documented rules, checked by the generated builders' {@code validate()}: what a
 * client refuses to send.
 */
final class DemoRejections {
  private DemoRejections() {}

  /**
   * One refused request.
   *
   * @param title what the request does wrong
   * @param violations what the generated validator found
   */
  record Rejection(String title, List<Violation> violations) {}

  static List<Rejection> all() {
    return List.of(
        new Rejection("CryptoCloud v2 createInvoice with a negative amount, a bad e-mail, and add_fields.period"
            + " without add_fields.email_to_send",
            io.payspec.cryptocloud.v2.CreateInvoiceRequest.builder()
                .shopId("demo-shop")
                .amount(new BigDecimal("-5"))
                .email("not-an-email")
                .addFields(AddFields.builder().period(Period.WEEK).build())
                .validate()),
        new Rejection("NordPay v1 createInvoice with both currency and allowed_currencies",
            io.payspec.nordpay.v1.CreateInvoiceRequest.builder()
                .currency("USDTBEP20")
                .allowedCurrencies("BTC", "ETH")
                .amount(CurrencyAmount.of("200", "USD"))
                .expiresTime(30)
                .label("Order #124")
                .validate()));
  }
}
