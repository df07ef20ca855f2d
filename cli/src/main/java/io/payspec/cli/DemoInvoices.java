package io.payspec.cli;

import io.payspec.cryptocloud.CryptoCloudClient;
import io.payspec.cryptocloud.v2.AddFields;
import io.payspec.cryptocloud.v2.CryptoCurrency;
import io.payspec.cryptocloud.v2.Invoice;
import io.payspec.cryptocloud.v2.TimeToPay;
import io.payspec.crystalpay.CrystalPayClient;
import io.payspec.crystalpay.v3.InvoiceType;
import io.payspec.nordpay.NordPayClient;
import io.payspec.runtime.CurrencyAmount;
import io.payspec.sandbox.Sandbox;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Creates one invoice with every endpoint version through the generated clients, against a sandbox. */
final class DemoInvoices {
  private DemoInvoices() {}

  static List<DemoInvoice> create(Sandbox sandbox) {
    return List.of(cryptoCloudV1(sandbox), cryptoCloudV2(sandbox), nordPay(sandbox), crystalPay(sandbox));
  }

  private static CryptoCloudClient cryptoCloud(Sandbox sandbox) {
    return CryptoCloudClient.builder()
        .apiKey(sandbox.credentials("cryptocloud").get("api_key"))
        .baseUrl(sandbox.baseUrl())
        .build();
  }

  private static DemoInvoice cryptoCloudV1(Sandbox sandbox) {
    io.payspec.cryptocloud.v1.CreateInvoiceRequest request = io.payspec.cryptocloud.v1.CreateInvoiceRequest.builder()
        .shopId("demo-shop")
        .amount(new BigDecimal("100"))
        .currency(io.payspec.cryptocloud.v1.FiatCurrency.USD)
        .orderId("order-1001")
        .build();
    io.payspec.cryptocloud.v1.CreatedInvoice invoice = cryptoCloud(sandbox).v1().createInvoice(request);
    return new DemoInvoice("CryptoCloud", "v1", invoice.invoiceId(),
        request.amount().toPlainString() + " " + invoice.currency(), invoice.payUrl());
  }

  private static DemoInvoice cryptoCloudV2(Sandbox sandbox) {
    Invoice invoice = cryptoCloud(sandbox).v2().createInvoice(io.payspec.cryptocloud.v2.CreateInvoiceRequest.builder()
        .shopId("demo-shop")
        .amount(new BigDecimal("250.50"))
        .currency(io.payspec.cryptocloud.v2.FiatCurrency.EUR)
        .email("buyer@example.com")
        .addFields(AddFields.builder()
            .cryptocurrency(CryptoCurrency.USDT_TRC20)
            .timeToPay(TimeToPay.builder().hours(2).minutes(0).build())
            .build())
        .build());
    return new DemoInvoice("CryptoCloud", "v2", invoice.uuid(),
        invoice.amountInFiat().toPlainString() + " " + invoice.fiatCurrency(), invoice.link());
  }

  private static DemoInvoice nordPay(Sandbox sandbox) {
    NordPayClient client = NordPayClient.builder()
        .apiKey(sandbox.credentials("nordpay").get("api_key"))
        .baseUrl(sandbox.baseUrl())
        .build();
    io.payspec.nordpay.v1.CreateInvoiceRequest request = io.payspec.nordpay.v1.CreateInvoiceRequest.builder()
        .currency("USDTBEP20")
        .amount(CurrencyAmount.of("200", "USD"))
        .expiresTime(30)
        .label("Order #123")
        .successUrl("https://shop.example/thanks")
        .build();
    io.payspec.nordpay.v1.Invoice invoice = client.v1().createInvoice(request);
    return new DemoInvoice("NordPay", "v1", String.valueOf(invoice.id()), request.amount().toWire(), invoice.url());
  }

  private static DemoInvoice crystalPay(Sandbox sandbox) {
    Map<String, String> credentials = sandbox.credentials("crystalpay");
    CrystalPayClient client = CrystalPayClient.builder()
        .authLogin(credentials.get("auth_login"))
        .authSecret(credentials.get("auth_secret"))
        .baseUrl(sandbox.baseUrl())
        .build();
    io.payspec.crystalpay.v3.Invoice invoice = client.v3().createInvoice(io.payspec.crystalpay.v3.CreateInvoiceRequest.builder()
        .amount(new BigDecimal("1500"))
        .type(InvoiceType.PURCHASE)
        .lifetime(60)
        .description("Demo order")
        .build());
    return new DemoInvoice("CrystalPay", "v3", invoice.id(),
        invoice.amount().toPlainString() + " " + invoice.currency(), invoice.url());
  }
}
