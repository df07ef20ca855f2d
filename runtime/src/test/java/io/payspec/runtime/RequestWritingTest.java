package io.payspec.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.payspec.runtime.fixtures.Clients;
import io.payspec.runtime.fixtures.CountingTransport;
import io.payspec.runtime.fixtures.ErrorFlagRequest;
import io.payspec.runtime.fixtures.DetailStyleRequest;
import io.payspec.runtime.fixtures.Styles;
import io.payspec.runtime.fixtures.StubServer;
import io.payspec.runtime.fixtures.ResultStyleRequest;
import io.payspec.runtime.http.TransportRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What goes on the wire: method, path, headers and the exact body bytes, for each auth style. */
class RequestWritingTest {
  private static final String USER_AGENT =
      "payspec/" + System.getProperty("payspec.expectedVersion") + " (Java " + System.getProperty("java.version") + ")";
  private static final String CC_SUCCESS = "{\"status\":\"success\",\"result\":{\"uuid\":\"INV-1\"}}";

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
  void headerAuthWithPrefix() {
    server.answerJson(200, CC_SUCCESS);
    ClientCore core = Clients.prefixedHeader(server).build();

    core.call(Styles.RESULT_ENVELOPE, new ResultStyleRequest("SHOP-1", new BigDecimal("100.50"), "USD", "ord-1", null));

    StubServer.Recorded request = server.onlyRequest();
    assertEquals("POST", request.method());
    assertEquals("/v2/invoice/create", request.path());
    assertEquals("Token " + Clients.PREFIXED_KEY, request.header("Authorization"));
    assertEquals("application/json", request.header("Content-Type"));
    assertEquals("application/json", request.header("Accept"));
    assertEquals(USER_AGENT, request.header("User-Agent"));
    assertBody("{\"shop_id\":\"SHOP-1\",\"amount\":100.50,\"currency\":\"USD\",\"order_id\":\"ord-1\"}", request);
  }

  @Test
  void decimalsAreWrittenPlainAndExact() {
    server.answerJson(200, CC_SUCCESS);
    ClientCore core = Clients.prefixedHeader(server).build();

    core.call(Styles.RESULT_ENVELOPE, new ResultStyleRequest("S", new BigDecimal("1E+3"), null, null, null));
    core.call(Styles.RESULT_ENVELOPE, new ResultStyleRequest("S", new BigDecimal("0.000000015"), null, null, null));

    List<StubServer.Recorded> requests = server.requests();
    assertBody("{\"shop_id\":\"S\",\"amount\":1000}", requests.get(0));
    assertBody("{\"shop_id\":\"S\",\"amount\":0.000000015}", requests.get(1));
  }

  @Test
  void headerAuthWithoutPrefix() {
    server.answerJson(200, "{\"id\":1}");
    ClientCore core = Clients.plainHeader(server).build();

    core.call(Styles.FLAT_DETAIL, new DetailStyleRequest(null, List.of("BTC", "ETH"), CurrencyAmount.of("200", "USD"), 30,
        "Order #123", "https://example.com/postback"));

    StubServer.Recorded request = server.onlyRequest();
    assertEquals("/invoice/create", request.path());
    assertEquals(Clients.PLAIN_KEY, request.header("X-API-KEY"));
    assertNull(request.header("Authorization"));
    assertBody("{\"allowed_currencies\":[\"BTC\",\"ETH\"],\"amount\":\"200 USD\",\"expires_time\":30,"
        + "\"label\":\"Order #123\",\"postback_url\":\"https://example.com/postback\"}", request);
  }

  @Test
  void bodyAuthPutsCredentialsFirstAndKeepsTheTrailingSlash() {
    server.answerJson(200, "{\"error\":false,\"errors\":[],\"id\":\"1\"}");
    ClientCore core = Clients.bodyAuth(server).baseUrl(server.baseUrl() + "/").build();

    core.call(Styles.ERROR_FLAG_OP, new ErrorFlagRequest(new BigDecimal("100"), "purchase", 60, null));

    StubServer.Recorded request = server.onlyRequest();
    assertEquals("POST", request.method());
    assertEquals("/v3/invoice/create/", request.path());
    assertNull(request.header("Authorization"));
    assertEquals(USER_AGENT, request.header("User-Agent"));
    assertBody("{\"auth_login\":\"shop-login\",\"auth_secret\":\"cp-s3cret-ü/\\\"x\","
        + "\"amount\":100,\"type\":\"purchase\",\"lifetime\":60}", request);
  }

  @Test
  void baseUrlPathIsKeptBeforeTheOperationPath() {
    server.answerJson(200, CC_SUCCESS);
    ClientCore core = Clients.prefixedHeader(server).baseUrl(server.baseUrl() + "/gateway/").build();

    core.call(Styles.RESULT_ENVELOPE, ResultStyleRequest.sample("o"));

    assertEquals("/gateway/v2/invoice/create", server.onlyRequest().path());
  }

  @Test
  void transportRequestListsHeadersInOrderAndCarriesTheLimits() {
    server.answerJson(200, CC_SUCCESS);
    CountingTransport transport = CountingTransport.jdk();
    ClientCore core = Clients.prefixedHeader(server).transport(transport)
        .requestTimeout(java.time.Duration.ofSeconds(7)).maxResponseBytes(12345).build();

    core.call(Styles.RESULT_ENVELOPE, ResultStyleRequest.sample("o"));

    TransportRequest sent = transport.sent().get(0);
    assertEquals(List.of("Authorization", "Content-Type", "Accept", "User-Agent"), List.copyOf(sent.headers().keySet()));
    assertEquals(java.time.Duration.ofSeconds(7), sent.timeout());
    assertEquals(12345, sent.maxResponseBytes());
    assertEquals(server.baseUrl() + "/v2/invoice/create", sent.uri().toString());
    assertEquals("POST " + server.baseUrl() + "/v2/invoice/create", sent.toString());
  }

  private static void assertBody(String expected, StubServer.Recorded request) {
    assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), request.body(),
        () -> "body was " + request.bodyText());
  }
}
