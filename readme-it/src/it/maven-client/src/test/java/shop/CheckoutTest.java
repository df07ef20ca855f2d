package shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.payspec.cryptocloud.CryptoCloudClient;
import io.payspec.cryptocloud.v2.CreateInvoiceRequest;
import io.payspec.cryptocloud.v2.FiatCurrency;
import io.payspec.cryptocloud.v2.Invoice;
import io.payspec.sandbox.Sandbox;
import io.payspec.sandbox.SandboxExtension;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The README's client code, against the README's sandbox. */
@ExtendWith(SandboxExtension.class)
class CheckoutTest {
  @Test
  void createsAnInvoice(Sandbox sandbox) {
    CryptoCloudClient cryptoCloud = CryptoCloudClient.builder()
        .apiKey(sandbox.credentials("cryptocloud").get("api_key"))
        .baseUrl(sandbox.baseUrl())
        .connectTimeout(Duration.ofSeconds(5))
        .requestTimeout(Duration.ofSeconds(20))
        .build();

    Invoice invoice = cryptoCloud.v2().createInvoice(CreateInvoiceRequest.builder()
        .shopId("xBAivfPIbskwuEWj")
        .amount(new BigDecimal("100"))
        .currency(FiatCurrency.USD)
        .orderId("ORDER_93223")
        .build());

    assertFalse(invoice.uuid().isBlank());
    assertEquals(1, sandbox.requests().total());
  }
}
