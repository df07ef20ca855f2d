package io.payspec.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.payspec.runtime.ClientCore;
import io.payspec.runtime.meta.NotificationInfo;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderModule;
import io.payspec.runtime.notification.NotificationVerifier;
import io.payspec.sandbox.ExampleRequests;
import io.payspec.sandbox.Lifecycle;
import io.payspec.sandbox.Sandbox;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The sandbox pays like a provider, for every installed notification that names invoices: an invoice
 * created through the client is paid with {@link Sandbox#pay}; a test handler on loopback receives the
 * notification, which the generated verifier accepts with the sandbox's secret; the look-up then shows the
 * invoice paid; a handler that keeps failing gets a bounded number of attempts.
 */
class SandboxPaymentContractTest {
  private record Received(byte[] body, String contentType) {}

  @TestFactory
  Stream<DynamicTest> aPaidInvoiceIsNotifiedVerifiedAndLookedUpPaid() {
    List<DynamicTest> tests = new ArrayList<>();
    for (ProviderModule module : ProviderModule.installed()) {
      for (NotificationInfo<?> info : module.notifications()) {
        Operation<?, ?> create = operation(module, info.version(), "createInvoice");
        Operation<?, ?> lookup = operation(module, info.version(), info.lookup());
        if (create != null && lookup != null && lookup.name().toLowerCase(Locale.ROOT).contains("invoice")) {
          tests.add(DynamicTest.dynamicTest(info.displayName(), () -> payAndVerify(info, create, lookup)));
        }
      }
    }
    return tests.stream();
  }

  private static void payAndVerify(NotificationInfo<?> info, Operation<?, ?> create, Operation<?, ?> lookup)
      throws Exception {
    BlockingQueue<Received> received = new ArrayBlockingQueue<>(10);
    HttpServer handler = receiver(received, 200);
    String url = "http://127.0.0.1:" + handler.getAddress().getPort() + "/payments";
    try (Sandbox sandbox = Sandbox.builder().notificationUrl(url).start()) {
      String provider = info.provider().id();
      JsonNode created = JsonAssert.MAPPER.valueToTree(Installed.call(client(sandbox, create), create,
          Installed.firstRequest(create)));
      String invoiceId = Lifecycle.firstIdentifier(created).orElseThrow(() -> new AssertionError("no id in " + created))
          .asText();

      Sandbox.Delivery delivery = sandbox.pay(provider, invoiceId);

      assertEquals(200, delivery.status(), delivery.toString());
      assertEquals(1, delivery.attempts());
      Received notification = received.poll(10, TimeUnit.SECONDS);
      assertNotNull(notification, "the handler received the notification");
      NotificationVerifier<?> verifier = NotificationVerifier.builder(info)
          .secret(sandbox.notificationSecret(provider, info.scheme().credential())).build();
      assertNotNull(verifier.verify(notification.body(), notification.contentType()));

      ObjectNode values = Lifecycle.lookup(lookup, Installed.firstRequestValues(lookup), created);
      Object request = ExampleRequests.typed(lookup, values, JsonAssert.MAPPER);
      String state = JsonAssert.MAPPER.valueToTree(Installed.call(client(sandbox, lookup), lookup, request)).toString();
      assertTrue(state.contains("\"paid\"") || state.contains("\"payed\"") || state.contains("\"success\""),
          Installed.name(lookup) + " shows " + invoiceId + " paid: " + state);
      assertThrows(IllegalArgumentException.class, () -> sandbox.pay(provider, "NEVER0CREATED"));
    } finally {
      handler.stop(0);
    }
  }

  @TestFactory
  Stream<DynamicTest> aFailingHandlerGetsBoundedRetries() {
    List<DynamicTest> tests = new ArrayList<>();
    ProviderModule.installed().stream().flatMap(m -> m.notifications().stream()).findFirst().ifPresent(info -> {
      ProviderModule module = ProviderModule.installed().stream()
          .filter(m -> m.provider().id().equals(info.provider().id())).findFirst().orElseThrow();
      Operation<?, ?> create = operation(module, info.version(), "createInvoice");
      tests.add(DynamicTest.dynamicTest(info.displayName(), () -> {
        BlockingQueue<Received> received = new ArrayBlockingQueue<>(10);
        HttpServer handler = receiver(received, 500);
        try (Sandbox sandbox = Sandbox.builder()
            .notificationUrl("http://127.0.0.1:" + handler.getAddress().getPort() + "/payments").start()) {
          JsonNode created = JsonAssert.MAPPER.valueToTree(Installed.call(client(sandbox, create), create,
              Installed.firstRequest(create)));
          Sandbox.Delivery delivery = sandbox.pay(info.provider().id(), Lifecycle.firstIdentifier(created).orElseThrow().asText());
          assertEquals(500, delivery.status());
          assertEquals(3, delivery.attempts());
          assertEquals(3, received.size());
        } finally {
          handler.stop(0);
        }
      }));
    });
    return tests.stream();
  }

  private static HttpServer receiver(BlockingQueue<Received> received, int status) throws java.io.IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/payments", exchange -> {
      received.add(new Received(exchange.getRequestBody().readAllBytes(),
          exchange.getRequestHeaders().getFirst("Content-Type")));
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
    return server;
  }

  private static Operation<?, ?> operation(ProviderModule module, String version, String name) {
    return module.operations().stream().filter(o -> o.version().equals(version) && o.name().equals(name))
        .findFirst().orElse(null);
  }

  private static ClientCore client(Sandbox sandbox, Operation<?, ?> operation) {
    return Installed.client(operation, sandbox.baseUrl(), sandbox.credentials(operation.provider().id()),
        Duration.ofSeconds(10));
  }
}
