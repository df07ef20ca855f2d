package io.payspec.sandbox;

import static io.payspec.sandbox.RawHttp.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.payspec.madeup.acme.AcmeClient;
import io.payspec.madeup.acme.v1.CreateInvoiceRequest;
import io.payspec.runtime.CurrencyAmount;
import io.payspec.runtime.error.InvalidRequestException;
import io.payspec.runtime.error.ProviderUnavailableException;
import io.payspec.runtime.error.RateLimitException;
import io.payspec.runtime.error.RequestTimeoutException;
import io.payspec.runtime.error.UnexpectedResponseException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Injected failures: from Java, from the JUnit extension, from the control endpoint; seen through a
 * generated client of the made-up provider Acme (v1: errors as {@code {"detail": ...}}).
 */
class SandboxFailuresTest {
  private static AcmeClient client(Sandbox sandbox, Duration timeout) {
    return AcmeClient.builder().apiKey("any-well-formed-key").baseUrl(sandbox.baseUrl()).requestTimeout(timeout)
        .build();
  }

  private static CreateInvoiceRequest request() {
    return CreateInvoiceRequest.builder().currency("USDTTRC20").amount(CurrencyAmount.of("200", "USD"))
        .expiresTime(30).label("Order #1").build();
  }

  @Test
  void eachKindFailsTheNextCallOnlyThenTheSandboxServesAgain() {
    try (Sandbox sandbox = Sandbox.start()) {
      AcmeClient client = client(sandbox, Duration.ofSeconds(10));

      sandbox.failNext(Failure.rateLimited(Duration.ofSeconds(7)));
      RateLimitException limited = assertThrows(RateLimitException.class, () -> client.v1().createInvoice(request()));
      assertEquals(Optional.of(Duration.ofSeconds(7)), limited.retryAfter());

      sandbox.failNext(Failure.serverError(503)).failNext(Failure.htmlPage(502));
      assertEquals(503, assertThrows(ProviderUnavailableException.class,
          () -> client.v1().createInvoice(request())).status());
      ProviderUnavailableException html = assertThrows(ProviderUnavailableException.class,
          () -> client.v1().createInvoice(request()));
      assertTrue(html.getMessage().contains("(text/html)"), html.getMessage());

      sandbox.failNext(Failure.rejected("Insufficient balance"));
      InvalidRequestException rejected = assertThrows(InvalidRequestException.class,
          () -> client.v1().createInvoice(request()));
      assertEquals("Insufficient balance", rejected.errors().get(0).message());

      assertEquals("Order #1", client.v1().createInvoice(request()).label());
    }
  }

  @Test
  void timeoutHoldsTheAnswerUntilTheClientGivesUp() {
    try (Sandbox sandbox = Sandbox.start()) {
      sandbox.failAlways(Failure.timeout());

      assertThrows(RequestTimeoutException.class,
          () -> client(sandbox, Duration.ofMillis(500)).v1().createInvoice(request()));

      sandbox.clearFailures();
      assertEquals("Order #1", client(sandbox, Duration.ofSeconds(10)).v1().createInvoice(request()).label());
    }
  }

  @Test
  void controlEndpointInjectsAndClears() {
    try (Sandbox sandbox = Sandbox.start()) {
      AcmeClient client = client(sandbox, Duration.ofSeconds(10));

      assertEquals(204, RawHttp.post(sandbox, "/_payspec/failures",
          Map.of(), json("{'kind': 'server_error', 'status': 500, 'times': 2}")).status());
      assertThrows(ProviderUnavailableException.class, () -> client.v1().createInvoice(request()));
      assertThrows(ProviderUnavailableException.class, () -> client.v1().createInvoice(request()));
      assertEquals("Order #1", client.v1().createInvoice(request()).label());

      assertEquals(204, RawHttp.post(sandbox, "/_payspec/failures",
          Map.of(), json("{'kind': 'rate_limited', 'retry_after': 3, 'always': true}")).status());
      assertThrows(RateLimitException.class, () -> client.v1().createInvoice(request()));
      assertEquals(204, RawHttp.send(sandbox, "DELETE", "/_payspec/failures", Map.of(), "").status());
      assertEquals("Order #1", client.v1().createInvoice(request()).label());

      RawHttp.Answer bad = RawHttp.post(sandbox, "/_payspec/failures", Map.of(), json("{'kind': 'meteor'}"));
      assertEquals(400, bad.status());
      assertTrue(bad.body().path("detail").asText().startsWith("kind must be one of"), bad.body().toString());
    }
  }

  /** The JUnit extension: the annotation fails one test's calls; the next test is served. */
  @Nested
  @ExtendWith(SandboxExtension.class)
  class WithTheExtension {
    @Test
    @SandboxFailure(kind = Failure.Kind.RATE_LIMITED, retryAfterSeconds = 9)
    void annotatedTestIsRateLimited(Sandbox sandbox) {
      RateLimitException e = assertThrows(RateLimitException.class,
          () -> client(sandbox, Duration.ofSeconds(10)).v1().createInvoice(request()));
      assertEquals(Optional.of(Duration.ofSeconds(9)), e.retryAfter());
    }

    @Test
    @SandboxFailure(kind = Failure.Kind.HTML_PAGE, status = 200, once = true)
    void htmlUnder200IsUnexpectedOnce(Sandbox sandbox) {
      AcmeClient client = client(sandbox, Duration.ofSeconds(10));
      assertInstanceOf(UnexpectedResponseException.class,
          assertThrows(UnexpectedResponseException.class, () -> client.v1().createInvoice(request())));
      assertEquals("Order #1", client.v1().createInvoice(request()).label());
    }

    @Test
    void otherTestsAreServed(Sandbox sandbox) {
      assertEquals("Order #1", client(sandbox, Duration.ofSeconds(10)).v1().createInvoice(request()).label());
    }
  }
}
