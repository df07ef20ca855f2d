package io.payspec.cryptocloud.v1;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.payspec.cryptocloud.CryptoCloudClient;
import io.payspec.runtime.ClientBuilder;
import io.payspec.runtime.error.AuthenticationException;
import io.payspec.runtime.error.InvalidRequestException;
import io.payspec.runtime.error.ProviderError;
import io.payspec.runtime.error.ProviderUnavailableException;
import io.payspec.runtime.error.UnexpectedResponseException;
import io.payspec.testing.EndpointHttpContract;
import io.payspec.testing.StubServer.Recorded;
import io.payspec.testing.StubServer.Reply;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** CryptoCloud v1 createInvoice over HTTP: a real client against a loopback server. */
class CryptoCloudV1HttpTest extends EndpointHttpContract {
  static final String API_KEY = "v1-key-9f8e7d6c5b4a39281706f5e4d3c2b1a0";

  static CreateInvoiceRequest pageRequest() {
    return CreateInvoiceRequest.builder().shopId("xBAivfPIbskwuEWj").amount(new BigDecimal("100.0"))
        .currency(FiatCurrency.USD).description("Pay").build();
  }

  CryptoCloudClient client(String baseUrl, Duration timeout) {
    return CryptoCloudClient.builder().baseUrl(baseUrl).apiKey(API_KEY).requestTimeout(timeout).build();
  }

  @Override
  protected Endpoint connect(Consumer<ClientBuilder<?>> settings) {
    CryptoCloudClient.Builder builder = CryptoCloudClient.builder().apiKey(API_KEY);
    settings.accept(builder);
    CryptoCloudClient client = builder.build();
    return new Endpoint() {
      @Override
      public Object call() {
        return client.v1().createInvoice(pageRequest());
      }

      @Override
      public CompletableFuture<?> callAsync() {
        return client.v1().createInvoiceAsync(pageRequest());
      }

      @Override
      public String client() {
        return client.toString();
      }
    };
  }

  @Override
  protected String displayName() {
    return "CryptoCloud v1 createInvoice";
  }

  @Override
  protected List<String> secrets() {
    return List.of(API_KEY);
  }

  @Override
  protected String successBody() {
    return CryptoCloudV1SpecTest.PAGE_RESPONSE;
  }

  @Override
  protected List<Reply> echoingFailures(String echoed) {
    return List.of(
        Reply.json(401, "{\"message\":\"Unauthenticated " + echoed + "\"}"),
        Reply.json(400, "{\"status\":\"error\",\"result\":{\"" + echoed + "\":\"" + echoed + "\"}}"),
        Reply.json(200, "{\"pay_url\":{\"x\":\"" + echoed + "\"}}"),
        Reply.json(200, "{\"pay_url\":[\"" + echoed + "\"]}"));
  }

  @Test
  void sendsThePageExampleAsDocumented() {
    server.replyJson(200, CryptoCloudV1SpecTest.PAGE_RESPONSE);

    client(server.baseUrl(), TEST_TIMEOUT).v1().createInvoice(pageRequest());

    Recorded request = server.onlyRequest();
    assertEquals("POST", request.method());
    assertEquals("/v1/invoice/create", request.rawPath());
    assertNull(request.rawQuery());
    assertEquals("Token " + API_KEY, request.header("Authorization"));
    assertEquals("application/json", request.header("Content-Type"));
    assertTrue(request.header("User-Agent").startsWith("payspec/"), request.header("User-Agent"));
    assertNull(request.header("X-API-KEY"));
    assertEquals("{\"shop_id\":\"xBAivfPIbskwuEWj\",\"amount\":100.0,\"currency\":\"USD\",\"description\":\"Pay\"}",
        request.bodyText());
  }

  @Test
  void pageExampleResponseIsReturnedAsTheTypedResult() {
    server.replyJson(200, CryptoCloudV1SpecTest.PAGE_RESPONSE);

    CreatedInvoice invoice = client(server.baseUrl(), TEST_TIMEOUT).v1().createInvoice(pageRequest());

    assertEquals("success", invoice.status());
    assertEquals("https://pay.cryptocloud.plus/DZLF4212", invoice.payUrl());
    assertEquals("BTC", invoice.currency());
    assertEquals("DZLF4212", invoice.invoiceId());
  }

  @Test
  void unauthenticatedIsAnAuthenticationFailure() {
    server.replyJson(401, "{\"message\":\"Unauthenticated.\"}");

    AuthenticationException e = failure(AuthenticationException.class);

    assertEquals("CryptoCloud v1 createInvoice: HTTP 401 authentication failed: Unauthenticated.", e.getMessage());
    assertEquals(List.of(ProviderError.of("Unauthenticated.")), e.errors());
    assertEquals(401, e.status());
    assertEquals("{\"message\":\"Unauthenticated.\"}", e.rawBody());
  }

  @Test
  void unauthenticatedMessageIsRecognisedUnderAnyStatus() {
    server.replyJson(400, "{\"message\":\"Unauthenticated.\"}");

    AuthenticationException e = failure(AuthenticationException.class);

    assertEquals("CryptoCloud v1 createInvoice: HTTP 400 authentication failed: Unauthenticated.", e.getMessage());
  }

  @Test
  void undocumentedBadRequestBodiesAreReadWithTheV2Shapes() {
    server.replyJson(400, "{\"status\":\"error\",\"result\":{\"amount\":\"amount not passed.\"}}");

    InvalidRequestException e = failure(InvalidRequestException.class);

    assertEquals("CryptoCloud v1 createInvoice: HTTP 400 invalid request: amount: amount not passed.", e.getMessage());
    assertEquals(List.of(new ProviderError("amount", "amount not passed.", null)), e.errors());
  }

  @Test
  void serviceUnavailableIsProviderUnavailable() {
    server.replyJson(406, "{\"message\":\"Service unavailable\"}");

    ProviderUnavailableException e = failure(ProviderUnavailableException.class);

    assertEquals("CryptoCloud v1 createInvoice: HTTP 406 provider unavailable: Service unavailable", e.getMessage());
  }

  @Test
  void flatBodyWithoutRecognisableFieldsIsStillReadAsSuccess() {
    // v1 success bodies are flat and carry no envelope: any JSON object with 2xx is the result.
    server.replyJson(200, "{\"status\":\"success\"}");

    CreatedInvoice invoice = client(server.baseUrl(), TEST_TIMEOUT).v1().createInvoice(pageRequest());

    assertEquals("success", invoice.status());
    assertNull(invoice.payUrl());
  }

  @Test
  void arrayBodyIsUnexpected() {
    server.replyJson(200, "[]");

    UnexpectedResponseException e = failure(UnexpectedResponseException.class);

    assertEquals("CryptoCloud v1 createInvoice: HTTP 200 unexpected response: the body is not a JSON object: []",
        e.getMessage());
  }
}
