package io.payspec.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.payspec.example.v1.Coin;
import io.payspec.example.v1.CreatePaymentRequest;
import io.payspec.example.v1.Payment;
import io.payspec.example.v1.State;
import io.payspec.runtime.error.InvalidRequestException;
import io.payspec.runtime.error.ValidationException;
import io.payspec.runtime.meta.ProviderModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A provider declared in its own module, with only the annotations, the runtime and the processor,
 * gets a working client: built, validated and called over real HTTP on loopback.
 */
class ExamplePayClientTest {
  private HttpServer server;
  private final AtomicReference<String> seenBody = new AtomicReference<>();
  private final AtomicReference<String> seenAuth = new AtomicReference<>();
  private final AtomicInteger requests = new AtomicInteger();
  private volatile int status = 200;
  private volatile String answer = """
      {"payment_id": "pay_1", "amount": "12.50", "state": "open", "created_at": "2026-11-21 10:00:00",
       "pay_url": null, "added_later": {"x": 1}}""";

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/v1/payments", exchange -> {
      requests.incrementAndGet();
      seenBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
      seenAuth.set(exchange.getRequestHeaders().getFirst("Authorization"));
      byte[] body = answer.getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(status, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  private ExamplePayClient client() {
    return ExamplePayClient.builder()
        .apiKey("example-secret-key")
        .baseUrl("http://127.0.0.1:" + server.getAddress().getPort())
        .build();
  }

  @Test
  void createsAPaymentOverHttp() {
    CreatePaymentRequest request = CreatePaymentRequest.builder()
        .amount(new BigDecimal("12.50"))
        .coin(Coin.USDT_TRC20)
        .reference("order-7")
        .build();

    Payment payment = client().v1().createPayment(request);

    assertEquals("{\"amount\":12.50,\"coin\":\"USDT_TRC20\",\"reference\":\"order-7\"}", seenBody.get());
    assertEquals("Bearer example-secret-key", seenAuth.get());
    assertEquals("pay_1", payment.paymentId());
    assertEquals(new BigDecimal("12.50"), payment.amount());
    assertEquals(State.OPEN, payment.state());
    assertEquals(Instant.parse("2026-11-21T10:00:00Z"), payment.createdAt());
    assertTrue(payment.payUrl().isEmpty());
  }

  @Test
  void rejectsAnInvalidRequestBeforeSendingIt() {
    ValidationException e = assertThrows(ValidationException.class, () -> CreatePaymentRequest.builder()
        .amount(new BigDecimal("0"))
        .reference("x".repeat(65))
        .returnUrl("not a url")
        .build());

    assertEquals(List.of("amount", "coin", "reference", "return_url"),
        e.violations().stream().map(v -> v.path()).toList());
    assertEquals(0, requests.get());
  }

  @Test
  void mapsTheProvidersErrorToATypedException() {
    status = 400;
    answer = "{\"detail\": \"coin is not enabled for this shop\"}";
    CreatePaymentRequest request = CreatePaymentRequest.builder().amount(BigDecimal.ONE).coin(Coin.BTC).build();

    InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> client().v1().createPayment(request));

    assertEquals(400, e.status());
    assertTrue(e.getMessage().contains("coin is not enabled for this shop"), e.getMessage());
    assertTrue(!e.getMessage().contains("example-secret-key"));
  }

  @Test
  void isDiscoveredAsAProviderModule() {
    assertTrue(ProviderModule.installed().stream().anyMatch(m -> m.provider().id().equals("examplepay")));
  }
}
