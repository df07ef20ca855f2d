package io.payspec.sandbox;

import static io.payspec.sandbox.RawHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderModule;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How the sandbox serves what it is given, on made-up providers ({@link MadeUp}) and on every installed
 * one: routes, counts, credentials, echo, success bodies, clashes, ports.
 */
class SandboxServingTest {
  private static Sandbox madeUp() {
    return Sandbox.builder().modules(List.of(MadeUp.acme(), MadeUp.bodyco())).start();
  }

  @Test
  void servesEveryInstalledOperationAtOnce() {
    try (Sandbox sandbox = Sandbox.start()) {
      assertEquals(ProviderModule.installed().stream().flatMap(module -> module.operations().stream())
              .map(OperationKey::of).sorted(Comparator.comparing(Object::toString)).toList(),
          sandbox.operations().stream().map(OperationKey::of).sorted(Comparator.comparing(Object::toString)).toList());
      assertTrue(sandbox.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+"), sandbox.baseUrl());
      assertEquals(sandbox.baseUrl(), "http://127.0.0.1:" + sandbox.port());
    }
  }

  @Test
  void answersAnUnknownPathWith404() {
    try (Sandbox sandbox = madeUp()) {
      RawHttp.Answer answer = RawHttp.post(sandbox, "/v9/nothing", Map.of(), "{}");

      assertEquals(404, answer.status());
      assertEquals(json("{'detail':'Not Found'}"), answer.body().toString());
      RecordedRequest recorded = sandbox.requests().last();
      assertEquals(List.of(recorded), sandbox.requests().all());
      assertEquals("POST /v9/nothing null {}", recorded.method() + " " + recorded.path() + " "
          + recorded.operation() + " " + recorded.body());
    }
  }

  @Test
  void answersAnotherMethodWith405() {
    try (Sandbox sandbox = madeUp()) {
      RawHttp.Answer answer = RawHttp.send(sandbox, "GET", "/v1/thing/create/", Map.of(), "");

      assertEquals(405, answer.status());
      assertEquals("POST", answer.raw().headers().firstValue("Allow").orElseThrow());
      assertEquals("POST, GET", RawHttp.send(sandbox, "PUT", "/invoices", Map.of(), "").raw().headers()
          .firstValue("Allow").orElseThrow());
    }
  }

  @Test
  void countsRequestsPerOperation() {
    try (Sandbox sandbox = madeUp()) {
      RawHttp.post(sandbox, "/invoices", Map.of(), "{}");
      RawHttp.post(sandbox, "/invoices", Map.of(), "{}");
      RawHttp.send(sandbox, "GET", "/invoices/INV-1", Map.of(), "");

      assertEquals(3, sandbox.requests().total());
      assertEquals(2, sandbox.requests().count(new OperationKey("acme", "v1", "createInvoice")));
      assertEquals(1, sandbox.requests().count(new OperationKey("acme", "v1", "getInvoice")));
      assertEquals(0, sandbox.requests().count(new OperationKey("bodyco", "v1", "createThing")));
    }
  }

  @Test
  void acceptsTheDefaultCredentials() {
    try (Sandbox sandbox = madeUp()) {
      assertEquals(Map.of("api_key", "sandbox-acme-key"), sandbox.credentials("acme"));
      assertEquals(List.of("login", "secret"), List.copyOf(sandbox.credentials("bodyco").keySet()));
      assertEquals("sandbox-login", sandbox.credentials("bodyco").get("login"));
      assertEquals("sandbox-secret", sandbox.credentials("bodyco").get("secret"));
      assertThrows(IllegalArgumentException.class, () -> sandbox.credentials("nobody"));

      assertEquals(200, RawHttp.post(sandbox, "/invoices", Map.of("X-Key", "sandbox-acme-key"), "{}").status());
      assertEquals(401, RawHttp.post(sandbox, "/invoices", Map.of("X-Key", Sandbox.REFUSED_CREDENTIAL), "{}").status());
      RawHttp.Answer refused = RawHttp.post(sandbox, "/v1/thing/create/", Map.of(),
          json("{'login': 'sandbox-login', 'secret': '" + Sandbox.REFUSED_CREDENTIAL + "', 'amount': 1}"));
      assertEquals(200, refused.status(), "errors under HTTP 200, as the error flag envelope says");
      assertEquals(true, refused.body().get("error").asBoolean());
    }
  }

  @Test
  void handsOutConfiguredCredentialsAndAcceptsAnyWellFormedOne() {
    try (Sandbox sandbox = Sandbox.builder().modules(List.of(MadeUp.acme())).credential("acme", "api_key", "mine")
        .start()) {
      assertEquals("mine", sandbox.credentials("acme").get("api_key"));
      assertEquals(200, RawHttp.post(sandbox, "/invoices", Map.of("X-Key", "mine"), "{}").status());
      assertEquals(200, RawHttp.post(sandbox, "/invoices", Map.of("X-Key", "any-live-key-42"), "{}").status());
      assertEquals(401, RawHttp.post(sandbox, "/invoices", Map.of("X-Key", Sandbox.REFUSED_CREDENTIAL), "{}").status());
      assertEquals(401, RawHttp.post(sandbox, "/invoices", Map.of("X-Key", " "), "{}").status());
      assertEquals(401, RawHttp.post(sandbox, "/invoices", Map.of(), "{}").status());
    }
  }

  @Test
  void refusesCredentialsOfUnknownProvidersOrNames() {
    assertThrows(IllegalArgumentException.class, () -> Sandbox.builder().modules(List.of(MadeUp.acme()))
        .credential("nobody", "api_key", "k").start());
    assertThrows(IllegalArgumentException.class, () -> Sandbox.builder().modules(List.of(MadeUp.acme()))
        .credential("acme", "login", "k").start());
  }

  @Test
  void echoesTheRequestOfAnOperationWithoutASuccessExample() {
    try (Sandbox sandbox = madeUp()) {
      String credentials = "'login': 'sandbox-login', 'secret': 'sandbox-secret', ";
      RawHttp.Answer accepted = RawHttp.post(sandbox, "/v1/thing/create/", Map.of(),
          json("{" + credentials + "'amount': 5, 'description': 'd'}"));
      RawHttp.Answer rejected = RawHttp.post(sandbox, "/v1/thing/create/", Map.of(),
          json("{" + credentials + "'description': 'd'}"));

      assertEquals(200, accepted.status());
      assertEquals(json("{'error':false,'errors':[],'amount':5,'description':'d'}"), accepted.body().toString(),
          "the request without its credentials, in the envelope");
      assertEquals(200, rejected.status(), "the validator and the documented error shape, for free");
      assertEquals(json("{'error':true,'errors':['`amount` is required']}"), rejected.body().toString());
    }
  }

  @Test
  void usesAGivenSuccessBody() {
    SuccessBody fixed = new SuccessBody() {
      @Override
      public OperationKey operation() {
        return new OperationKey("acme", "v1", "createInvoice");
      }

      @Override
      public ObjectNode payload(RequestValues request, Fresh fresh) {
        return JsonNodeFactory.instance.objectNode().put("id", "FIXED");
      }
    };
    try (Sandbox sandbox = Sandbox.builder().modules(List.of(MadeUp.acme())).successBody(fixed).start()) {
      RawHttp.Answer answer = RawHttp.post(sandbox, "/invoices", Map.of("X-Key", "sandbox-acme-key"), "{}");

      assertEquals(json("{'status':'success','result':{'id':'FIXED'}}"), answer.body().toString());
    }
  }

  @Test
  void refusesTwoOperationsAtOneMethodAndPath() {
    ProviderModule acme = MadeUp.acme();
    Operation<?, ?> create = acme.operations().get(0);
    ProviderModule twice = MadeUp.module(MadeUp.ACME, List.of(create, create));

    IllegalStateException clash = assertThrows(IllegalStateException.class,
        () -> Sandbox.builder().modules(List.of(twice)).start());
    assertTrue(clash.getMessage().contains("POST /invoices"), clash.getMessage());
  }

  @Test
  void closingFreesThePort() throws IOException {
    Sandbox sandbox = Sandbox.start();
    int port = sandbox.port();
    try (Socket probe = new Socket()) {
      probe.connect(new InetSocketAddress("127.0.0.1", port), 2000);
    }

    sandbox.close();
    sandbox.close();

    try (Socket probe = new Socket()) {
      assertThrows(ConnectException.class, () -> probe.connect(new InetSocketAddress("127.0.0.1", port), 2000));
    }
  }

  @Test
  void closingOnAnInterruptedThreadFreesThePortToo() {
    Sandbox sandbox = Sandbox.start();
    int port = sandbox.port();
    RawHttp.post(sandbox, "/nothing", Map.of(), "{}");

    Thread.currentThread().interrupt();
    try {
      sandbox.close();
      assertTrue(Thread.currentThread().isInterrupted(), "the interrupt status is kept");
    } finally {
      Thread.interrupted();
    }

    try (Socket probe = new Socket()) {
      assertThrows(ConnectException.class, () -> probe.connect(new InetSocketAddress("127.0.0.1", port), 2000));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void startsOnAGivenPort() {
    int port;
    try (Sandbox first = Sandbox.start(0)) {
      port = first.port();
    }
    try (Sandbox second = Sandbox.start(port)) {
      assertEquals(port, second.port());
    }
    try (Sandbox first = Sandbox.start(); Sandbox other = Sandbox.start()) {
      assertNotEquals(first.port(), other.port());
    }
  }
}
