package io.payspec.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.payspec.runtime.error.NotificationVerificationException;
import io.payspec.runtime.meta.NotificationInfo;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderModule;
import io.payspec.runtime.notification.NotificationVerifier;
import io.payspec.sandbox.Lifecycle;
import io.payspec.sandbox.Sandbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The end of the demo's day: on every provider, an invoice is created, paid in the sandbox, its signed
 * notification received by a loopback handler (the shop's) and verified with the generated metadata and
 * the sandbox's secret, and its state confirmed by a look-up. Derived from the notification metadata.
 */
final class DemoPayments implements AutoCloseable {
  private record Received(byte[] body, String contentType) {}

  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private final HttpServer handler;

  DemoPayments() {
    try {
      handler = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("the demo's notification handler cannot listen on 127.0.0.1", e);
    }
    handler.createContext("/payments", exchange -> {
      received.add(new Received(exchange.getRequestBody().readNBytes(NotificationVerifier.DEFAULT_MAX_BODY_BYTES),
          exchange.getRequestHeaders().getFirst("Content-Type")));
      exchange.sendResponseHeaders(200, -1);
      exchange.close();
    });
    handler.start();
  }

  /** Where the sandbox sends notifications: the demo shop's handler. */
  String url() {
    return "http://127.0.0.1:" + handler.getAddress().getPort() + "/payments";
  }

  /** For each provider, its newest notification about invoices: create, pay, verify, look up. */
  List<DemoStep> walk(List<ProviderModule> modules, Sandbox sandbox, ShopDay day) {
    List<DemoStep> steps = new ArrayList<>();
    for (ProviderModule module : modules) {
      List<NotificationInfo<?>> newestFirst = new ArrayList<>(module.notifications());
      java.util.Collections.reverse(newestFirst);
      for (NotificationInfo<?> info : newestFirst) {
        Operation<?, ?> create = operation(module, info.version(), "createInvoice");
        Operation<?, ?> lookup = operation(module, info.version(), info.lookup());
        if (create != null && lookup != null && lookup.name().toLowerCase(Locale.ROOT).contains("invoice")) {
          pay(info, create, lookup, sandbox, day, steps);
          break;
        }
      }
    }
    return steps;
  }

  private void pay(NotificationInfo<?> info, Operation<?, ?> create, Operation<?, ?> lookup, Sandbox sandbox,
      ShopDay day, List<DemoStep> steps) {
    JsonNode created = day.call(create, day.documented(create));
    steps.add(ShopDay.step(create, created));
    JsonNode subject = ResponseSummary.subject(created).map(JsonNode.class::cast).orElse(created);
    String id = ResponseSummary.subject(subject).map(ResponseSummary::id).orElse("");
    String provider = info.provider().id();
    String outcome;
    try {
      Sandbox.Delivery delivery = sandbox.pay(provider, Lifecycle.firstIdentifier(created).map(JsonNode::asText).orElse(id));
      Received notification = received.poll(10, TimeUnit.SECONDS);
      if (notification == null) {
        outcome = "no notification (shop answered " + delivery.status() + ")";
      } else {
        NotificationVerifier.builder(info).secret(sandbox.notificationSecret(provider, info.scheme().credential()))
            .build().verify(notification.body(), notification.contentType());
        outcome = "notified, verified";
      }
    } catch (NotificationVerificationException e) {
      outcome = "NOT authentic: " + e.reason();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      outcome = "interrupted";
    } catch (RuntimeException e) {
      outcome = "failed: " + e.getMessage();
    }
    steps.add(new DemoStep(info.provider().name(), info.version(), "pay (sandbox) + " + info.name(), id, outcome, "", ""));
    steps.add(ShopDay.withId(ShopDay.step(lookup, day.call(lookup, Lifecycle.lookup(lookup, day.documented(lookup), subject))), id));
  }

  private static Operation<?, ?> operation(ProviderModule module, String version, String name) {
    return module.operations().stream().filter(o -> o.version().equals(version) && o.name().equals(name))
        .findFirst().orElse(null);
  }

  @Override
  public void close() {
    handler.stop(0);
  }
}
