package shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.payspec.sandbox.Sandbox;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import shop.examplepay.ExamplePayClient;
import shop.examplepay.v1.Coin;
import shop.examplepay.v1.CreatePaymentRequest;
import shop.examplepay.v1.Payment;

/** The processor, run from annotationProcessorPaths, generates a client the sandbox serves. */
class OwnProviderTest {
  @Test
  void theGeneratedClientCreatesAPaymentAgainstTheSandbox() {
    try (Sandbox sandbox = Sandbox.start()) {
      ExamplePayClient client = ExamplePayClient.builder()
          .apiKey(sandbox.credentials("examplepay").get("api_key"))
          .baseUrl(sandbox.baseUrl())
          .build();

      Payment payment = client.v1().createPayment(CreatePaymentRequest.builder()
          .amount(new BigDecimal("12.50"))
          .coin(Coin.ETH)
          .build());

      assertNotNull(payment);
      assertEquals(1, sandbox.requests().total());
    }
  }
}
