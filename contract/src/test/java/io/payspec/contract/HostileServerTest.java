package io.payspec.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.payspec.cryptocloud.CryptoCloudClient;
import io.payspec.cryptocloud.v1.CreatedInvoice;
import io.payspec.cryptocloud.v2.Invoice;
import io.payspec.crystalpay.CrystalPayClient;
import io.payspec.crystalpay.v3.InvoiceType;
import io.payspec.nordpay.NordPayClient;
import io.payspec.runtime.CurrencyAmount;
import io.payspec.runtime.error.ApiException;
import io.payspec.runtime.error.AuthenticationException;
import io.payspec.runtime.error.CallInterruptedException;
import io.payspec.runtime.error.ConfigurationException;
import io.payspec.runtime.error.InvalidRequestException;
import io.payspec.runtime.error.PayspecException;
import io.payspec.runtime.error.ProviderError;
import io.payspec.runtime.error.UnexpectedResponseException;
import io.payspec.runtime.error.ValidationException;
import io.payspec.runtime.validation.Violation;
import io.payspec.contract.StubServer.Reply;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every reproducer of the hostile-server report, over real HTTP on loopback: whatever the server
 * sends, a call ends in a {@link PayspecException} with a one-line, bounded message, or in a success
 * when the provider did succeed; no credential leaks in any decoded form.
 */
class HostileServerTest {
  private static final String KEY = "np_live_5f2c8e1a9b7d4c3e2f1a0b9c8d7e6f5a00";
  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final StubServer server = StubServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  private CryptoCloudClient cryptoCloud() {
    return CryptoCloudClient.builder().baseUrl(server.baseUrl()).apiKey(KEY).requestTimeout(TIMEOUT).build();
  }

  private NordPayClient nordPay() {
    return NordPayClient.builder().baseUrl(server.baseUrl()).apiKey(KEY).requestTimeout(TIMEOUT).build();
  }

  private CrystalPayClient crystalPay() {
    return CrystalPayClient.builder().baseUrl(server.baseUrl()).authLogin("shop").authSecret(KEY)
        .requestTimeout(TIMEOUT).build();
  }

  private static io.payspec.cryptocloud.v1.CreateInvoiceRequest ccV1Request() {
    return io.payspec.cryptocloud.v1.CreateInvoiceRequest.builder().shopId("s").amount(new BigDecimal("10")).build();
  }

  private static io.payspec.cryptocloud.v2.CreateInvoiceRequest ccV2Request() {
    return io.payspec.cryptocloud.v2.CreateInvoiceRequest.builder().shopId("s").amount(new BigDecimal("10")).build();
  }

  private static io.payspec.nordpay.v1.CreateInvoiceRequest npRequest() {
    return io.payspec.nordpay.v1.CreateInvoiceRequest.builder().currency("USDTTRC20")
        .amount(CurrencyAmount.of("200", "USD")).expiresTime(30).label("Order").build();
  }

  private static io.payspec.crystalpay.v3.CreateInvoiceRequest cpRequest() {
    return io.payspec.crystalpay.v3.CreateInvoiceRequest.builder().amount(new BigDecimal("100"))
        .type(InvoiceType.TOPUP).lifetime(60).build();
  }

  private static <E extends PayspecException> E fails(Class<E> type, Supplier<?> call) {
    E e = assertThrows(type, call::get);
    assertBounded(e);
    return e;
  }

  private static void assertBounded(PayspecException e) {
    assertTrue(e.getMessage().length() <= 2001, "message of " + e.getMessage().length() + " characters");
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
    for (Throwable t = e; t != null; t = t.getCause()) {
      assertFalse(String.valueOf(t.getMessage()).contains(KEY), t.getMessage());
    }
    if (e instanceof ApiException api) {
      assertFalse(api.rawBody().contains(KEY), api.rawBody());
    }
  }

  // Exceptions that are not a PayspecException escaped the call (NumberFormatException).

  @Test
  void exponentBeyondAnyDecimalInAnUnknownFieldKeepsTheSuccess() {
    server.replyJson(200, "{\"status\":\"success\",\"pay_url\":\"https://pay.cryptocloud.plus/X\",\"currency\":\"BTC\","
        + "\"invoice_id\":\"X\",\"fee\":1e2147483648}");

    CreatedInvoice invoice = cryptoCloud().v1().createInvoice(ccV1Request());

    assertEquals("X", invoice.invoiceId());
  }

  @Test
  void scaleBeyondAnyDecimalReadsAsAbsent() {
    server.replyJson(200, "{\"error\":false,\"errors\":[],\"id\":\"1_a\",\"amount\":-1e-2147483648}");

    io.payspec.crystalpay.v3.Invoice invoice = crystalPay().v3().createInvoice(cpRequest());

    assertEquals("1_a", invoice.id());
    assertNull(invoice.amount());
  }

  @Test
  void hugeExponentInsideAnErrorBodyStillGivesTheProvidersErrors() {
    server.replyJson(422, "{\"detail\":[{\"loc\":[\"body\",\"amount\"],\"msg\":\"bad\",\"type\":\"t\","
        + "\"ctx\":{\"limit_value\":1e2147483648}}]}");

    InvalidRequestException e = fails(InvalidRequestException.class, () -> nordPay().v1().createInvoice(npRequest()));

    assertEquals(List.of(new ProviderError("amount", "bad", "t")), e.errors());
  }

  // Memory and time: a 4 MiB error body under the 4 MiB limit.

  @Test
  void fourMebibyteErrorListIsReadUnderLimitsByConcurrentCalls() throws Exception {
    StringBuilder body = new StringBuilder("{\"error\":true,\"errors\":[\"e\"");
    while (body.length() < 4 * 1024 * 1024 - 100) {
      body.append(",\"e\"");
    }
    server.replyJson(200, body.append("]}").toString());
    CrystalPayClient client = crystalPay();

    List<CompletableFuture<?>> calls = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      calls.add(client.v3().createInvoiceAsync(cpRequest()));
    }
    for (CompletableFuture<?> call : calls) {
      ExecutionException e = assertThrows(ExecutionException.class, () -> call.get(60, TimeUnit.SECONDS));
      PayspecException failure = assertInstanceOf(UnexpectedResponseException.class, e.getCause());
      assertBounded(failure);
      assertTrue(failure.getMessage().contains("JSON beyond the reading limits"), failure.getMessage());
    }
    // The client still works afterwards.
    server.replyJson(200, "{\"error\":false,\"errors\":[],\"id\":\"ok\"}");
    assertEquals("ok", client.v3().createInvoice(cpRequest()).id());
  }

  @Test
  void errorListUnderTheTokenLimitKeepsAtMostTwentyBoundedErrors() {
    server.replyJson(200, "{\"error\":true,\"errors\":[" + "\"" + "e".repeat(100_000) + "\","
        + String.join(",", java.util.Collections.nCopies(1000, "\"x\"")) + "]}");

    InvalidRequestException e = fails(InvalidRequestException.class, () -> crystalPay().v3().createInvoice(cpRequest()));

    assertEquals(20, e.errors().size());
    assertEquals(301, e.errors().get(0).message().length());
  }

  // Requests: numbers and e-mail addresses that would be expanded or backtrack.

  @Test
  void amountWithAHugeExponentIsAViolationOnEveryEndpoint() {
    BigDecimal huge = new BigDecimal("-1e1000000000");
    List<Supplier<?>> builds = List.of(
        () -> io.payspec.cryptocloud.v1.CreateInvoiceRequest.builder().shopId("s").amount(huge).build(),
        () -> io.payspec.cryptocloud.v2.CreateInvoiceRequest.builder().shopId("s").amount(huge).build(),
        () -> io.payspec.crystalpay.v3.CreateInvoiceRequest.builder().amount(huge).type(InvoiceType.TOPUP)
            .lifetime(60).build(),
        () -> io.payspec.nordpay.v1.CreateInvoiceRequest.builder().currency("USDTTRC20")
            .amount(CurrencyAmount.of(huge, "USD")).expiresTime(30).label("Order").build());
    for (Supplier<?> build : builds) {
      ValidationException e = fails(ValidationException.class, build);
      Violation amount = e.violations().get(0);
      assertEquals("amount", amount.path());
      assertEquals("must have at most 100 significant digits and at most 100 decimal places or trailing zeros, "
          + "was -1E+1000000000", amount.message());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1E+2147483647", "1e-1000000"})
  void nordPayAmountOutsideTheLimitsIsAViolationNotAMegabyteString(String amount) {
    ValidationException e = fails(ValidationException.class, () -> io.payspec.nordpay.v1.CreateInvoiceRequest.builder()
        .currency("USDTTRC20").amount(CurrencyAmount.of(amount, "USD")).expiresTime(30).label("Order").build());

    assertEquals("amount", e.violations().get(0).path());
    assertEquals(0, server.requestCount());
  }

  @Test
  void longDomainIsRejectedWithoutStackOverflow() {
    String email = "a@b" + ".c".repeat(5000);
    io.payspec.cryptocloud.v1.CreateInvoiceRequest.Builder builder =
        io.payspec.cryptocloud.v1.CreateInvoiceRequest.builder().shopId("s").amount(BigDecimal.TEN).email(email);

    assertEquals(List.of("email"), builder.validate().stream().map(Violation::path).toList());
    ValidationException e = fails(ValidationException.class, builder::build);
    assertTrue(e.getMessage().length() < 400, e.getMessage());
  }

  @Test
  void forgedLineBreakAndHugeValueStayOnOneBoundedLine() {
    ValidationException forged = fails(ValidationException.class, () -> io.payspec.cryptocloud.v1.CreateInvoiceRequest
        .builder().shopId("s").amount(BigDecimal.TEN).email("x\nERROR forged").build());
    ValidationException huge = fails(ValidationException.class, () -> io.payspec.cryptocloud.v1.CreateInvoiceRequest
        .builder().shopId("s").amount(BigDecimal.TEN).email("x".repeat(10_000_000)).build());

    assertFalse(forged.violations().get(0).message().contains("\n"), forged.violations().get(0).message());
    assertTrue(huge.getMessage().length() < 400, "message of " + huge.getMessage().length() + " characters");
  }

  @Test
  void credentialMistakesAreConfigurationExceptions() {
    assertThrows(ConfigurationException.class, () -> CryptoCloudClient.builder().apiKey(" ").build());
    assertThrows(ConfigurationException.class, () -> CryptoCloudClient.builder().apiKey("k\n").build());
    assertThrows(ConfigurationException.class, () -> CrystalPayClient.builder().authLogin("l").build());
    assertThrows(ConfigurationException.class, () -> NordPayClient.builder().build());
  }

  // Secrets in other forms than the one sent.

  @Test
  void keyInsideATimestampNeverReachesAMessageOrACause() {
    server.replyJson(400, "{\"detail\":\"created_at " + "p".repeat(190) + KEY + " is bad\"}");

    InvalidRequestException e = fails(InvalidRequestException.class, () -> nordPay().v1().createInvoice(npRequest()));

    assertFalse(e.getMessage().contains(KEY.substring(0, 8)), e.getMessage());
    assertFalse(e.errors().get(0).message().contains(KEY.substring(0, 8)), e.errors().get(0).message());
  }

  @Test
  void keyInATimestampOfASuccessIsDriftNotAFailure() {
    server.replyJson(200, "{\"id\":1,\"uuid\":\"u\",\"created_at\":\"" + "p".repeat(190) + KEY + "\"}");

    io.payspec.nordpay.v1.Invoice invoice = nordPay().v1().createInvoice(npRequest());

    assertEquals("u", invoice.uuid());
    assertNull(invoice.createdAt());
    assertEquals("p".repeat(190) + KEY, invoice.createdAtRaw());
  }

  @Test
  void jsonEscapedKeyIsMaskedInTheKeptBody() {
    StringBuilder escaped = new StringBuilder();
    KEY.chars().forEach(c -> escaped.append(String.format("\\u%04x", c)));
    server.replyJson(400, "{\"detail\":\"unknown key " + escaped + "\"}");

    InvalidRequestException e = fails(InvalidRequestException.class, () -> nordPay().v1().createInvoice(npRequest()));

    assertEquals("{\"detail\":\"unknown key ****\"}", e.rawBody());
    assertEquals("unknown key ****", e.errors().get(0).message());
  }

  @Test
  void keyInAUtf16BodyIsMaskedInTheKeptBody() {
    server.reply(new Reply(400, Map.of("Content-Type", "application/json; charset=utf-16le"),
        ("{\"detail\":\"unknown key " + KEY + "\"}").getBytes(StandardCharsets.UTF_16LE)));

    InvalidRequestException e = fails(InvalidRequestException.class, () -> nordPay().v1().createInvoice(npRequest()));

    assertEquals("{\"detail\":\"unknown key ****\"}", e.rawBody());
  }

  // Error bodies under HTTP 200.

  @Test
  void cryptoCloudV1UnauthenticatedUnder200() {
    server.replyJson(200, "{\"message\": \"Unauthenticated.\"}");

    fails(AuthenticationException.class, () -> cryptoCloud().v1().createInvoice(ccV1Request()));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"detail\": \"Invalid API key\"}",
      "{\"success\": false, \"data\": null, \"error\": {\"type\": \"AUTH_ERROR\", \"details\": \"Invalid API key\"}}"})
  void nordPayAuthenticationErrorsUnder200(String body) {
    server.replyJson(200, body);

    AuthenticationException e = fails(AuthenticationException.class, () -> nordPay().v1().createInvoice(npRequest()));

    assertEquals("Invalid API key", e.errors().get(0).message());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"errors\": [\"Invalid auth credentials\"]}",
      "{\"error\": false, \"errors\": [\"Invalid auth credentials\"]}",
      "{\"error\": 1e-400, \"errors\": [\"Invalid auth credentials\"]}"})
  void crystalPayErrorsWithoutATrueFlag(String body) {
    server.replyJson(200, body);

    fails(AuthenticationException.class, () -> crystalPay().v3().createInvoice(cpRequest()));
  }

  @Test
  void emptyObjectUnder200IsNotAnInvoice() {
    server.replyJson(200, "{}");

    UnexpectedResponseException e = fails(UnexpectedResponseException.class,
        () -> nordPay().v1().createInvoice(npRequest()));

    assertEquals("NordPay v1 createInvoice: HTTP 200 unexpected response: no field of the documented response "
        + "in the body: {}", e.getMessage());
  }

  // Format drift never fails a success.

  @Test
  void isoTimestampInsteadOfTheDocumentedFormatKeepsTheSuccess() {
    server.replyJson(200, "{\"status\":\"success\",\"result\":{\"uuid\":\"INV-1\",\"created\":\"2024-05-01T10:00:00Z\"}}");

    Invoice invoice = cryptoCloud().v2().createInvoice(ccV2Request());

    assertEquals("INV-1", invoice.uuid());
    assertNull(invoice.created());
    assertEquals("2024-05-01T10:00:00Z", invoice.createdRaw());
  }

  @Test
  void numbersInAnotherFormatKeepTheSuccessAndTheirText() {
    server.replyJson(200, "{\"status\":\"success\",\"result\":{\"uuid\":\"INV-1\",\"amount\":\"12,50\","
        + "\"fee\":1e2147483648,\"amount_usd\":-1e-1000000,\"service_fee\":\"0.5\",\"received\":{\"v\":1},"
        + "\"project\":{\"id\":99999999999,\"name\":\"Shop\"}}}");

    Invoice invoice = cryptoCloud().v2().createInvoice(ccV2Request());

    assertEquals("INV-1", invoice.uuid());
    assertNull(invoice.amount());
    assertEquals("12,50", invoice.amountRaw());
    assertNull(invoice.fee());
    assertEquals("1e2147483648", invoice.feeRaw());
    assertNull(invoice.amountUsd());
    assertEquals("-1e-1000000", invoice.amountUsdRaw());
    assertEquals(new BigDecimal("0.5"), invoice.serviceFee());
    assertNull(invoice.serviceFeeRaw());
    assertNull(invoice.received());
    assertNull(invoice.receivedRaw());
    assertNull(invoice.project().id());
    assertEquals("99999999999", invoice.project().idRaw());
  }

  @Test
  void numberTextBeyondTheLimitIsNotKept() {
    server.replyJson(200, "{\"status\":\"success\",\"result\":{\"uuid\":\"INV-1\",\"amount\":\""
        + "9".repeat(1001) + "\"}}");

    Invoice invoice = cryptoCloud().v2().createInvoice(ccV2Request());

    assertNull(invoice.amount());
    assertNull(invoice.amountRaw());
  }

  // The blocking call can be interrupted.

  @Test
  void interruptedCallCancelsTheExchangeAndKeepsTheInterruptStatus() throws Exception {
    CountDownLatch arrived = new CountDownLatch(1);
    CountDownLatch never = new CountDownLatch(1);
    server.handler(request -> {
      arrived.countDown();
      never.await();
      return Reply.json(500, "{}");
    });
    NordPayClient client = NordPayClient.builder().baseUrl(server.baseUrl()).apiKey(KEY)
        .requestTimeout(Duration.ofMinutes(5)).build();
    CompletableFuture<Throwable> outcome = new CompletableFuture<>();
    Thread caller = new Thread(() -> {
      try {
        client.v1().createInvoice(npRequest());
        outcome.complete(null);
      } catch (Throwable t) {
        outcome.complete(Thread.currentThread().isInterrupted() ? t : new AssertionError("interrupt status lost", t));
      }
    });
    caller.start();
    assertTrue(arrived.await(30, TimeUnit.SECONDS), "the request did not arrive");

    caller.interrupt();

    Throwable thrown = outcome.get(30, TimeUnit.SECONDS);
    CallInterruptedException e = assertInstanceOf(CallInterruptedException.class, thrown);
    assertTrue(e.getMessage().startsWith("NordPay v1 createInvoice: interrupted"), e.getMessage());
    never.countDown();
  }
}
