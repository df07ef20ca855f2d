package io.payspec.runtime;

import io.payspec.runtime.error.ConfigurationException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.payspec.runtime.error.ValidationException;
import io.payspec.runtime.fixtures.ResultStyleRequest;
import io.payspec.runtime.fixtures.Clients;
import io.payspec.runtime.fixtures.DetailStyleRequest;
import io.payspec.runtime.fixtures.Styles;
import io.payspec.runtime.fixtures.StubServer;
import io.payspec.runtime.meta.ProviderInfo;
import io.payspec.runtime.validation.Violation;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Base URLs, credentials and validation: what is refused before anything is sent. */
class ClientSetupTest {
  private StubServer server;

  @BeforeEach
  void start() throws Exception {
    server = StubServer.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  @Test
  void plainHttpIsRefusedOffLoopback() {
    ClientCore.Builder builder = ClientCore.builder(Styles.PREFIXED_HEADER);

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> builder.baseUrl("http://api.prefixed.example"));
    assertThrows(IllegalArgumentException.class, () -> builder.baseUrl("http://10.0.0.1:8080"));
    assertThrows(IllegalArgumentException.class, () -> builder.baseUrl("ftp://127.0.0.1"));
    assertThrows(IllegalArgumentException.class, () -> ClientCore.builder(new ProviderInfo("x", "X",
        "http://api.example.com", Styles.PREFIXED_HEADER.auth(), "X.")));

    assertEquals("base URL must use https (plain http is allowed on loopback only), was http://api.prefixed.example",
        e.getMessage());
  }

  @Test
  void plainHttpIsAllowedOnLoopback() {
    server.answerJson(200, "{\"status\":\"success\",\"result\":{\"uuid\":\"INV-1\"}}");
    ClientCore.builder(Styles.PREFIXED_HEADER).baseUrl("http://localhost:1").baseUrl("https://example.com");

    ClientCore core = ClientCore.builder(Styles.PREFIXED_HEADER).baseUrl(server.baseUrl())
        .credential("api_key", "k").build();

    assertEquals("INV-1", core.call(Styles.RESULT_ENVELOPE, ResultStyleRequest.sample("o")).uuid());
    assertEquals(Styles.PREFIXED_HEADER, core.provider());
  }

  @Test
  void missingCredentialIsNamed() {
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> ClientCore.builder(Styles.BODY_AUTH).credential("auth_login", "l").build());

    assertEquals("BodyPay client: credential auth_secret is not set", e.getMessage());
  }

  @Test
  void invalidRequestIsNotSent() {
    ClientCore core = Clients.prefixedHeader(server).build();
    ResultStyleRequest invalid = new ResultStyleRequest(null, new BigDecimal("-1"), "USD", null, "not-an-email");

    ValidationException e = assertThrows(ValidationException.class, () -> core.call(Styles.RESULT_ENVELOPE, invalid));
    CompletableFuture<?> future = core.callAsync(Styles.RESULT_ENVELOPE, invalid);

    assertEquals(List.of("shop_id", "amount", "email"), e.violations().stream().map(Violation::path).toList());
    assertTrue(e.getMessage().startsWith("PrefixedPay v2 createInvoice request is invalid: 3 violations: "),
        e.getMessage());
    assertTrue(future.isCompletedExceptionally());
    assertInstanceOf(ValidationException.class, assertThrows(CompletionException.class, future::join).getCause());
    assertEquals(0, server.requests().size());
  }

  @Test
  void crossFieldRuleIsCheckedBeforeSending() {
    ClientCore core = Clients.plainHeader(server).build();

    ValidationException e = assertThrows(ValidationException.class, () -> core.call(Styles.FLAT_DETAIL,
        new DetailStyleRequest("BTC", List.of("BTC", "ETH"), CurrencyAmount.of("1", "USD"), 30, "l", null)));

    assertEquals("currency|allowed_currencies", e.violations().get(0).path());
    assertEquals(0, server.requests().size());
  }

  @Test
  void operationOfAnotherProviderIsRefused() {
    ClientCore core = Clients.plainHeader(server).build();

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> core.callAsync(Styles.RESULT_ENVELOPE, ResultStyleRequest.sample("o")));

    assertEquals("PrefixedPay v2 createInvoice is not an operation of PlainPay", e.getMessage());
    assertEquals(0, server.requests().size());
  }
}
