package io.payspec.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.payspec.runtime.error.ApiException;
import io.payspec.runtime.error.AuthenticationException;
import io.payspec.runtime.error.InvalidRequestException;
import io.payspec.runtime.error.PayspecException;
import io.payspec.runtime.error.ProviderError;
import io.payspec.runtime.error.UnexpectedResponseException;
import io.payspec.runtime.fixtures.ResultStyleRequest;
import io.payspec.runtime.fixtures.ResultStyleInvoice;
import io.payspec.runtime.fixtures.Clients;
import io.payspec.runtime.fixtures.CountingTransport;
import io.payspec.runtime.fixtures.ErrorFlagRequest;
import io.payspec.runtime.fixtures.Styles;
import io.payspec.runtime.fixtures.StubServer;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Credentials never show: not in messages, raw bodies, errors, causes or toString(), even when echoed. */
class SecretRedactionTest {
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
  void apiKeyEchoedInHeadersAndErrorsIsMasked() {
    server.answer((request, exchange) -> {
      String auth = request.header("Authorization");
      byte[] body = ("{\"status\": \"error\", \"result\": {\"authorization\": \"Unknown key " + auth
          + "\"}, \"echo\": \"" + auth + "\"}").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(401, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });

    AuthenticationException e = assertThrows(AuthenticationException.class,
        () -> Clients.prefixedHeader(server).build().call(Styles.RESULT_ENVELOPE, ResultStyleRequest.sample("o")));

    assertEquals("PrefixedPay v2 createInvoice: HTTP 401 authentication failed: authorization: Unknown key Token ****",
        e.getMessage());
    assertEquals(List.of(new ProviderError("authorization", "Unknown key Token ****", null)), e.errors());
    assertTrue(e.rawBody().contains("\"echo\": \"Token ****\""), e.rawBody());
    assertNoSecret(e, Clients.PREFIXED_KEY);
  }

  @Test
  void bodySecretEchoedPlainAndEscapedIsMasked() {
    // The secret holds a quote, a slash and a non-ASCII letter: JSON writers escape it in different ways.
    String jsonEscaped = "cp-s3cret-ü/\\\"x";
    String asciiEscaped = "cp-s3cret-\\u00fc\\/\\\"x";
    server.answerJson(200, "{\"error\": true, \"errors\": [\"Invalid auth credentials: " + jsonEscaped + "\"], "
        + "\"auth_secret\": \"" + asciiEscaped + "\", \"login\": \"" + Clients.BODY_LOGIN + "\"}");

    AuthenticationException e = assertThrows(AuthenticationException.class,
        () -> Clients.bodyAuth(server).build().call(Styles.ERROR_FLAG_OP,
            new ErrorFlagRequest(BigDecimal.ONE, "purchase", 60, null)));

    assertEquals("BodyPay v3 createInvoice: HTTP 200 authentication failed: Invalid auth credentials: ****",
        e.getMessage());
    assertTrue(e.rawBody().contains("\"auth_secret\": \"****\""), e.rawBody());
    assertNoSecret(e, Clients.BODY_SECRET);
    assertNoSecret(e, asciiEscaped);
    assertNoSecret(e, jsonEscaped);
  }

  @Test
  void secretInAFieldThatDriftedKeepsTheSuccessWithTheFieldEmpty() {
    server.answer((request, exchange) -> {
      String key = request.header("Authorization").substring("Token ".length());
      byte[] body = ("{\"status\": \"success\", \"result\": {\"fee\": \"" + key + "\"}}").getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });

    // Drift never fails a success; the key the server put into "fee" reaches no exception at all.
    ResultStyleInvoice invoice = Clients.prefixedHeader(server).build().call(Styles.RESULT_ENVELOPE, ResultStyleRequest.sample("o"));

    assertNull(invoice.fee());
  }

  @Test
  void toStringsShowNoCredentials() {
    server.answerJson(200, "{\"error\": false, \"id\": \"1\"}");
    CountingTransport transport = CountingTransport.jdk();
    ClientCore.Builder builder = Clients.bodyAuth(server).transport(transport);
    ClientCore core = builder.build();
    ErrorFlagRequest request = new ErrorFlagRequest(BigDecimal.ONE, "purchase", 60, null);

    core.call(Styles.ERROR_FLAG_OP, request);

    assertTrue(server.onlyRequest().bodyText().contains("\"auth_secret\":"), "the secret is sent");
    assertEquals("ClientCore[BodyPay " + server.baseUrl() + ", credentials auth_login=****, auth_secret=****]",
        core.toString());
    for (String text : List.of(core.toString(), builder.toString(), request.toString(),
        transport.sent().get(0).toString(), Clients.prefixedHeader(server).build().toString())) {
      assertFalse(text.contains(Clients.BODY_SECRET) || text.contains(Clients.BODY_LOGIN)
          || text.contains(Clients.PREFIXED_KEY), text);
    }
  }

  @Test
  void invalidRequestEchoingTheKeyInDetail() {
    server.answer((request, exchange) -> {
      byte[] body = ("{\"detail\": \"key " + request.header("X-API-KEY") + " has no shop\"}")
          .getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(400, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });

    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> Clients.plainHeader(server).build().call(Styles.FLAT_DETAIL,
            new io.payspec.runtime.fixtures.DetailStyleRequest("BTC", null, CurrencyAmount.of("1", "USD"), 30, "l", null)));

    assertEquals("PlainPay v1 createInvoice: HTTP 400 invalid request: key **** has no shop", e.getMessage());
    assertNoSecret(e, Clients.PLAIN_KEY);
  }

  /** Nowhere in the message, raw body, errors, toString or stack trace print of the whole cause chain. */
  private static void assertNoSecret(PayspecException e, String secret) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    assertFalse(trace.toString().contains(secret), trace::toString);
    if (e instanceof ApiException api) {
      assertFalse(api.rawBody().contains(secret), api.rawBody());
      assertFalse(api.errors().toString().contains(secret), api.errors()::toString);
    }
  }
}
