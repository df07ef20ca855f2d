package io.payspec.cryptocloud.v2;

import io.payspec.runtime.error.ConfigurationException;
import static io.payspec.testing.JsonAssert.readViaTree;
import static io.payspec.testing.JsonAssert.tree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.payspec.cryptocloud.CryptoCloudClient;
import io.payspec.runtime.ClientBuilder;
import io.payspec.runtime.error.AuthenticationException;
import io.payspec.runtime.error.InvalidRequestException;
import io.payspec.runtime.error.ProviderError;
import io.payspec.runtime.error.ProviderUnavailableException;
import io.payspec.runtime.error.UnexpectedResponseException;
import io.payspec.runtime.error.ValidationException;
import io.payspec.testing.EndpointHttpContract;
import io.payspec.testing.StubServer.Recorded;
import io.payspec.testing.StubServer.Reply;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CryptoCloud v2 createInvoice over HTTP: a real client against a loopback server. */
class CryptoCloudV2HttpTest extends EndpointHttpContract {
  static final String API_KEY = "eyJ0eXAiOiJKV1QiLCJhbGciOiJIUzI1NiJ9.eyJpZCI6MTIzfQ.4npi1ksS8tSY";

  static CreateInvoiceRequest pageRequest() {
    return CreateInvoiceRequest.builder()
        .amount(new BigDecimal("100")).shopId("xBAivfPIbskwuEWj").currency(FiatCurrency.USD).build();
  }

  CryptoCloudClient client(String baseUrl, Duration timeout) {
    return CryptoCloudClient.builder().baseUrl(baseUrl).apiKey(API_KEY).requestTimeout(timeout).build();
  }

  CryptoCloudV2 v2() {
    return client(server.baseUrl(), TEST_TIMEOUT).v2();
  }

  @Override
  protected Endpoint connect(Consumer<ClientBuilder<?>> settings) {
    CryptoCloudClient.Builder builder = CryptoCloudClient.builder().apiKey(API_KEY);
    settings.accept(builder);
    CryptoCloudClient client = builder.build();
    return new Endpoint() {
      @Override
      public Object call() {
        return client.v2().createInvoice(pageRequest());
      }

      @Override
      public CompletableFuture<?> callAsync() {
        return client.v2().createInvoiceAsync(pageRequest());
      }

      @Override
      public String client() {
        return client.toString();
      }
    };
  }

  @Override
  protected String displayName() {
    return "CryptoCloud v2 createInvoice";
  }

  @Override
  protected List<String> secrets() {
    return List.of(API_KEY);
  }

  @Override
  protected String successBody() {
    return CryptoCloudV2Examples.PAGE_RESPONSE;
  }

  @Override
  protected List<Reply> echoingFailures(String echoed) {
    return List.of(
        Reply.json(200, "{\"status\":\"error\",\"result\":{\"authorization\":\"" + echoed + "\",\"" + echoed
            + "\":\"x\"}}"),
        Reply.json(400, "{\"status\":\"error\",\"result\":\"bad key " + echoed + "\"}"),
        // A timestamp in another format is drift, not a failure: the echo comes in an error under 200.
        Reply.json(200, "{\"status\":\"error\",\"result\":{\"created\":\"" + echoed + "\"}}"),
        // A number in another format is drift; a structure that is not the documented one fails.
        Reply.json(200, "{\"status\":\"success\",\"result\":{\"uuid\":[\"" + echoed + "\"]}}"),
        Reply.json(200, "{\"status\":\"success\",\"result\":{\"project\":{\"name\":[\"" + echoed + "\"]}}}"),
        Reply.json(200, "{\"status\":\"" + echoed + "\"}"));
  }

  // ---- the request ----

  @Test
  void sendsThePageExampleAsDocumented() {
    server.replyJson(200, CryptoCloudV2Examples.PAGE_RESPONSE);

    v2().createInvoice(pageRequest());

    Recorded request = server.onlyRequest();
    assertEquals("POST", request.method());
    assertEquals("/v2/invoice/create", request.rawPath());
    assertNull(request.rawQuery());
    assertEquals("Token " + API_KEY, request.header("Authorization"));
    assertEquals("application/json", request.header("Content-Type"));
    assertEquals("application/json", request.header("Accept"));
    assertTrue(request.header("User-Agent").startsWith("payspec/"), request.header("User-Agent"));
    assertEquals(new TreeSet<>(List.of("Accept", "Authorization", "Content-length", "Content-type", "Host", "User-agent")),
        new TreeSet<>(request.headers().keySet()));
    assertEquals(CryptoCloudV2Examples.PAGE_REQUEST_BYTES, request.bodyText());
    assertEquals(String.valueOf(request.body().length), request.header("Content-Length"));
  }

  @Test
  void sendsEveryFieldAsTheSpecTestWritesIt() {
    server.replyJson(200, CryptoCloudV2Examples.PAGE_RESPONSE);

    v2().createInvoice(CryptoCloudV2SpecTest.full());

    assertEquals(io.payspec.testing.JsonAssert.write(CryptoCloudV2SpecTest.full()), server.onlyRequest().bodyText());
  }

  @Test
  void baseUrlWithAPathPrefixKeepsIt() {
    server.replyJson(200, CryptoCloudV2Examples.PAGE_RESPONSE);

    client(server.baseUrl() + "/gateway/", TEST_TIMEOUT).v2().createInvoice(pageRequest());

    assertEquals("/gateway/v2/invoice/create", server.onlyRequest().rawPath());
  }

  @Test
  void invalidRequestIsNotSent() {
    // A request can only be invalid when read unvalidated, e.g. from JSON.
    CreateInvoiceRequest unvalidated = readViaTree("{\"shop_id\":\"s\",\"amount\":0}", CreateInvoiceRequest.class);
    CryptoCloudV2 v2 = v2();

    ValidationException sync = assertThrows(ValidationException.class, () -> v2.createInvoice(unvalidated));
    ExecutionException async = assertThrows(ExecutionException.class,
        () -> v2.createInvoiceAsync(unvalidated).get(5, TimeUnit.SECONDS));

    assertEquals("CryptoCloud v2 createInvoice request is invalid: 1 violation: amount: must be greater than 0, was 0",
        sync.getMessage());
    assertInstanceOf(ValidationException.class, async.getCause());
    assertEquals(sync.getMessage(), async.getCause().getMessage());
    assertEquals(0, server.requestCount());
  }

  // ---- success bodies ----

  @Test
  void pageExampleResponseIsReturnedAsTheTypedResult() {
    server.replyJson(200, CryptoCloudV2Examples.PAGE_RESPONSE);

    Invoice invoice = v2().createInvoice(pageRequest());

    assertEquals(readViaTree(tree(CryptoCloudV2Examples.PAGE_RESPONSE).get("result").toString(), Invoice.class), invoice);
    assertEquals("INV-89UX09KA", invoice.uuid());
    assertEquals(Instant.parse("2026-01-27T09:03:58.958133Z"), invoice.created());
    assertEquals(new BigDecimal("0.000001499999996212864"), invoice.fee());
    assertSame(InvoiceStatus.CREATED, invoice.status());
    assertEquals("ERC20", invoice.currency().network().code());
    assertEquals(Optional.of(CommissionSide.MERCHANT), invoice.sideCommissionService());
  }

  @ParameterizedTest
  @ValueSource(strings = {"null", "\"\"", "\"None\""})
  void readmeVariantsAreReturnedTyped(String logo) {
    server.replyJson(200, "{\"status\":\"success\",\"result\":" + CryptoCloudV2Examples.readmeVariant(logo) + "}");

    Invoice invoice = v2().createInvoice(pageRequest());

    assertEquals(Optional.of(CommissionSide.CLIENT), invoice.sideCommissionCc());
    assertEquals(Optional.empty(), invoice.sideCommissionService());
    assertEquals(logo.equals("null") ? Optional.empty() : Optional.of(logo.replace("\"", "")), invoice.project().logo());
    assertSame(InvoiceStatus.PAID, invoice.status());
  }

  @Test
  void unknownStatusIsReturnedAsUnknownWithItsText() {
    server.replyJson(200, "{\"status\":\"success\",\"result\":{\"uuid\":\"INV-1\",\"status\":\"refunded\",\"extra\":1}}");

    Invoice invoice = v2().createInvoice(pageRequest());

    assertSame(InvoiceStatus.UNKNOWN, invoice.status());
    assertEquals("refunded", invoice.statusRaw());
  }

  @Test
  void successWithATimestampInAnotherFormatIsStillASuccessWithTheRawValueKept() {
    // Format drift never fails a success: the provider created the invoice; a retry would create a second one.
    server.replyJson(200, "{\"status\":\"success\",\"result\":{\"uuid\":\"INV-1\",\"created\":\"27.01.2026 09:03\"}}");

    Invoice invoice = v2().createInvoice(pageRequest());

    assertEquals("INV-1", invoice.uuid());
    assertNull(invoice.created());
    assertEquals("27.01.2026 09:03", invoice.createdRaw());
  }

  @Test
  void successStatusWithoutResultObjectIsAnUnexpectedResponse() {
    server.replyJson(200, "{\"status\":\"success\",\"result\":\"INV-1\"}");

    UnexpectedResponseException e = failure(UnexpectedResponseException.class);

    assertEquals("CryptoCloud v2 createInvoice: HTTP 200 unexpected response: \"result\" is not a JSON object: "
        + "{\"status\":\"success\",\"result\":\"INV-1\"}", e.getMessage());
  }

  // ---- documented error bodies (README) ----

  @Test
  void missingFieldsAreAnInvalidRequestWithOneErrorPerField() {
    server.replyJson(400, "{\"status\": \"error\", \"result\": {\"amount\": \"amount not passed.\", "
        + "\"shop_id\": \"shop_id not passed.\"}}");

    InvalidRequestException e = failure(InvalidRequestException.class);

    assertEquals("CryptoCloud v2 createInvoice: HTTP 400 invalid request: amount: amount not passed.; "
        + "shop_id: shop_id not passed.", e.getMessage());
    assertEquals(List.of(new ProviderError("amount", "amount not passed.", null),
        new ProviderError("shop_id", "shop_id not passed.", null)), e.errors());
    assertEquals(400, e.status());
    assertEquals("CryptoCloud", e.provider());
    assertEquals("CryptoCloud v2 createInvoice", e.endpoint());
  }

  @Test
  void invalidCurrencyIsAnInvalidRequest() {
    String body = "{\"status\": \"error\", \"result\": {\"currency\": \"Invalid account currency specified. "
        + "Available: USD, RUB, EUR\"}}";
    server.replyJson(400, body);

    InvalidRequestException e = failure(InvalidRequestException.class);

    assertEquals(List.of(new ProviderError("currency", "Invalid account currency specified. Available: USD, RUB, EUR", null)),
        e.errors());
    assertEquals(body, e.rawBody());
  }

  @Test
  void validateErrorIsAnInvalidRequest() {
    server.replyJson(400, "{\"status\": \"error\", \"result\": {\"validate_error\": \"Value error, amount must be > 0\"}}");

    InvalidRequestException e = failure(InvalidRequestException.class);

    assertEquals("CryptoCloud v2 createInvoice: HTTP 400 invalid request: validate_error: Value error, amount must be > 0",
        e.getMessage());
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {200, 400, 401, 403})
  void unauthorizedRequestIsAnAuthenticationFailureWhateverTheStatus(int status) {
    server.replyJson(status, "{\"status\": \"error\", \"result\": {\"authorization\": \"Unauthorized request.\"}}");

    AuthenticationException e = failure(AuthenticationException.class);

    assertEquals("CryptoCloud v2 createInvoice: HTTP " + status + " authentication failed: authorization: "
        + "Unauthorized request.", e.getMessage());
    assertEquals(List.of(new ProviderError("authorization", "Unauthorized request.", null)), e.errors());
  }

  @ParameterizedTest(name = "HTTP {0}")
  @ValueSource(ints = {400, 401, 403})
  void signatureVerificationFailureIsAnAuthenticationFailure(int status) {
    server.replyJson(status, "{\"detail\":\"Signature verification failed\"}");

    AuthenticationException e = failure(AuthenticationException.class);

    assertEquals("CryptoCloud v2 createInvoice: HTTP " + status + " authentication failed: Signature verification failed",
        e.getMessage());
    assertEquals(List.of(ProviderError.of("Signature verification failed")), e.errors());
  }

  @Test
  void otherDetailIsAnInvalidRequest() {
    server.replyJson(400, "{\"detail\":\"Shop not found\"}");

    InvalidRequestException e = failure(InvalidRequestException.class);

    assertEquals("CryptoCloud v2 createInvoice: HTTP 400 invalid request: Shop not found", e.getMessage());
  }

  @Test
  void notAcceptableIsProviderUnavailable() {
    server.replyJson(406, "{\"status\": \"error\", \"result\": \"Service unavailable\"}");

    ProviderUnavailableException e = failure(ProviderUnavailableException.class);

    assertEquals("CryptoCloud v2 createInvoice: HTTP 406 provider unavailable: Service unavailable", e.getMessage());
    assertEquals(406, e.status());
  }

  @Test
  void notAcceptableWithoutBodyIsProviderUnavailable() {
    server.reply(new Reply(406, java.util.Map.of(), new byte[0]));

    ProviderUnavailableException e = failure(ProviderUnavailableException.class);

    assertEquals("CryptoCloud v2 createInvoice: HTTP 406 empty body", e.getMessage());
  }

  @Test
  void errorStatusInASuccessfulHttpAnswerIsAnInvalidRequest() {
    server.replyJson(200, "{\"status\": \"error\", \"result\": {\"shop_id\": \"shop_id not passed.\"}}");

    InvalidRequestException e = failure(InvalidRequestException.class);

    assertEquals("CryptoCloud v2 createInvoice: HTTP 200 invalid request: shop_id: shop_id not passed.", e.getMessage());
  }

  @Test
  void bodyBytesAreUtf8() {
    server.replyJson(200, "{\"status\":\"success\",\"result\":{\"uuid\":\"INV-Ü\",\"project\":{\"name\":\"Магазин\"}}}");

    Invoice invoice = v2().createInvoice(pageRequest().toBuilder().orderId("заказ-1").build());

    assertEquals("INV-Ü", invoice.uuid());
    assertEquals("Магазин", invoice.project().name());
    assertEquals("{\"shop_id\":\"xBAivfPIbskwuEWj\",\"amount\":100,\"currency\":\"USD\",\"order_id\":\"заказ-1\"}",
        new String(server.onlyRequest().body(), StandardCharsets.UTF_8));
  }

  @Test
  void keyThatCannotBeSentInAHeaderIsRefusedByTheBuilder() {
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> CryptoCloudClient.builder().baseUrl(server.baseUrl()).apiKey(API_KEY + "\n").build());

    assertTrue(e.getMessage().contains("api_key"), e.getMessage());
    assertFalse(e.getMessage().contains(API_KEY), e.getMessage());
  }

  @Test
  void keyThatWouldInjectAHeaderIsRefusedWithoutShowingIt() {
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> CryptoCloudClient.builder().baseUrl(server.baseUrl()).apiKey(API_KEY + "\r\nX-Injected: 1").build());

    assertFalse(e.getMessage().contains(API_KEY), e.getMessage());
    assertFalse(e.getMessage().contains("X-Injected"), e.getMessage());
    assertEquals(0, server.requestCount(), "nothing is sent, no header is injected");
  }

}
