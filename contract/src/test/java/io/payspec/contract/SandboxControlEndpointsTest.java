package io.payspec.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.payspec.crystalpay.CrystalPayClient;
import io.payspec.crystalpay.v3.CreatePayoffRequest;
import io.payspec.crystalpay.v3.PayoffCallbackVerifier;
import io.payspec.nordpay.NordPayClient;
import io.payspec.nordpay.v1.CreateInvoiceRequest;
import io.payspec.nordpay.v1.PostbackStatus;
import io.payspec.nordpay.v1.PostbackType;
import io.payspec.nordpay.v1.PostbackVerifier;
import io.payspec.runtime.CurrencyAmount;
import io.payspec.sandbox.Sandbox;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The control endpoints on real providers, as {@code ./payspec sandbox} and tests in other languages use them: pay, part-pay,
 * expire, complete a payoff, mis-deliver notifications and release held ones, over plain HTTP.
 */
class SandboxControlEndpointsTest {
  private final BlockingQueue<byte[]> received = new ArrayBlockingQueue<>(10);
  private HttpServer handler;
  private Sandbox sandbox;

  @BeforeEach
  void start() throws IOException {
    handler = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    handler.createContext("/payments", exchange -> {
      received.add(exchange.getRequestBody().readAllBytes());
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    handler.start();
    sandbox = Sandbox.builder().notificationUrl("http://127.0.0.1:" + handler.getAddress().getPort() + "/payments")
        .start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
    handler.stop(0);
  }

  private byte[] next() throws InterruptedException {
    byte[] body = received.poll(10, TimeUnit.SECONDS);
    assertNotNull(body, "the handler received a notification");
    return body;
  }

  private long invoice() {
    return NordPayClient.builder().apiKey("any-well-formed-key").baseUrl(sandbox.baseUrl()).build().v1()
        .createInvoice(CreateInvoiceRequest.builder().currency("USDTTRC20").amount(CurrencyAmount.of("200", "USD"))
            .expiresTime(30).label("Order #9").build()).id();
  }

  private PostbackVerifier verifier() {
    return PostbackVerifier.builder().postbackSecret(sandbox.notificationSecret("nordpay", "postback_secret")).build();
  }

  @Test
  void paysInPartThenInFullAndAnswersWhatWasDelivered() throws Exception {
    long id = invoice();

    Answer part = post("/_payspec/payments", Map.of(),
        json("{'provider': 'nordpay', 'invoice_id': '" + id + "', 'amount': '12.5'}"));

    assertEquals(200, part.status(), part.body().toString());
    JsonNode delivery = part.body().path("deliveries").get(0);
    assertEquals("NordPay v1 postback", delivery.path("notification").asText());
    assertEquals(200, delivery.path("status").asInt());
    assertEquals(1, delivery.path("attempts").asInt());
    assertTrue(delivery.path("acknowledged").isBoolean() && delivery.path("acknowledged").asBoolean(), delivery.toString());
    assertFalse(delivery.path("held").asBoolean());
    assertFalse(part.text().contains("postback_secret") || part.text().contains("sandbox-nordpay"),
        "no body, no secret: " + part.text());
    assertEquals(Optional.of(PostbackStatus.PARTIALLY_PAID), verifier().verify(next(), "application/json").status());

    assertEquals(200, post("/_payspec/payments", Map.of(),
        json("{'provider': 'nordpay', 'invoice_id': " + id + "}")).status());
    assertEquals(Optional.of(PostbackStatus.PAID), verifier().verify(next(), "application/json").status());
  }

  @Test
  void expiresAnInvoice() throws Exception {
    long id = invoice();

    Answer expiry = post("/_payspec/expiry", Map.of(),
        json("{'provider': 'nordpay', 'invoice_id': '" + id + "'}"));

    assertEquals(200, expiry.status(), expiry.body().toString());
    assertEquals(1, expiry.body().path("deliveries").size());
    assertEquals(PostbackType.INVOICE_EXPIRED, verifier().verify(next(), "application/json").postbackType());
  }

  @Test
  void completesAPayoff() throws Exception {
    Map<String, String> credentials = sandbox.credentials("crystalpay");
    String id = CrystalPayClient.builder().authLogin(credentials.get("auth_login")).authSecret(credentials.get("auth_secret"))
        .salt(credentials.get("salt")).baseUrl(sandbox.baseUrl()).build()
        .v3().createPayoff(CreatePayoffRequest.builder().amount(new BigDecimal("0.0005")).method("BITCOIN")
            .wallet("bc1qexamplewallet").subtractFrom(io.payspec.crystalpay.v3.SubtractFrom.BALANCE).build()).id();

    Answer payoff = post("/_payspec/payoffs", Map.of(),
        json("{'provider': 'crystalpay', 'payoff_id': '" + id + "'}"));

    assertEquals(200, payoff.status(), payoff.body().toString());
    assertEquals("CrystalPay v3 payoffCallback", payoff.body().path("deliveries").get(0).path("notification").asText());
    assertEquals(id, PayoffCallbackVerifier.builder().salt(sandbox.notificationSecret("crystalpay", "salt")).build()
        .verify(next(), "application/json").id());
  }

  @Test
  void notificationFailuresAreInjectedAndHeldOnesReleased() throws Exception {
    long id = invoice();
    assertEquals(204, post("/_payspec/failures", Map.of(), json("{'kind': 'notification_held'}")).status());
    assertEquals(204, post("/_payspec/failures", Map.of(), json("{'kind': 'notification_twice'}")).status());

    Answer held = post("/_payspec/payments", Map.of(),
        json("{'provider': 'nordpay', 'invoice_id': '" + id + "', 'amount': 1}"));

    assertTrue(held.body().path("deliveries").get(0).path("held").asBoolean(), held.body().toString());
    assertTrue(received.isEmpty());
    Answer released = post("/_payspec/held-notifications", Map.of(), "");
    assertEquals(200, released.status());
    assertEquals(1, released.body().path("deliveries").size());
    next();

    post("/_payspec/payments", Map.of(), json("{'provider': 'nordpay', 'invoice_id': '" + id + "'}"));
    byte[] first = next();
    byte[] second = next();
    assertEquals(new String(first, java.nio.charset.StandardCharsets.UTF_8),
        new String(second, java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(4, sandbox.deliveries().size(), "held, released, and twice");
  }

  @Test
  void badRequestsNameTheProblem() {
    assertDetail(400, "invoice_id is required", post("/_payspec/payments", Map.of(),
        json("{'provider': 'nordpay'}")));
    assertDetail(400, "no provider 'nope' in this sandbox", post("/_payspec/payments", Map.of(),
        json("{'provider': 'nope', 'invoice_id': '1'}")));
    assertDetail(400, "nordpay has no invoice '1' in this sandbox: create it first",
        post("/_payspec/expiry", Map.of(), json("{'provider': 'nordpay', 'invoice_id': '1'}")));
    assertDetail(400, "amount must be a decimal number with at most 18 digits before the point and 18 after it",
        post("/_payspec/payments", Map.of(),
            json("{'provider': 'nordpay', 'invoice_id': '1', 'amount': '1e1000000000'}")));
    assertDetail(400, "amount must be positive", post("/_payspec/payments", Map.of(),
        json("{'provider': 'nordpay', 'invoice_id': '" + invoice() + "', 'amount': '-3'}")));
    assertDetail(400, "the body must be a JSON object", post("/_payspec/payoffs", Map.of(), "[]"));
    assertDetail(400, "cryptocloud documents no notification about a payoff (payoff, withdrawal)",
        post("/_payspec/payoffs", Map.of(), json("{'provider': 'cryptocloud', 'payoff_id': 'x'}")));
    assertDetail(400, "age must be between 0 and 2592000 seconds", post("/_payspec/failures",
        Map.of(), json("{'kind': 'notification_late', 'age': -1}")));
    assertDetail(404, "no control endpoint /_payspec/pay; there are failures, payments, expiry, payoffs, "
        + "held-notifications", post("/_payspec/pay", Map.of(), "{}"));
    assertEquals(405, send("GET", "/_payspec/payments", Map.of(), "").status());
  }

  private static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newHttpClient();

  /** A response: status, JSON body and the text as received. */
  private record Answer(int status, JsonNode body, String text) {}

  private Answer post(String path, Map<String, String> headers, String body) {
    return send("POST", path, headers, body);
  }

  private Answer send(String method, String path, Map<String, String> headers, String body) {
    java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(
            java.net.URI.create(sandbox.baseUrl() + path))
        .timeout(java.time.Duration.ofSeconds(30))
        .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(body))
        .header("Content-Type", "application/json");
    headers.forEach(request::header);
    try {
      java.net.http.HttpResponse<String> response = HTTP.send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
      JsonNode json = response.body().isEmpty() ? JsonAssert.MAPPER.createObjectNode()
          : JsonAssert.MAPPER.readTree(response.body());
      return new Answer(response.statusCode(), json, response.body());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** JSON from single-quoted text, for readable test bodies. */
  private static String json(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  private static void assertDetail(int status, String detail, Answer answer) {
    assertEquals(status, answer.status(), answer.body().toString());
    assertEquals(detail, answer.body().path("detail").asText());
  }
}
