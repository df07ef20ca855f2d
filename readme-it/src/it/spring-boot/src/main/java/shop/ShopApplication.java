package shop;

import io.payspec.cryptocloud.CryptoCloudClient;
import io.payspec.cryptocloud.v2.CreateInvoiceRequest;
import io.payspec.cryptocloud.v2.FiatCurrency;
import io.payspec.cryptocloud.v2.Invoice;
import java.math.BigDecimal;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.stereotype.Service;

/** A shop whose payment client comes from the payspec starter. */
@SpringBootApplication
public class ShopApplication {
  public static void main(String[] args) {
    SpringApplication.run(ShopApplication.class, args);
  }

  /** The shop's checkout, with the client injected. */
  @Service
  public static class Checkout {
    private final CryptoCloudClient cryptoCloud;

    public Checkout(CryptoCloudClient cryptoCloud) {
      this.cryptoCloud = cryptoCloud;
    }

    public Invoice pay(String orderId, BigDecimal amount) {
      return cryptoCloud.v2().createInvoice(CreateInvoiceRequest.builder()
          .shopId("my-shop")
          .amount(amount)
          .currency(FiatCurrency.EUR)
          .orderId(orderId)
          .build());
    }
  }
}
