package io.payspec.nordpay.v1;

import static io.payspec.testing.JsonAssert.readViaTree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.payspec.nordpay.NordPayClient;
import io.payspec.runtime.ClientBuilder;
import io.payspec.runtime.error.AuthenticationException;
import io.payspec.runtime.error.InvalidRequestException;
import io.payspec.runtime.error.ProviderError;
import io.payspec.testing.EndpointHttpContract;
import io.payspec.testing.StubServer.Recorded;
import io.payspec.testing.StubServer.Reply;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** NordPay createInvoice over HTTP: a real client against a loopback server. */
class NordPayV1HttpTest extends EndpointHttpContract {
  static final String API_KEY = "np_live_5f2c8e1a9b7d4c3e2f1a0b9c8d7e6f5a";

  NordPayClient client(String baseUrl, Duration timeout) {
    return NordPayClient.builder().baseUrl(baseUrl).apiKey(API_KEY).requestTimeout(timeout).build();
  }

  NordPayV1 v1() {
    return client(server.baseUrl(), TEST_TIMEOUT).v1();
  }

  @Override
  protected Endpoint connect(Consumer<ClientBuilder<?>> settings) {
    NordPayClient.Builder builder = NordPayClient.builder().apiKey(API_KEY);
    settings.accept(builder);
    NordPayClient client = builder.build();
    return new Endpoint() {
      @Override
      public Object call() {
        return client.v1().createInvoice(NordPayV1SpecTest.pageExample().build());
      }

      @Override
      public CompletableFuture<?> callAsync() {
        return client.v1().createInvoiceAsync(NordPayV1SpecTest.pageExample().build());
      }

      @Override
      public String client() {
        return client.toString();
      }
    };
  }

  @Override
  protected String displayName() {
    return "NordPay v1 createInvoice";
  }

  @Override
  protected List<String> secrets() {
    return List.of(API_KEY);
  }

  @Override
  protected String successBody() {
    return NordPayV1SpecTest.PAGE_RESPONSE;
  }

  @Override
  protected List<Reply> echoingFailures(String echoed) {
    return List.of(
        Reply.json(422, "{\"detail\":[{\"loc\":[\"header\",\"" + echoed + "\"],\"msg\":\"bad " + echoed
            + "\",\"type\":\"" + echoed + "\",\"input\":\"" + echoed + "\"}]}"),
        // A timestamp in another format is drift, not a failure: the echo comes in an error under 200.
        Reply.json(200, "{\"detail\":\"created_at " + echoed + "\"}"),
        Reply.json(200, "{\"success\":false,\"data\":null,\"error\":{\"type\":\"" + echoed + "\",\"details\":\""
            + echoed + "\"}}"),
        // A number in another format is drift; a structure that is not the documented one fails.
        Reply.json(200, "{\"uuid\":[\"" + echoed + "\"]}"),
        Reply.json(200, "{\"label\":{\"x\":\"" + echoed + "\"}}"));
  }

  @Test
  void sendsTheCurlExampleAsDocumented() {
    server.replyJson(200, NordPayV1SpecTest.PAGE_RESPONSE);

    v1().createInvoice(NordPayV1SpecTest.pageExample().build());

    Recorded request = server.onlyRequest();
    assertEquals("POST", request.method());
    assertEquals("/invoice/create", request.rawPath());
    assertNull(request.rawQuery());
    assertEquals(API_KEY, request.header("X-API-KEY"));
    assertNull(request.header("Authorization"));
    assertEquals("application/json", request.header("Content-Type"));
    assertTrue(request.header("User-Agent").startsWith("payspec/"), request.header("User-Agent"));
    assertEquals(new TreeSet<>(List.of("Accept", "Content-length", "Content-type", "Host", "User-agent", "X-api-key")),
        new TreeSet<>(request.headers().keySet()));
    assertEquals("{\"currency\":\"USDTBEP20\",\"amount\":\"200 USD\",\"expires_time\":1,\"label\":\"Order #123\","
        + "\"postback_url\":\"https://example.com/postback\",\"success_url\":\"https://example.com/success\","
        + "\"fail_url\":\"http://example.com\"}", request.bodyText());
  }

  @Test
  void pageExampleResponseIsReturnedAsTheTypedResult() {
    server.replyJson(200, NordPayV1SpecTest.PAGE_RESPONSE);

    Invoice invoice = v1().createInvoice(NordPayV1SpecTest.pageExample().build());

    assertEquals(readViaTree(NordPayV1SpecTest.PAGE_RESPONSE, Invoice.class), invoice);
    assertEquals(0L, invoice.id());
    assertEquals(Instant.parse("2019-08-24T14:15:22Z"), invoice.createdAt());
    assertEquals(Optional.of(true), invoice.isPaid());
  }

  @Test
  void liveResponseIsReturnedAsTheTypedResult() {
    server.replyJson(200, NordPayV1SpecTest.LIVE_RESPONSE);

    Invoice invoice = v1().createInvoice(NordPayV1SpecTest.pageExample().build());

    assertEquals(Optional.of(new BigDecimal("10.00")), invoice.amount());
    assertEquals(Optional.of(InvoiceStatus.PENDING), invoice.status());
    assertEquals(Optional.empty(), invoice.isPaid());
    assertEquals(Instant.parse("2026-07-05T09:23:28.359399Z"), invoice.createdAt());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Currency does not exist",
      "Invalid amount. Should be in range ({minimum_deposit of currency}-100,000,000)",
      "Invalid expires_time. Should be in range (5-60) minutes",
      "Max length of label is 255 characters",
      "Max length of postback_url is 255 characters",
      "Max length of success_url is 255 characters"})
  void documentedBadRequestsAreInvalidRequestsWithTheProvidersMessage(String detail) {
    String body = "{\n    \"detail\": \"" + detail + "\"\n}";
    server.replyJson(400, body);

    InvalidRequestException e = failure(InvalidRequestException.class);

    assertEquals("NordPay v1 createInvoice: HTTP 400 invalid request: " + detail, e.getMessage());
    assertEquals(List.of(ProviderError.of(detail)), e.errors());
    assertEquals(400, e.status());
    assertEquals(body, e.rawBody());
  }

  @Test
  void pageValidationErrorExampleIsAnInvalidRequest() {
    server.replyJson(422, "{\"detail\": [{\"loc\": [], \"msg\": \"string\", \"type\": \"string\"}]}");

    InvalidRequestException e = failure(InvalidRequestException.class);

    assertEquals("NordPay v1 createInvoice: HTTP 422 invalid request: string", e.getMessage());
    assertEquals(List.of(new ProviderError(null, "string", "string")), e.errors());
  }

  @Test
  void validationErrorsNameTheirFieldsAndTypes() {
    server.replyJson(422, """
        {"detail": [
          {"loc": ["body", "expires_time"], "msg": "Input should be greater than or equal to 30",
           "type": "greater_than_equal", "ctx": {"ge": 30}},
          {"loc": ["body", "allowed_currencies", 1], "msg": "String should have at least 3 characters",
           "type": "string_too_short", "ctx": {"min_length": 3}}
        ]}""");

    InvalidRequestException e = failure(InvalidRequestException.class);

    assertEquals(List.of(
        new ProviderError("expires_time", "Input should be greater than or equal to 30", "greater_than_equal"),
        new ProviderError("allowed_currencies.1", "String should have at least 3 characters", "string_too_short")),
        e.errors());
    assertEquals("NordPay v1 createInvoice: HTTP 422 invalid request: expires_time: Input should be greater than or "
        + "equal to 30; allowed_currencies.1: String should have at least 3 characters", e.getMessage());
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {401, 403})
  void refusedKeyIsAnAuthenticationFailure(int status) {
    server.replyJson(status, "{\"detail\":\"Invalid API key\"}");

    AuthenticationException e = failure(AuthenticationException.class);

    assertEquals("NordPay v1 createInvoice: HTTP " + status + " authentication failed: Invalid API key", e.getMessage());
  }
}
