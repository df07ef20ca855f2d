package io.payspec.crystalpay.v3;

import static io.payspec.testing.JsonAssert.readViaTree;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.payspec.crystalpay.CrystalPayClient;
import io.payspec.runtime.ClientBuilder;
import io.payspec.runtime.error.AuthenticationException;
import io.payspec.runtime.error.InvalidRequestException;
import io.payspec.runtime.error.ProviderError;
import io.payspec.runtime.error.UnexpectedResponseException;
import io.payspec.testing.EndpointHttpContract;
import io.payspec.testing.StubServer.Recorded;
import io.payspec.testing.StubServer.Reply;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CrystalPay v3 createInvoice over HTTP: a real client against a loopback server. */
class CrystalPayV3HttpTest extends EndpointHttpContract {
  static final String LOGIN = "payspec_shop";
  static final String SECRET = "9c1f2e3d4b5a69788796a5b4c3d2e1f0";

  CrystalPayClient client(String baseUrl, Duration timeout) {
    return CrystalPayClient.builder().baseUrl(baseUrl).authLogin(LOGIN).authSecret(SECRET).requestTimeout(timeout)
        .build();
  }

  CrystalPayV3 v3() {
    return client(server.baseUrl(), TEST_TIMEOUT).v3();
  }

  @Override
  protected Endpoint connect(Consumer<ClientBuilder<?>> settings) {
    CrystalPayClient.Builder builder = CrystalPayClient.builder().authLogin(LOGIN).authSecret(SECRET);
    settings.accept(builder);
    CrystalPayClient client = builder.build();
    return new Endpoint() {
      @Override
      public Object call() {
        return client.v3().createInvoice(CrystalPayV3SpecTest.pageRequest().build());
      }

      @Override
      public CompletableFuture<?> callAsync() {
        return client.v3().createInvoiceAsync(CrystalPayV3SpecTest.pageRequest().build());
      }

      @Override
      public String client() {
        return client.toString();
      }
    };
  }

  @Override
  protected String displayName() {
    return "CrystalPay v3 createInvoice";
  }

  @Override
  protected List<String> secrets() {
    return List.of(SECRET);
  }

  @Override
  protected String successBody() {
    return CrystalPayV3SpecTest.PAGE_RESPONSE;
  }

  @Override
  protected List<Reply> echoingFailures(String echoed) {
    return List.of(
        Reply.json(200, "{\"error\":true,\"errors\":[\"Invalid auth credentials: " + echoed + "\"]}"),
        Reply.json(200, "{\"error\":true,\"errors\":[{\"field\":\"auth_secret\",\"value\":\"" + echoed + "\"}]}"),
        Reply.json(200, "{\"error\":\"" + echoed + "\",\"errors\":[]}"),
        // A number in another format is drift; a structure that is not the documented one fails.
        Reply.json(200, "{\"error\":false,\"errors\":[],\"id\":[\"" + echoed + "\"]}"),
        Reply.json(200, "{\"error\":false,\"errors\":[],\"url\":{\"x\":\"" + echoed + "\"}}"));
  }

  @Test
  void sendsCredentialsInTheBodyToThePathWithItsTrailingSlash() {
    server.replyJson(200, CrystalPayV3SpecTest.PAGE_RESPONSE);

    v3().createInvoice(CrystalPayV3SpecTest.pageRequest().build());

    Recorded request = server.onlyRequest();
    assertEquals("POST", request.method());
    assertEquals("/v3/invoice/create/", request.rawPath());
    assertNull(request.rawQuery());
    assertNull(request.header("Authorization"));
    assertNull(request.header("X-API-KEY"));
    assertEquals("application/json", request.header("Content-Type"));
    assertTrue(request.header("User-Agent").startsWith("payspec/"), request.header("User-Agent"));
    assertEquals(new TreeSet<>(List.of("Accept", "Content-length", "Content-type", "Host", "User-agent")),
        new TreeSet<>(request.headers().keySet()));
    assertEquals("{\"auth_login\":\"payspec_shop\",\"auth_secret\":\"9c1f2e3d4b5a69788796a5b4c3d2e1f0\",\"amount\":100,"
        + "\"type\":\"topup\",\"lifetime\":60,\"currency\":\"USD\",\"subtract_from\":\"amount\"}", request.bodyText());
  }

  @Test
  void sendsEveryFieldAfterTheCredentials() {
    server.replyJson(200, CrystalPayV3SpecTest.PAGE_RESPONSE);

    v3().createInvoice(CrystalPayV3SpecTest.full());

    assertEquals("{\"auth_login\":\"payspec_shop\",\"auth_secret\":\"9c1f2e3d4b5a69788796a5b4c3d2e1f0\","
            + io.payspec.testing.JsonAssert.write(CrystalPayV3SpecTest.full()).substring(1),
        server.onlyRequest().bodyText());
  }

  @Test
  void pageExampleResponseIsReturnedAsTheTypedResult() {
    server.replyJson(200, CrystalPayV3SpecTest.PAGE_RESPONSE);

    Invoice invoice = v3().createInvoice(CrystalPayV3SpecTest.pageRequest().build());

    assertEquals(readViaTree(CrystalPayV3SpecTest.PAGE_RESPONSE, Invoice.class), invoice);
    assertEquals("123456789_abcdefghij", invoice.id());
    assertEquals("https://pay.crystalpay.io/?i=123456789_abcdefghij", invoice.url());
    assertEquals(new BigDecimal("8146"), invoice.rubAmount());
    assertEquals(new BigDecimal("100"), invoice.amount());
    assertEquals("USD", invoice.currency());
    assertSame(InvoiceType.TOPUP, invoice.type());
    assertSame(SubtractFrom.AMOUNT, invoice.subtractFrom());
  }

  @Test
  void successWithoutTheErrorFlagIsStillASuccess() {
    server.replyJson(200, "{\"id\":\"1_a\",\"url\":\"https://pay.crystalpay.io/?i=1_a\",\"amount\":\"5\"}");

    Invoice invoice = v3().createInvoice(CrystalPayV3SpecTest.pageRequest().build());

    assertEquals("1_a", invoice.id());
    assertEquals(new BigDecimal("5"), invoice.amount());
  }

  @Test
  void errorListWithHttp200IsAnInvalidRequest() {
    String body = "{\"error\": true, \"errors\": [\"`amount` field is required\", \"`lifetime` field is required\"]}";
    server.replyJson(200, body);

    InvalidRequestException e = failure(InvalidRequestException.class);

    assertEquals("CrystalPay v3 createInvoice: HTTP 200 invalid request: `amount` field is required; "
        + "`lifetime` field is required", e.getMessage());
    assertEquals(List.of(ProviderError.of("`amount` field is required"), ProviderError.of("`lifetime` field is required")),
        e.errors());
    assertEquals(200, e.status());
    assertEquals(body, e.rawBody());
  }

  @Test
  void invalidCredentialsAreAnAuthenticationFailure() {
    server.replyJson(200, "{\"error\": true, \"errors\": [\"Invalid auth credentials\"]}");

    AuthenticationException e = failure(AuthenticationException.class);

    assertEquals("CrystalPay v3 createInvoice: HTTP 200 authentication failed: Invalid auth credentials", e.getMessage());
    assertEquals(List.of(ProviderError.of("Invalid auth credentials")), e.errors());
  }

  @ParameterizedTest
  @ValueSource(strings = {"true", "1", "\"true\""})
  void errorFlagIsReadInItsCommonForms(String flag) {
    server.replyJson(200, "{\"error\": " + flag + ", \"errors\": [\"Invoice type is invalid\"]}");

    InvalidRequestException e = failure(InvalidRequestException.class);

    assertEquals("CrystalPay v3 createInvoice: HTTP 200 invalid request: Invoice type is invalid", e.getMessage());
  }

  @Test
  void errorFlagWithoutMessagesIsAnInvalidRequestQuotingTheBody() {
    server.replyJson(200, "{\"error\": true, \"errors\": []}");

    InvalidRequestException e = failure(InvalidRequestException.class);

    assertEquals("CrystalPay v3 createInvoice: HTTP 200 invalid request: {\"error\": true, \"errors\": []}", e.getMessage());
    assertEquals(List.of(), e.errors());
  }

  @Test
  void moneyThatIsNotANumberIsDriftNotAFailure() {
    // The invoice exists at the provider: the success stands, the typed amount is empty.
    server.replyJson(200, "{\"error\": false, \"errors\": [], \"id\": \"1\", \"rub_amount\": \"8 146 ₽\"}");

    Invoice invoice = client(server.baseUrl(), TEST_TIMEOUT).v3().createInvoice(CrystalPayV3SpecTest.pageRequest().build());

    assertEquals("1", invoice.id());
    assertNull(invoice.rubAmount());
  }

  @Test
  void loginIsNotPrintedEither() {
    String text = client(server.baseUrl(), TEST_TIMEOUT).toString();
    assertFalse(text.contains(SECRET), text);
    assertFalse(text.contains(LOGIN), text);
    assertEquals("CrystalPayClient{ClientCore[CrystalPay " + server.baseUrl()
        + ", credentials auth_login=****, auth_secret=****]}", text);
  }

  @Test
  void theLoginIsNotMaskedInsideTheProvidersMessages() {
    server.replyJson(200, "{\"error\": true, \"errors\": [\"test_mode is not available for this cash register\"]}");
    CrystalPayClient client = CrystalPayClient.builder().baseUrl(server.baseUrl()).authLogin("test").authSecret(SECRET)
        .build();

    InvalidRequestException e = assertThrows(InvalidRequestException.class,
        () -> client.v3().createInvoice(CrystalPayV3SpecTest.pageRequest().build()));

    assertEquals("CrystalPay v3 createInvoice: HTTP 200 invalid request: test_mode is not available for this cash "
        + "register", e.getMessage());
  }
}
