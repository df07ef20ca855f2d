package io.payspec.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.payspec.cryptocloud.CryptoCloudClient;
import io.payspec.cryptocloud.v2.FiatCurrency;
import io.payspec.cryptocloud.v2.Invoice;
import io.payspec.cryptocloud.v2.InvoiceStatus;
import io.payspec.cryptocloud.v2.PostbackVerifier;
import io.payspec.nordpay.NordPayClient;
import io.payspec.nordpay.v1.CreateInvoiceRequest;
import io.payspec.nordpay.v1.GetInvoiceRequest;
import io.payspec.nordpay.v1.Postback;
import io.payspec.nordpay.v1.PostbackStatus;
import io.payspec.nordpay.v1.PostbackType;
import io.payspec.runtime.CurrencyAmount;
import io.payspec.runtime.error.NotificationVerificationException;
import io.payspec.sandbox.NotificationFailure;
import io.payspec.sandbox.Sandbox;
import io.payspec.sandbox.SandboxExtension;
import io.payspec.sandbox.SandboxNotificationFailure;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A shop's own tests on real providers, as the README shows them: the JUnit extension's sandbox pays, part-pays and expires
 * invoices and mis-delivers notifications; a handler on loopback verifies each with the generated verifier.
 */
@ExtendWith(SandboxExtension.class)
class SandboxShopHandlerTest {
  private record Received(byte[] body, String contentType) {}

  private final BlockingQueue<Received> received = new ArrayBlockingQueue<>(10);
  private HttpServer handler;

  @BeforeEach
  void startHandler(Sandbox sandbox) throws IOException {
    handler = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    handler.createContext("/payments", exchange -> {
      received.add(new Received(exchange.getRequestBody().readAllBytes(),
          exchange.getRequestHeaders().getFirst("Content-Type")));
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    handler.start();
    sandbox.notificationUrl("http://127.0.0.1:" + handler.getAddress().getPort() + "/payments");
  }

  @AfterEach
  void stopHandler() {
    handler.stop(0);
  }

  private Received next() throws InterruptedException {
    Received notification = received.poll(10, TimeUnit.SECONDS);
    assertNotNull(notification, "the handler received a notification");
    return notification;
  }

  private static NordPayClient nordPay(Sandbox sandbox) {
    return NordPayClient.builder().apiKey("any-well-formed-key").baseUrl(sandbox.baseUrl()).build();
  }

  private static io.payspec.nordpay.v1.PostbackVerifier nordPayVerifier(Sandbox sandbox) {
    return io.payspec.nordpay.v1.PostbackVerifier.builder()
        .postbackSecret(sandbox.notificationSecret("nordpay", "postback_secret")).build();
  }

  private static long nordPayInvoice(Sandbox sandbox) {
    return nordPay(sandbox).v1().createInvoice(CreateInvoiceRequest.builder().currency("USDTTRC20")
        .amount(CurrencyAmount.of("200", "USD")).expiresTime(30).label("Order #7").build()).id();
  }

  private static Invoice cryptoCloudInvoice(Sandbox sandbox) {
    return CryptoCloudClient.builder().apiKey("any-well-formed-key").baseUrl(sandbox.baseUrl()).build().v2()
        .createInvoice(io.payspec.cryptocloud.v2.CreateInvoiceRequest.builder().shopId("shop-1")
            .amount(new BigDecimal("100")).currency(FiatCurrency.USD).orderId("order-7").build());
  }

  @Test
  void aPartPaymentThenTheRestArePostedWithTheAmountReceived(Sandbox sandbox) throws Exception {
    long id = nordPayInvoice(sandbox);

    sandbox.pay("nordpay", Long.toString(id), new BigDecimal("50.25"));

    byte[] partBody = next().body();
    assertTrue(new String(partBody, java.nio.charset.StandardCharsets.UTF_8).contains("\"object_id\":" + id),
        "the id as a number, as the documented bodies write it");
    Postback part = nordPayVerifier(sandbox).verify(partBody, "application/json");
    assertEquals(Optional.of(PostbackStatus.PARTIALLY_PAID), part.status());
    assertEquals(Optional.of(Long.valueOf(id)), part.objectId());
    assertEquals(0, new BigDecimal("50.25").compareTo(part.receivedAmount().orElseThrow()));
    assertEquals("partially_paid", nordPay(sandbox).v1().getInvoice(GetInvoiceRequest.builder()
        .identifier(Long.toString(id)).build()).statusRaw());

    sandbox.pay("nordpay", Long.toString(id));

    Postback rest = nordPayVerifier(sandbox).verify(next().body(), "application/json");
    assertEquals(Optional.of(PostbackStatus.PAID), rest.status());
    assertEquals(0, new BigDecimal("200").compareTo(rest.receivedAmount().orElseThrow()));
  }

  @Test
  void anExpiredInvoiceIsPostedAsInvoiceExpired(Sandbox sandbox) throws Exception {
    long id = nordPayInvoice(sandbox);

    Optional<Sandbox.Delivery> delivery = sandbox.expire("nordpay", Long.toString(id));

    assertEquals(200, delivery.orElseThrow().status());
    Postback expired = nordPayVerifier(sandbox).verify(next().body(), "application/json");
    assertEquals(PostbackType.INVOICE_EXPIRED, expired.postbackType());
    assertEquals(Optional.of(PostbackStatus.EXPIRED), expired.status());
    assertEquals(Optional.of(Long.valueOf(id)), expired.objectId());
  }

  @Test
  void aProviderWithoutAnExpiryNotificationOnlyChangesTheStatus(Sandbox sandbox) {
    Invoice invoice = cryptoCloudInvoice(sandbox);

    assertEquals(Optional.empty(), sandbox.expire("cryptocloud", invoice.uuid()));

    assertTrue(received.isEmpty());
    assertEquals(InvoiceStatus.CANCELED, CryptoCloudClient.builder().apiKey("k").baseUrl(sandbox.baseUrl()).build()
        .v2().getInvoices(io.payspec.cryptocloud.v2.GetInvoicesRequest.builder().uuids(java.util.List.of(invoice.uuid()))
            .build()).get(0).status());
  }

  @Test
  void anUnknownInvoiceOrANonPositiveAmountIsRefused(Sandbox sandbox) {
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> sandbox.pay("nordpay", "404404", new BigDecimal("1")));
    assertTrue(refused.getMessage().startsWith("nordpay has no invoice '404404' in this sandbox"), refused.getMessage());
    assertThrows(IllegalArgumentException.class, () -> sandbox.pay("nordpay", "1", new BigDecimal("-1")));
  }

  @Test
  @SandboxNotificationFailure(kind = NotificationFailure.Kind.TWICE)
  void aNotificationDeliveredTwiceCarriesTheSameSignedBody(Sandbox sandbox) throws Exception {
    Invoice invoice = cryptoCloudInvoice(sandbox);

    sandbox.pay("cryptocloud", invoice.uuid());

    Received first = next();
    Received second = next();
    assertArrayEquals(first.body(), second.body());
    PostbackVerifier verifier = PostbackVerifier.builder()
        .secretKey(sandbox.notificationSecret("cryptocloud", "secret_key")).build();
    assertEquals(InvoiceStatus.PAID, verifier.verify(first.body(), first.contentType()).invoiceInfo().status());
  }

  @Test
  @SandboxNotificationFailure(kind = NotificationFailure.Kind.LATE, ageSeconds = 600)
  void aNotificationPastTheTokensLifetimeIsRefusedByTheGeneratedVerifier(Sandbox sandbox) throws Exception {
    Invoice invoice = cryptoCloudInvoice(sandbox);

    sandbox.pay("cryptocloud", invoice.uuid());

    Received late = next();
    NotificationVerificationException refused = assertThrows(NotificationVerificationException.class,
        () -> PostbackVerifier.builder().secretKey(sandbox.notificationSecret("cryptocloud", "secret_key")).build()
            .verify(late.body(), late.contentType()));
    assertEquals(NotificationVerificationException.Reason.EXPIRED, refused.reason());
  }

  @Test
  @SandboxNotificationFailure(kind = NotificationFailure.Kind.HELD, once = true)
  void aHeldNotificationWaitsForDeliverHeld(Sandbox sandbox) throws Exception {
    Invoice invoice = cryptoCloudInvoice(sandbox);

    Sandbox.Delivery held = sandbox.pay("cryptocloud", invoice.uuid());

    assertTrue(held.held());
    assertTrue(received.isEmpty(), "held back");
    java.util.List<Sandbox.Delivery> released = sandbox.deliverHeld();
    assertEquals(1, released.size());
    Received late = next();
    assertArrayEquals(held.body(), late.body());
    assertEquals(1, sandbox.pay("cryptocloud", invoice.uuid()).attempts(), "only the first was held");
    next();
  }

  @Test
  void aTestWithoutTheAnnotationGetsOneDelivery(Sandbox sandbox) throws Exception {
    Invoice invoice = cryptoCloudInvoice(sandbox);

    Sandbox.Delivery delivery = sandbox.pay("cryptocloud", invoice.uuid());

    assertEquals(1, delivery.attempts());
    Received one = next();
    assertNotNull(PostbackVerifier.builder().secretKey(sandbox.notificationSecret("cryptocloud", "secret_key")).build()
        .verify(one.body(), one.contentType()));
    assertTrue(received.isEmpty(), "delivered once");
  }
}
