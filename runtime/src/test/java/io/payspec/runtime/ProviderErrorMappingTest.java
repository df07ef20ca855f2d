package io.payspec.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.payspec.runtime.error.ApiException;
import io.payspec.runtime.error.AuthenticationException;
import io.payspec.runtime.error.InvalidRequestException;
import io.payspec.runtime.error.ProviderError;
import io.payspec.runtime.error.ProviderUnavailableException;
import io.payspec.runtime.error.RateLimitException;
import io.payspec.runtime.error.UnexpectedResponseException;
import io.payspec.runtime.fixtures.ResultStyleRequest;
import io.payspec.runtime.fixtures.Clients;
import io.payspec.runtime.fixtures.ErrorFlagRequest;
import io.payspec.runtime.fixtures.DetailStyleRequest;
import io.payspec.runtime.fixtures.Styles;
import io.payspec.runtime.fixtures.StubServer;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every error body of provider-docs/README.md arrives as the right exception with the provider's messages. */
class ProviderErrorMappingTest {
  private StubServer server;

  @BeforeEach
  void start() throws Exception {
    server = StubServer.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  // PrefixedPay v2

  @Test
  void prefixedPayV2MissingFields() {
    InvalidRequestException e = callCc(InvalidRequestException.class, 400,
        "{\"status\": \"error\", \"result\": {\"amount\": \"amount not passed.\", \"shop_id\": \"shop_id not passed.\"}}");

    assertEquals("PrefixedPay v2 createInvoice: HTTP 400 invalid request: "
        + "amount: amount not passed.; shop_id: shop_id not passed.", e.getMessage());
    assertEquals(List.of(new ProviderError("amount", "amount not passed.", null),
        new ProviderError("shop_id", "shop_id not passed.", null)), e.errors());
    assertEquals(400, e.status());
    assertEquals("PrefixedPay", e.provider());
    assertEquals("PrefixedPay v2 createInvoice", e.endpoint());
  }

  @Test
  void prefixedPayV2InvalidCurrency() {
    InvalidRequestException e = callCc(InvalidRequestException.class, 400,
        "{\"status\": \"error\", \"result\": {\"currency\": \"Invalid account currency specified. ...\"}}");

    assertEquals(List.of(new ProviderError("currency", "Invalid account currency specified. ...", null)), e.errors());
  }

  @Test
  void prefixedPayV2ValidateErrorWithHttp200IsAnInvalidRequest() {
    InvalidRequestException e = callCc(InvalidRequestException.class, 200,
        "{\"status\": \"error\", \"result\": {\"validate_error\": \"Amount is too small\"}}");

    assertEquals("PrefixedPay v2 createInvoice: HTTP 200 invalid request: validate_error: Amount is too small",
        e.getMessage());
  }

  @Test
  void prefixedPayV2UnauthorizedByStatusAndByKey() {
    String body = "{\"status\": \"error\", \"result\": {\"authorization\": \"Unauthorized request.\"}}";
    AuthenticationException byStatus = callCc(AuthenticationException.class, 401, body);
    AuthenticationException byKey = callCc(AuthenticationException.class, 400, body);

    assertEquals("PrefixedPay v2 createInvoice: HTTP 401 authentication failed: authorization: Unauthorized request.",
        byStatus.getMessage());
    assertEquals(List.of(new ProviderError("authorization", "Unauthorized request.", null)), byKey.errors());
  }

  @Test
  void prefixedPayV2SignatureFailureByMessage() {
    AuthenticationException e = callCc(AuthenticationException.class, 400, "{\"detail\": \"Signature verification failed\"}");
    callCc(AuthenticationException.class, 403, "{\"detail\": \"Signature verification failed\"}");

    assertEquals(List.of(ProviderError.of("Signature verification failed")), e.errors());
  }

  @Test
  void prefixedPayV2ErrorResultAsPlainString() {
    InvalidRequestException e = callCc(InvalidRequestException.class, 400, "{\"status\": \"error\", \"result\": \"Bad shop\"}");

    assertEquals(List.of(ProviderError.of("Bad shop")), e.errors());
  }

  @Test
  void prefixedPayV2FieldMessagesAsLists() {
    InvalidRequestException e = callCc(InvalidRequestException.class, 400,
        "{\"status\": \"error\", \"result\": {\"amount\": [\"Too small.\", \"Not a number.\"], \"email\": null}}");

    assertEquals(List.of(new ProviderError("amount", "Too small., Not a number.", null)), e.errors());
  }

  @Test
  void prefixedPayV2ServiceUnavailable406() {
    ProviderUnavailableException e = callCc(ProviderUnavailableException.class, 406, "");

    assertEquals("PrefixedPay v2 createInvoice: HTTP 406 empty body", e.getMessage());
  }

  @Test
  void serverErrorWithJsonButNoMessages() {
    ProviderUnavailableException e = callCc(ProviderUnavailableException.class, 500, "{\"oops\": true}");

    assertEquals("PrefixedPay v2 createInvoice: HTTP 500 provider unavailable: {\"oops\": true}", e.getMessage());
    assertEquals(List.of(), e.errors());
  }

  @Test
  void rateLimitedWithRetryAfter() {
    server.answer(StubServer.body(429, "application/json", "{\"detail\": \"Too many requests\"}",
        Map.of("Retry-After", "30")));

    RateLimitException e = assertThrows(RateLimitException.class,
        () -> Clients.prefixedHeader(server).build().call(Styles.RESULT_ENVELOPE, ResultStyleRequest.sample("o")));

    assertEquals(Duration.ofSeconds(30), e.retryAfter().orElseThrow());
    assertEquals("PrefixedPay v2 createInvoice: HTTP 429 rate limited: Too many requests (retry after PT30S)",
        e.getMessage());
  }

  // PrefixedPay v1

  @Test
  void prefixedPayV1Unauthenticated() {
    server.answerJson(401, "{\"message\": \"Unauthenticated.\"}");

    AuthenticationException e = assertThrows(AuthenticationException.class,
        () -> Clients.prefixedHeader(server).build().call(Styles.FLAT_MESSAGE, ResultStyleRequest.sample("o")));

    assertEquals("PrefixedPay v1 createInvoice: HTTP 401 authentication failed: Unauthenticated.", e.getMessage());
  }

  @Test
  void prefixedPayV1UnauthenticatedMessageWinsOverStatus() {
    server.answerJson(400, "{\"message\": \"unauthenticated.\"}");

    assertThrows(AuthenticationException.class,
        () -> Clients.prefixedHeader(server).build().call(Styles.FLAT_MESSAGE, ResultStyleRequest.sample("o")));
  }

  // PlainPay

  @Test
  void plainPayDetailMessages() {
    for (String detail : List.of("Currency does not exist",
        "Invalid amount. Should be in range ({minimum_deposit of currency}-100,000,000)",
        "Invalid expires_time. Should be in range (5-60) minutes",
        "Max length of label is 255 characters",
        "Max length of postback_url is 255 characters",
        "Max length of success_url is 255 characters")) {
      server.answerJson(400, "{\"detail\": \"" + detail + "\"}");

      InvalidRequestException e = callNp(InvalidRequestException.class);

      assertEquals(List.of(ProviderError.of(detail)), e.errors());
      assertEquals("PlainPay v1 createInvoice: HTTP 400 invalid request: " + detail, e.getMessage());
    }
  }

  @Test
  void plainPayValidationErrorsPerField() {
    server.answerJson(422, """
        {"detail": [
          {"loc": ["body", "amount"], "msg": "field required", "type": "value_error.missing"},
          {"loc": ["body", "allowed_currencies", 1], "msg": "not a currency", "type": "value_error", "ctx": {"x": 1}},
          {"loc": [], "msg": "string", "type": "string"}
        ]}
        """);

    InvalidRequestException e = callNp(InvalidRequestException.class);

    assertEquals(List.of(
        new ProviderError("amount", "field required", "value_error.missing"),
        new ProviderError("allowed_currencies.1", "not a currency", "value_error"),
        new ProviderError(null, "string", "string")), e.errors());
    assertEquals("PlainPay v1 createInvoice: HTTP 422 invalid request: amount: field required; "
        + "allowed_currencies.1: not a currency; string", e.getMessage());
  }

  @Test
  void plainPayForbidden() {
    server.answerJson(403, "{\"detail\": \"Not authenticated\"}");

    AuthenticationException e = callNp(AuthenticationException.class);

    assertEquals(List.of(ProviderError.of("Not authenticated")), e.errors());
  }

  // BodyPay: errors come with HTTP 200

  @Test
  void bodyPayErrorList() {
    server.answerJson(200, "{\"error\": true, \"errors\": [\"`amount` field is required\", "
        + "{\"message\": \"`lifetime` must be at most 4320\"}]}");

    InvalidRequestException e = callCp(InvalidRequestException.class);

    assertEquals(List.of(ProviderError.of("`amount` field is required"),
        ProviderError.of("`lifetime` must be at most 4320")), e.errors());
    assertEquals("BodyPay v3 createInvoice: HTTP 200 invalid request: `amount` field is required; "
        + "`lifetime` must be at most 4320", e.getMessage());
  }

  @Test
  void bodyPayInvalidCredentials() {
    server.answerJson(200, "{\"error\": true, \"errors\": [\"Invalid auth credentials\"]}");

    AuthenticationException e = callCp(AuthenticationException.class);

    assertEquals(200, e.status());
    assertEquals(List.of(ProviderError.of("Invalid auth credentials")), e.errors());
  }

  @Test
  void bodyPayErrorFlagWithoutMessages() {
    server.answerJson(200, "{\"error\": true}");

    InvalidRequestException e = callCp(InvalidRequestException.class);

    assertEquals("BodyPay v3 createInvoice: HTTP 200 invalid request: {\"error\": true}", e.getMessage());
  }

  @Test
  void asyncCallsFailWithTheSameException() {
    server.answerJson(400, "{\"status\": \"error\", \"result\": {\"amount\": \"amount not passed.\"}}");

    CompletionException e = assertThrows(CompletionException.class,
        () -> Clients.prefixedHeader(server).build().callAsync(Styles.RESULT_ENVELOPE, ResultStyleRequest.sample("o")).join());

    assertInstanceOf(InvalidRequestException.class, e.getCause());
  }

  private <T extends ApiException> T callCc(Class<T> type, int status, String body) {
    server.answerJson(status, body);
    ApiException e = assertThrows(ApiException.class,
        () -> Clients.prefixedHeader(server).build().call(Styles.RESULT_ENVELOPE, ResultStyleRequest.sample("o")));
    assertTrue(e.getMessage().startsWith("PrefixedPay v2 createInvoice: HTTP " + status + " "), e.getMessage());
    assertEquals(body, e.rawBody());
    return assertInstanceOf(type, e, e::getMessage);
  }

  private <T extends ApiException> T callNp(Class<T> type) {
    ApiException e = assertThrows(ApiException.class, () -> Clients.plainHeader(server).build().call(Styles.FLAT_DETAIL,
        new DetailStyleRequest("BTC", null, CurrencyAmount.of("1", "USD"), 30, "l", null)));
    return assertInstanceOf(type, e, e::getMessage);
  }

  private <T extends ApiException> T callCp(Class<T> type) {
    ApiException e = assertThrows(ApiException.class, () -> Clients.bodyAuth(server).build().call(Styles.ERROR_FLAG_OP,
        new ErrorFlagRequest(BigDecimal.TEN, "purchase", 60, null)));
    assertTrue(e.getMessage().startsWith("BodyPay v3 createInvoice: HTTP 200 "), e.getMessage());
    return assertInstanceOf(type, e, e::getMessage);
  }

  @Test
  void redirectIsUnexpected() {
    server.answer(StubServer.body(302, null, "", Map.of("Location", "https://elsewhere.example/")));

    UnexpectedResponseException e = assertThrows(UnexpectedResponseException.class,
        () -> Clients.prefixedHeader(server).build().call(Styles.RESULT_ENVELOPE, ResultStyleRequest.sample("o")));

    assertEquals("PrefixedPay v2 createInvoice: HTTP 302 empty body", e.getMessage());
  }
}
