package io.payspec.sandbox;

import static io.payspec.sandbox.RawHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payspec.cryptocloud.v1.CreateInvoiceRequest;
import io.payspec.cryptocloud.v1.CreatedInvoice;
import io.payspec.cryptocloud.v1.CryptoCloudV1;
import io.payspec.cryptocloud.v2.CryptoCloudV2;
import io.payspec.crystalpay.v3.CrystalPayV3;
import io.payspec.nordpay.v1.NordPayV1;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ProviderInfo;
import io.payspec.runtime.meta.ProviderModule;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every endpoint shares: routing, the request log, credentials, the echo, starting and closing. */
class SandboxServingTest {
  @Test
  void servesEveryInstalledOperationAtOnce() {
    try (Sandbox sandbox = Sandbox.start()) {
      assertEquals(List.of(CryptoCloudV1.CREATE_INVOICE, CryptoCloudV1.GET_INVOICE, CryptoCloudV2.CREATE_INVOICE, CrystalPayV3.CREATE_INVOICE,
              NordPayV1.CREATE_INVOICE).stream().map(OperationKey::of).sorted(Comparator.comparing(Object::toString)).toList(),
          sandbox.operations().stream().map(OperationKey::of).sorted(Comparator.comparing(Object::toString)).toList());
      assertTrue(sandbox.baseUrl().matches("http://127\\.0\\.0\\.1:\\d+"), sandbox.baseUrl());
      assertEquals(sandbox.baseUrl(), "http://127.0.0.1:" + sandbox.port());
    }
  }

  @Test
  void answersAnUnknownPathWith404() {
    try (Sandbox sandbox = Sandbox.start()) {
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
    try (Sandbox sandbox = Sandbox.start()) {
      RawHttp.Answer answer = RawHttp.send(sandbox, "GET", "/v2/invoice/create", Map.of(), "");

      assertEquals(405, answer.status());
      assertEquals("POST", answer.raw().headers().firstValue("Allow").orElseThrow());
    }
  }

  @Test
  void countsRequestsPerOperation() {
    try (Sandbox sandbox = Sandbox.start()) {
      RawHttp.post(sandbox, "/v2/invoice/create", Map.of(), "{}");
      RawHttp.post(sandbox, "/v2/invoice/create", Map.of(), "{}");
      RawHttp.post(sandbox, "/invoice/create", Map.of(), "{}");

      assertEquals(3, sandbox.requests().total());
      assertEquals(2, sandbox.requests().count(CryptoCloudV2.CREATE_INVOICE));
      assertEquals(1, sandbox.requests().count(new OperationKey("nordpay", "v1", "createInvoice")));
      assertEquals(0, sandbox.requests().count(CryptoCloudV1.CREATE_INVOICE));
    }
  }

  @Test
  void acceptsTheDefaultCredentials() {
    try (Sandbox sandbox = Sandbox.start()) {
      assertEquals(Map.of("api_key", "sandbox-cryptocloud-key"), sandbox.credentials("cryptocloud"));
      assertEquals(Map.of("api_key", "sandbox-nordpay-key"), sandbox.credentials("nordpay"));
      assertEquals(List.of("auth_login", "auth_secret"), List.copyOf(sandbox.credentials("crystalpay").keySet()));
      assertEquals("sandbox-login", sandbox.credentials("crystalpay").get("auth_login"));
      assertEquals("sandbox-secret", sandbox.credentials("crystalpay").get("auth_secret"));
      assertThrows(IllegalArgumentException.class, () -> sandbox.credentials("nobody"));
    }
  }

  @Test
  void handsOutConfiguredCredentialsAndAcceptsAnyWellFormedOne() {
    try (Sandbox sandbox = Sandbox.builder().credential("nordpay", "api_key", "mine").start()) {
      String body = json("{'currency': 'BTC', 'amount': '1 USD', 'expires_time': 30, 'label': 'x'}");

      assertEquals("mine", sandbox.credentials("nordpay").get("api_key"));
      assertEquals(200, RawHttp.post(sandbox, "/invoice/create", Map.of("X-API-KEY", "mine"), body).status());
      assertEquals(200, RawHttp.post(sandbox, "/invoice/create", Map.of("X-API-KEY", "any-live-key-42"), body).status());
      assertEquals(401, RawHttp.post(sandbox, "/invoice/create", Map.of("X-API-KEY", Sandbox.REFUSED_CREDENTIAL), body)
          .status());
      assertEquals(401, RawHttp.post(sandbox, "/invoice/create", Map.of("X-API-KEY", " "), body).status());
      assertEquals(401, RawHttp.post(sandbox, "/invoice/create", Map.of(), body).status());
    }
  }

  @Test
  void refusesCredentialsOfUnknownProvidersOrNames() {
    assertThrows(IllegalArgumentException.class, () -> Sandbox.builder().credential("nobody", "api_key", "k").start());
    assertThrows(IllegalArgumentException.class, () -> Sandbox.builder().credential("nordpay", "auth_login", "k").start());
  }

  @Test
  void echoesTheRequestOfAnOperationWithoutASuccessBody() {
    Operation<CreateInvoiceRequest, CreatedInvoice> v1 = CryptoCloudV1.CREATE_INVOICE;
    Operation<CreateInvoiceRequest, CreatedInvoice> described = new Operation<>(v1.provider(), "v9", v1.name(), v1.method(), "/v9/invoice/create",
        v1.description(), v1.envelope(), v1.errors(), v1.requestType(), v1.responseType(), v1.validator(),
        v1.requestFields());
    try (Sandbox sandbox = Sandbox.builder().modules(List.of(module(described))).start()) {
      Map<String, String> auth = Map.of("Authorization", "Token sandbox-cryptocloud-key");

      RawHttp.Answer accepted = RawHttp.post(sandbox, "/v9/invoice/create", auth, json("{'shop_id': 's', 'amount': 5}"));
      RawHttp.Answer rejected = RawHttp.post(sandbox, "/v9/invoice/create", auth, json("{'amount': 5}"));

      assertEquals(200, accepted.status());
      assertEquals(json("{'shop_id':'s','amount':5}"), accepted.body().toString());
      assertEquals(400, rejected.status(), "the generated validator and the documented shape, for free");
      assertEquals("shop_id is required", rejected.body().at("/result/shop_id").asText());
    }
  }

  @Test
  void usesAGivenSuccessBody() {
    SuccessBody fixed = new SuccessBody() {
      @Override
      public OperationKey operation() {
        return OperationKey.of(CryptoCloudV1.CREATE_INVOICE);
      }

      @Override
      public ObjectNode payload(RequestValues request, Fresh fresh) {
        return JsonNodeFactory.instance.objectNode().put("status", "success").put("invoice_id", "FIXED");
      }
    };
    try (Sandbox sandbox = Sandbox.builder().successBody(fixed).start()) {
      RawHttp.Answer answer = RawHttp.post(sandbox, "/v1/invoice/create",
          Map.of("Authorization", "Token sandbox-cryptocloud-key"), json("{'shop_id': 's', 'amount': 5}"));

      assertEquals("FIXED", answer.body().get("invoice_id").asText());
    }
  }

  @Test
  void refusesTwoOperationsAtOneMethodAndPath() {
    ProviderModule twice = module(CryptoCloudV1.CREATE_INVOICE);

    IllegalStateException clash = assertThrows(IllegalStateException.class,
        () -> Sandbox.builder().modules(List.of(twice, twice)).start());
    assertTrue(clash.getMessage().contains("POST /v1/invoice/create"), clash.getMessage());
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
    RawHttp.post(sandbox, "/invoice/create", Map.of(), "{}");

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

  private static ProviderModule module(Operation<?, ?> operation) {
    return new ProviderModule() {
      @Override
      public ProviderInfo provider() {
        return operation.provider();
      }

      @Override
      public List<Operation<?, ?>> operations() {
        return List.of(operation);
      }
    };
  }
}
