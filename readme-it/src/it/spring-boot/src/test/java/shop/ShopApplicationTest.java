package shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.payspec.cryptocloud.v2.Invoice;
import io.payspec.sandbox.Sandbox;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The application, pointed at the sandbox with two properties, creates an invoice. */
class ShopApplicationTest {
  @Test
  void createsAnInvoiceAgainstTheSandbox() {
    try (Sandbox sandbox = Sandbox.start();
        ConfigurableApplicationContext app = SpringApplication.run(ShopApplication.class,
            "--payspec.cryptocloud.base-url=" + sandbox.baseUrl(),
            "--payspec.cryptocloud.api-key=" + sandbox.credentials("cryptocloud").get("api_key"),
            "--spring.main.banner-mode=off", "--logging.level.root=warn")) {
      Invoice invoice = app.getBean(ShopApplication.Checkout.class).pay("ORDER-1", new BigDecimal("9.99"));

      assertFalse(invoice.uuid().isBlank());
      assertEquals(1, sandbox.requests().total());
    }
  }
}
