package io.payspec.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.payspec.annotations.EnvelopeKind;
import io.payspec.annotations.ErrorShape;
import io.payspec.annotations.HttpMethod;
import io.payspec.annotations.NotificationEncoding;
import io.payspec.annotations.ParamIn;
import io.payspec.annotations.ResponseShape;
import io.payspec.runtime.json.Json;
import io.payspec.runtime.meta.DeliveryInfo;
import io.payspec.runtime.meta.FieldConstraints;
import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.FieldKind;
import io.payspec.runtime.meta.NotificationInfo;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderInfo;
import io.payspec.runtime.meta.ProviderModule;
import io.payspec.runtime.meta.RequestExampleInfo;
import io.payspec.runtime.notification.VerificationScheme;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the sandbox derives when it pays, on a made-up provider described by hand: its statuses
 * ({@code open}, {@code paid}, {@code void}: no partly-paid, no expired, a cancelled-like one only by
 * another name) and a notification with one documented body. No real provider is involved.
 */
class DerivedPaymentsTest {
  private static final ProviderInfo SHOP = new ProviderInfo("madeup", "MadeUp", "https://api.madeup.test",
      MadeUp.HEADER, "Made up.");
  private static final String INVOICE = "{\"id\": \"INV-AAAA1111\", \"state\": \"%s\", \"amount\": \"10\", "
      + "\"paid_so_far\": \"0\", \"remaining_amount\": \"10\"}";

  private final BlockingQueue<JsonNode> received = new ArrayBlockingQueue<>(5);
  private HttpServer handler;
  private Sandbox sandbox;

  @BeforeEach
  void start() throws IOException {
    handler = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    handler.createContext("/hook", exchange -> {
      received.add(Json.mapper().readTree(exchange.getRequestBody().readAllBytes()));
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    handler.start();
    sandbox = Sandbox.builder().modules(List.of(module(List.of("open", "paid", "void"))))
        .notificationUrl("http://127.0.0.1:" + handler.getAddress().getPort() + "/hook").start();
  }

  @AfterEach
  void stop() {
    sandbox.close();
    handler.stop(0);
  }

  private String create() {
    RawHttp.Answer created = RawHttp.post(sandbox, "/invoices", Map.of("X-Key", "k"), "{\"amount\": 10}");
    assertEquals(200, created.status(), created.body().toString());
    return created.body().path("result").path("id").asText();
  }

  private JsonNode lookUp(String id) {
    return RawHttp.send(sandbox, "GET", "/invoices/" + id, Map.of("X-Key", "k"), "").body().path("result");
  }

  @Test
  void aNewInvoiceHasTheFirstDocumentedStatusAndPayingItTheDocumentedPaidOne() throws Exception {
    String id = create();
    assertEquals("open", lookUp(id).path("state").asText(), "not the look-up example's paid");

    Sandbox.Delivery delivery = sandbox.pay("madeup", id);

    assertEquals(200, delivery.status());
    JsonNode notification = received.poll(10, TimeUnit.SECONDS);
    assertNotNull(notification);
    assertEquals("paid", notification.path("state").asText());
    assertEquals("AAAA1111".length(), notification.path("invoice").asText().length());
    assertEquals(id.substring("INV-".length()), notification.path("invoice").asText(), "the look-up prefix is left out");
    assertEquals("sandbox-madeup-hook-secret", notification.path("secret").asText());
    assertEquals("paid", lookUp(id).path("state").asText());
    assertEquals("0", lookUp(id).path("remaining_amount").asText());
  }

  @Test
  void aPartPaymentIsRefusedWhereNoPartlyPaidStatusIsDocumentedAndNothingChanges() throws Exception {
    String id = create();

    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> sandbox.pay("madeup", id, new BigDecimal("4")));

    assertEquals("madeup v1 documents no status for a partly paid invoice; pay 10 or more", refused.getMessage());
    assertEquals("open", lookUp(id).path("state").asText());
    assertTrue(received.isEmpty());

    sandbox.pay("madeup", id, new BigDecimal("12"));

    JsonNode notification = received.poll(10, TimeUnit.SECONDS);
    assertNotNull(notification);
    assertEquals("paid", notification.path("state").asText(), "over-paid is paid where no over-paid status is documented");
    assertEquals("paid", lookUp(id).path("state").asText());
  }

  @Test
  void anUnknownProviderOrInvoiceIsNamedOnOneBoundedLine() {
    IllegalArgumentException provider = assertThrows(IllegalArgumentException.class,
        () -> sandbox.pay("evil\nERROR forged" + "x".repeat(100), "1"));
    assertEquals("no provider 'evil?ERROR forged" + "x".repeat(40 - 17) + "...' in this sandbox", provider.getMessage());
    IllegalArgumentException invoice = assertThrows(IllegalArgumentException.class,
        () -> sandbox.expire("madeup", "INV-\r\n" + "9".repeat(10_000)));
    assertEquals("madeup has no invoice 'INV-??" + "9".repeat(40 - 6) + "...' in this sandbox: create it first",
        invoice.getMessage());
  }

  @Test
  void expiryIsRefusedWithoutADocumentedExpiredOrCancelledStatus() {
    String id = create();

    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> sandbox.expire("madeup", id));

    assertEquals("madeup v1 documents no expired or cancelled status for an invoice", refused.getMessage());
  }

  @Test
  void expiryTakesTheCancelledStatusAndSendsNothingWithoutABodyDocumentedForIt() {
    try (Sandbox cancelling = Sandbox.builder().modules(List.of(module(List.of("open", "paid", "cancelled"))))
        .notificationUrl("http://127.0.0.1:" + handler.getAddress().getPort() + "/hook").start()) {
      String id = RawHttp.post(cancelling, "/invoices", Map.of("X-Key", "k"), "{\"amount\": 10}").body()
          .path("result").path("id").asText();

      assertTrue(cancelling.expire("madeup", id).isEmpty());

      assertEquals("cancelled", RawHttp.send(cancelling, "GET", "/invoices/" + id, Map.of("X-Key", "k"), "").body()
          .path("result").path("state").asText());
      assertTrue(received.isEmpty());
    }
  }

  private static ProviderModule module(List<String> states) {
    FieldInfo state = new FieldInfo("state", FieldKind.ENUM, false, false, null, states, "", ParamIn.BODY, null, false,
        false, false, FieldConstraints.NONE, List.of(), null);
    Operation.EnvelopeInfo envelope = new Operation.EnvelopeInfo(EnvelopeKind.STATUS_AND_RESULT, "status", "success",
        "result", "error", "errors");
    Operation<ObjectNode, ObjectNode> create = operation("createInvoice", HttpMethod.POST, "/invoices",
        List.of(MadeUp.field("amount", FieldKind.DECIMAL, false, ParamIn.BODY)), List.of(),
        new RequestExampleInfo("page", "/invoices", "", "{\"amount\": 10}", ""), INVOICE.formatted("open"), envelope);
    Operation<ObjectNode, ObjectNode> get = operation("getInvoice", HttpMethod.GET, "/invoices/{id}",
        List.of(MadeUp.field("id", FieldKind.STRING, false, ParamIn.PATH)), List.of(state),
        new RequestExampleInfo("page", "/invoices/INV-AAAA1111", "", "", ""), INVOICE.formatted("paid"), envelope);
    NotificationInfo<ObjectNode> hook = new NotificationInfo<>(SHOP, "v1", "hook", "", ObjectNode.class,
        List.of(NotificationEncoding.JSON), new VerificationScheme.SharedSecret("secret", "hook_secret"), DeliveryInfo.UNDOCUMENTED,
        "getInvoice",
        "invoice", "id", "INV-", List.of(new NotificationInfo.Example("page",
            "{\"secret\": \"x\", \"invoice\": \"XXXX0000\", \"state\": \"paid\", \"amount\": \"1\"}", "")));
    return new ProviderModule() {
      @Override
      public ProviderInfo provider() {
        return SHOP;
      }

      @Override
      public List<Operation<?, ?>> operations() {
        return List.of(create, get);
      }

      @Override
      public List<NotificationInfo<?>> notifications() {
        return List.of(hook);
      }
    };
  }

  private static Operation<ObjectNode, ObjectNode> operation(String name, HttpMethod method, String path,
      List<FieldInfo> fields, List<FieldInfo> answers, RequestExampleInfo request, String result,
      Operation.EnvelopeInfo envelope) {
    return new Operation<>(SHOP, "v1", name, method, path, "", envelope,
        new Operation.ErrorInfo(List.of(ErrorShape.DETAIL), List.of(), List.of(), List.of()), ObjectNode.class,
        ObjectNode.class, body -> List.of(), fields, ResponseShape.OBJECT, answers, SHOP.auth(),
        SHOP.auth().credentialNames(), false, "", List.of(request),
        List.of(MadeUp.success("{\"status\": \"success\", \"result\": " + result + "}")), List.of());
  }
}
