package io.payspec.contract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.payspec.runtime.ClientCore;
import io.payspec.runtime.error.NotificationVerificationException;
import io.payspec.runtime.meta.DeliveryInfo;
import io.payspec.runtime.meta.FieldInfo;
import io.payspec.runtime.meta.NotificationInfo;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderModule;
import io.payspec.runtime.notification.NotificationVerifier;
import io.payspec.runtime.notification.VerificationScheme;
import io.payspec.sandbox.ExampleRequests;
import io.payspec.sandbox.Lifecycle;
import io.payspec.sandbox.NotificationFailure;
import io.payspec.sandbox.Sandbox;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The sandbox pays like a provider, for every installed notification, derived from the metadata: an
 * invoice created through the client is paid in full, in part, or expires; a payoff completes; a test
 * handler on loopback receives each notification, which the generated verifier accepts with the
 * sandbox's secret; the look-up then shows the documented status. Notifications delivered twice, late
 * or held: the verifier refuses what is past its tolerance window where the scheme carries a time.
 */
class SandboxPaymentContractTest {
  private static final BigDecimal PART = new BigDecimal("0.01");

  private record Received(byte[] body, String contentType) {}

  /** A notification and the operations around the resource it names. */
  private record Case(NotificationInfo<?> info, Operation<?, ?> create, Operation<?, ?> lookup) {
    String provider() {
      return info.provider().id();
    }

    String noun() {
      return lookup.name().toLowerCase(Locale.ROOT).contains("invoice") ? "invoice" : "payoff";
    }

    /** The look-up's (or the create call's) documented status field: an enum named like a status. */
    FieldInfo statusField() {
      return Stream.of(lookup, create).flatMap(o -> o.responseFields().stream())
          .filter(f -> f.path().endsWith("status") || f.path().endsWith("state") || f.path().contains("status"))
          .filter(f -> !f.enumValues().isEmpty()).findFirst()
          .orElseThrow(() -> new AssertionError(Installed.name(lookup) + " documents no status"));
    }

    List<String> statuses() {
      return statusField().enumValues();
    }

    String statusMember() {
      String path = statusField().path();
      return path.substring(path.lastIndexOf('.') + 1);
    }

    boolean timed() {
      return info.scheme() instanceof VerificationScheme.Jwt;
    }
  }

  /** A shop: a sandbox and a loopback handler answering as told for each try, with the resource created. */
  private static final class Shop implements AutoCloseable {
    final BlockingQueue<Received> received = new ArrayBlockingQueue<>(20);
    final HttpServer handler;
    final Sandbox sandbox;
    final Case c;
    JsonNode created;
    String id;

    Shop(Case c, int status, Clock clock) throws IOException {
      this(c, tries -> status, clock);
    }

    /** A shop whose handler answers {@code statusOfTry.applyAsInt(n)} to the n-th delivery (from 1). */
    Shop(Case c, IntUnaryOperator statusOfTry, Clock clock) throws IOException {
      this.c = c;
      AtomicInteger tries = new AtomicInteger();
      handler = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      handler.createContext("/payments", exchange -> {
        received.add(new Received(exchange.getRequestBody().readAllBytes(),
            exchange.getRequestHeaders().getFirst("Content-Type")));
        exchange.sendResponseHeaders(statusOfTry.applyAsInt(tries.incrementAndGet()), -1);
        exchange.close();
      });
      handler.start();
      sandbox = Sandbox.builder().clock(clock)
          .notificationUrl("http://127.0.0.1:" + handler.getAddress().getPort() + "/payments").start();
    }

    Shop create() {
      created = JsonAssert.MAPPER.valueToTree(Installed.call(client(c.create()), c.create(), Installed.firstRequest(c.create())));
      id = Lifecycle.firstIdentifier(created).orElseThrow(() -> new AssertionError("no id in " + created)).asText();
      return this;
    }

    NotificationVerifier<?> verifier(Clock clock) {
      return NotificationVerifier.builder(c.info()).clock(clock)
          .secret(sandbox.notificationSecret(c.provider(), c.info().scheme().credential())).build();
    }

    Received next() throws InterruptedException {
      Received notification = received.poll(10, TimeUnit.SECONDS);
      assertNotNull(notification, "the handler received the notification");
      return notification;
    }

    /** The look-up's answer for the created resource, as JSON text. */
    String lookedUp() {
      ObjectNode values = Lifecycle.lookup(c.lookup(), Installed.firstRequestValues(c.lookup()), created);
      Object request = ExampleRequests.typed(c.lookup(), values, JsonAssert.MAPPER);
      return JsonAssert.MAPPER.valueToTree(Installed.call(client(c.lookup()), c.lookup(), request)).toString();
    }

    ClientCore client(Operation<?, ?> operation) {
      return Installed.client(operation, sandbox.baseUrl(), sandbox.credentials(operation.provider().id()),
          Duration.ofSeconds(10));
    }

    @Override
    public void close() {
      sandbox.close();
      handler.stop(0);
    }
  }

  /** A clock a test moves on by hand. */
  private static final class MovableClock extends Clock {
    private volatile Instant now = Instant.parse("2026-01-01T12:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  private static List<Case> cases(Predicate<Case> which) {
    List<Case> cases = new ArrayList<>();
    for (ProviderModule module : ProviderModule.installed()) {
      for (NotificationInfo<?> info : module.notifications()) {
        Operation<?, ?> lookup = operation(module, info.version(), info.lookup());
        if (lookup == null) {
          continue;
        }
        String noun = lookup.name().toLowerCase(Locale.ROOT).contains("invoice") ? "Invoice" : "Payoff";
        Operation<?, ?> create = operation(module, info.version(), "create" + noun);
        if (create != null && (noun.equals("Invoice") || lookup.name().toLowerCase(Locale.ROOT).contains("payoff"))) {
          Case c = new Case(info, create, lookup);
          if (which.test(c)) {
            cases.add(c);
          }
        }
      }
    }
    return cases;
  }

  private static Stream<DynamicTest> each(Predicate<Case> which, Check check) {
    List<Case> cases = cases(which);
    assertFalse(cases.isEmpty(), "no installed notification to test");
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.info().displayName(), () -> check.run(c)));
  }

  private interface Check {
    void run(Case c) throws Exception;
  }

  @TestFactory
  Stream<DynamicTest> aPaidInvoiceIsNotifiedVerifiedAndLookedUpPaid() {
    return each(c -> c.noun().equals("invoice"), c -> {
      try (Shop shop = new Shop(c, 200, Clock.systemUTC()).create()) {
        String before = shop.lookedUp();
        assertTrue(hasStatus(c, before, List.of(c.statuses().get(0))), "a new invoice has the first documented status: " + before);

        Sandbox.Delivery delivery = shop.sandbox.pay(c.provider(), shop.id);

        assertEquals(200, delivery.status(), delivery.toString());
        assertEquals(1, delivery.attempts());
        Received notification = shop.next();
        ObjectNode verified = shop.verifier(Clock.systemUTC()).verifiedTree(notification.body(), notification.contentType());
        assertTrue(hasValue(verified, anyOf(c.statuses(), List.of("paid", "payed"))) || verified.toString().contains("success"),
            "the notification says paid: " + verified);
        String state = shop.lookedUp();
        assertTrue(hasStatus(c, state, List.of("paid", "payed")), Installed.name(c.lookup()) + " shows " + shop.id + " paid: " + state);
        assertThrows(IllegalArgumentException.class, () -> shop.sandbox.pay(c.provider(), "NEVER0CREATED"));
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> aPartlyPaidInvoiceTakesTheDocumentedPartialStatusThenThePaidOne() {
    return each(c -> c.noun().equals("invoice") && partial(c).isPresent(), c -> {
      try (Shop shop = new Shop(c, 200, Clock.systemUTC()).create()) {
        String partial = partial(c).orElseThrow();

        Sandbox.Delivery part = shop.sandbox.pay(c.provider(), shop.id, PART);

        assertEquals(200, part.status(), part.toString());
        Received first = shop.next();
        ObjectNode verified = shop.verifier(Clock.systemUTC()).verifiedTree(first.body(), first.contentType());
        assertTrue(hasValue(verified, partial) || verified.toString().contains("success"),
            "the notification says " + partial + ": " + verified);
        if (documentsAmountPaid(c)) {
          assertTrue(carriesAmount(verified, PART), "the notification carries what was paid or what remains: " + verified);
        }
        String state = shop.lookedUp();
        assertTrue(hasStatus(c, state, List.of(partial)), Installed.name(c.lookup()) + " shows " + partial + ": " + state);

        shop.sandbox.pay(c.provider(), shop.id);

        shop.next();
        String paid = shop.lookedUp();
        assertTrue(hasStatus(c, paid, List.of("paid", "payed")), "the rest paid, the invoice is paid: " + paid);
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> anExpiredInvoiceTakesTheDocumentedStatusAndItsDocumentedNotification() {
    return each(c -> c.noun().equals("invoice") && expired(c).isPresent(), c -> {
      try (Shop shop = new Shop(c, 200, Clock.systemUTC()).create()) {
        String expired = expired(c).orElseThrow();
        boolean documented = c.info().examples().stream().anyMatch(e -> e.body().contains("\"" + expired + "\""));

        Optional<Sandbox.Delivery> delivery = shop.sandbox.expire(c.provider(), shop.id);

        assertEquals(documented, delivery.isPresent(), "a notification iff one is documented for " + expired);
        if (documented) {
          Received notification = shop.next();
          ObjectNode verified = shop.verifier(Clock.systemUTC()).verifiedTree(notification.body(), notification.contentType());
          assertTrue(hasValue(verified, expired), verified.toString());
        } else {
          assertTrue(shop.received.isEmpty(), "nothing delivered");
        }
        String state = shop.lookedUp();
        assertTrue(hasStatus(c, state, List.of(expired)), Installed.name(c.lookup()) + " shows " + expired + ": " + state);
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> aCompletedPayoffIsNotifiedVerifiedAndLookedUpPaidOut() {
    return each(c -> c.noun().equals("payoff"), c -> {
      try (Shop shop = new Shop(c, 200, Clock.systemUTC()).create()) {
        String before = shop.lookedUp();
        assertTrue(hasStatus(c, before, List.of(c.statuses().get(0))), "a new payoff has the first documented status: " + before);

        Sandbox.Delivery delivery = shop.sandbox.completePayoff(c.provider(), shop.id);

        assertEquals(200, delivery.status(), delivery.toString());
        Received notification = shop.next();
        assertNotNull(shop.verifier(Clock.systemUTC()).verify(notification.body(), notification.contentType()));
        String state = shop.lookedUp();
        assertTrue(hasStatus(c, state, List.of("paid", "payed")), Installed.name(c.lookup()) + " shows paid out: " + state);
        assertThrows(IllegalArgumentException.class, () -> shop.sandbox.completePayoff(c.provider(), "NEVER0CREATED"));
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> aNotificationDeliveredTwiceIsTheSameSignedBodyTwice() {
    return each(c -> c.noun().equals("invoice"), c -> {
      try (Shop shop = new Shop(c, 200, Clock.systemUTC()).create()) {
        shop.sandbox.failNextNotification(NotificationFailure.twice());

        shop.sandbox.pay(c.provider(), shop.id);

        Received first = shop.next();
        Received second = shop.next();
        assertArrayEquals(first.body(), second.body());
        NotificationVerifier<?> verifier = shop.verifier(Clock.systemUTC());
        assertNotNull(verifier.verify(first.body(), first.contentType()));
        assertNotNull(verifier.verify(second.body(), second.contentType()));
        assertEquals(2, shop.sandbox.deliveries().size());
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> aHeldNotificationArrivesWhenReleasedAndPastTheToleranceIsRefusedWhereTheSchemeIsTimed() {
    return each(c -> c.noun().equals("invoice"), c -> {
      MovableClock clock = new MovableClock();
      try (Shop shop = new Shop(c, 200, clock).create()) {
        shop.sandbox.failNextNotification(NotificationFailure.held());

        Sandbox.Delivery held = shop.sandbox.pay(c.provider(), shop.id);

        assertTrue(held.held());
        assertEquals(0, held.attempts());
        assertTrue(shop.received.isEmpty(), "held back");
        clock.advance(Duration.ofMinutes(10));
        List<Sandbox.Delivery> released = shop.sandbox.deliverHeld();
        assertEquals(1, released.size());
        assertEquals(200, released.get(0).status());
        Received late = shop.next();
        NotificationVerifier<?> verifier = shop.verifier(clock);
        if (c.timed()) {
          NotificationVerificationException refused = assertThrows(NotificationVerificationException.class,
              () -> verifier.verify(late.body(), late.contentType()));
          assertEquals(NotificationVerificationException.Reason.EXPIRED, refused.reason(), refused.getMessage());
        } else {
          // Neither a shared secret nor a digest of the id carries a time: nothing to refuse it by.
          assertNotNull(verifier.verify(late.body(), late.contentType()));
        }
        assertTrue(shop.sandbox.deliverHeld().isEmpty());
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> aLateNotificationIsRefusedByATimedScheme() {
    return each(c -> c.noun().equals("invoice") && c.timed(), c -> {
      try (Shop shop = new Shop(c, 200, Clock.systemUTC()).create()) {
        shop.sandbox.failNextNotification(NotificationFailure.late(Duration.ofMinutes(10)));

        shop.sandbox.pay(c.provider(), shop.id);

        Received late = shop.next();
        NotificationVerificationException refused = assertThrows(NotificationVerificationException.class,
            () -> shop.verifier(Clock.systemUTC()).verify(late.body(), late.contentType()));
        assertEquals(NotificationVerificationException.Reason.EXPIRED, refused.reason());
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> anUnacknowledgedNotificationIsTriedAsOftenAsDocumented() {
    return each(c -> c.noun().equals("invoice"), c -> {
      DeliveryInfo documented = c.info().delivery();
      try (Shop shop = new Shop(c, 500, Clock.systemUTC()).create()) {
        Sandbox.Delivery delivery = shop.sandbox.pay(c.provider(), shop.id);

        assertEquals(500, delivery.status());
        assertFalse(delivery.acknowledged());
        assertEquals(documented.attempts(), delivery.attempts(), "tries, as " + (documented.documented()
            ? documented.source() : "undocumented: once"));
        assertEquals(documented.attempts(), shop.received.size());
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> anAcknowledgingAnswerEndsTheTries() {
    return each(c -> c.noun().equals("invoice"), c -> {
      DeliveryInfo documented = c.info().delivery();
      List<Integer> acknowledging = documented.acknowledgedBy().isEmpty() ? List.of(200, 204) : documented.acknowledgedBy();
      for (int status : acknowledging) {
        try (Shop shop = new Shop(c, tries -> tries == 1 ? 503 : status, Clock.systemUTC()).create()) {
          Sandbox.Delivery delivery = shop.sandbox.pay(c.provider(), shop.id);

          boolean retried = documented.attempts() > 1;
          assertEquals(retried ? 2 : 1, delivery.attempts(), "answered 503, then " + status);
          assertEquals(retried ? status : 503, delivery.status());
          assertEquals(retried, delivery.acknowledged());
          assertEquals(delivery.attempts(), shop.received.size());
        }
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> onlyADocumentedAnswerAcknowledges() {
    return each(c -> c.noun().equals("invoice"), c -> {
      DeliveryInfo documented = c.info().delivery();
      int other = documented.acknowledgedBy().isEmpty() ? 429
          : IntStream.of(202, 200, 204).filter(s -> !documented.acknowledgedBy().contains(s)).findFirst().orElseThrow();
      try (Shop shop = new Shop(c, other, Clock.systemUTC()).create()) {
        Sandbox.Delivery delivery = shop.sandbox.pay(c.provider(), shop.id);

        assertFalse(delivery.acknowledged(), other + " does not acknowledge " + c.info().displayName());
        assertEquals(documented.attempts(), delivery.attempts());
      }
    });
  }

  /** The look-up's documented partly-paid status, as the README documents the rule. */
  private static Optional<String> partial(Case c) {
    return c.statuses().stream().filter(s -> s.contains("partial")).findFirst()
        .or(() -> c.statuses().stream().filter(s -> s.replace("_", "").contains("wrongamount")).findFirst());
  }

  private static Optional<String> expired(Case c) {
    return c.statuses().stream().filter(s -> s.equals("expired")).findFirst()
        .or(() -> c.statuses().stream().filter(s -> s.startsWith("cancel")).findFirst());
  }

  private static List<String> anyOf(List<String> documented, List<String> wanted) {
    return documented.stream().filter(wanted::contains).toList();
  }

  private static boolean hasValue(JsonNode tree, List<String> values) {
    return values.stream().anyMatch(value -> hasValue(tree, List.of("status", "state"), value));
  }

  private static boolean hasValue(JsonNode tree, String value) {
    return hasValue(tree, List.of("status", "state"), value);
  }

  /** Whether one of these members anywhere in the tree has this value. */
  private static boolean hasValue(JsonNode tree, List<String> members, String value) {
    if (tree.isObject()) {
      for (String member : members) {
        if (value.equals(tree.path(member).asText(null))) {
          return true;
        }
      }
    }
    for (JsonNode child : tree) {
      if (hasValue(child, members, value)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the look-up's answer has its status member at one of these values. */
  private static boolean hasStatus(Case c, String json, List<String> values) {
    try {
      JsonNode tree = JsonAssert.MAPPER.readTree(json);
      return values.stream().anyMatch(value -> hasValue(tree, List.of(c.statusMember()), value));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Whether a member naming an amount received, paid or remaining holds {@code part} or the invoice's rest. */
  private static boolean carriesAmount(JsonNode tree, BigDecimal part) {
    if (tree.isObject()) {
      for (var member : tree.properties()) {
        String name = member.getKey();
        if ((name.contains("receive") || name.contains("paid") || name.contains("remaining")) && !name.endsWith("usd")
            && member.getValue().isValueNode() && !member.getValue().asText().isEmpty()) {
          try {
            BigDecimal value = new BigDecimal(member.getValue().asText());
            if (value.compareTo(part) == 0 || name.contains("remaining") && value.signum() > 0) {
              return true;
            }
          } catch (NumberFormatException e) {
            // not a number
          }
        }
      }
    }
    for (JsonNode child : tree) {
      if (carriesAmount(child, part)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a documented body of the notification has a member for what was received, paid or remains. */
  private static boolean documentsAmountPaid(Case c) {
    return c.info().examples().stream().anyMatch(example -> {
      try {
        return names(JsonAssert.MAPPER.readTree(example.body())).stream()
            .anyMatch(name -> name.contains("receive") || name.contains("paid") || name.contains("remaining"));
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  private static List<String> names(JsonNode tree) {
    List<String> names = new ArrayList<>();
    if (tree.isObject()) {
      tree.properties().forEach(member -> names.add(member.getKey()));
    }
    tree.forEach(child -> names.addAll(names(child)));
    return names;
  }

  private static Operation<?, ?> operation(ProviderModule module, String version, String name) {
    return module.operations().stream().filter(o -> o.version().equals(version) && o.name().equals(name))
        .findFirst().orElse(null);
  }
}
