package io.payspec.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.payspec.runtime.error.ApiException;
import io.payspec.runtime.error.AuthenticationException;
import io.payspec.runtime.error.ProviderUnavailableException;
import io.payspec.runtime.error.UnexpectedResponseException;
import io.payspec.runtime.fixtures.ResultStyleRequest;
import io.payspec.runtime.fixtures.ResultStyleInvoice;
import io.payspec.runtime.fixtures.Clients;
import io.payspec.runtime.fixtures.Styles;
import io.payspec.runtime.fixtures.StubServer;
import io.payspec.runtime.http.ResponseTooLargeException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bodies that are not what the documentation describes: typed, bounded, never a raw parser error. */
class UnexpectedResponseTest {
  private static final String PREFIX = "PrefixedPay v2 createInvoice: ";
  private static final String PROXY_PAGE = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
      + "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

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
  void htmlFromAProxyWith502() {
    server.answer(StubServer.body(502, "text/html; charset=utf-8", PROXY_PAGE, Map.of()));

    ProviderUnavailableException e = call(ProviderUnavailableException.class);

    assertEquals(PREFIX + "HTTP 502 unexpected body (text/html): <html> <head><title>502 Bad Gateway</title></head> "
        + "<body> <center><h1>502 Bad Gateway</h1></center> <hr><center>nginx</center> </body> </html>", e.getMessage());
    assertEquals(PROXY_PAGE, e.rawBody());
    // The parser's exception is kept as a detached stand-in: its class and message, none of its fields.
    assertInstanceOf(Redactor.RedactedCause.class, e.getCause());
    assertTrue(e.getCause().getMessage().startsWith("com.fasterxml.jackson.core.JsonParseException: "),
        e.getCause().getMessage());
  }

  @Test
  void htmlWith200() {
    server.answer(StubServer.body(200, "text/html", PROXY_PAGE.replace("502 Bad Gateway", "Maintenance"), Map.of()));

    UnexpectedResponseException e = call(UnexpectedResponseException.class);

    assertTrue(e.getMessage().startsWith(PREFIX + "HTTP 200 unexpected body (text/html): <html> <head><title>Maintenance"),
        e.getMessage());
    assertEquals(200, e.status());
  }

  @Test
  void htmlWith401IsStillAnAuthenticationFailure() {
    server.answer(StubServer.body(401, "text/html", "<h1>401 Authorization Required</h1>", Map.of()));

    AuthenticationException e = call(AuthenticationException.class);

    assertEquals(PREFIX + "HTTP 401 unexpected body (text/html): <h1>401 Authorization Required</h1>", e.getMessage());
  }

  @Test
  void truncatedJson() {
    server.answerJson(200, "{\"status\": \"success\", \"result\": {\"uuid\": \"INV-1\", \"amo");

    UnexpectedResponseException e = call(UnexpectedResponseException.class);

    assertEquals(PREFIX + "HTTP 200 unexpected body (application/json, truncated JSON): "
        + "{\"status\": \"success\", \"result\": {\"uuid\": \"INV-1\", \"amo", e.getMessage());
  }

  @Test
  void invalidJsonAndTrailingGarbage() {
    server.answerJson(200, "{\"status\": success}");
    UnexpectedResponseException invalid = call(UnexpectedResponseException.class);
    server.answerJson(200, "{\"status\": \"success\", \"result\": {}} <html>");
    UnexpectedResponseException trailing = call(UnexpectedResponseException.class);

    assertEquals(PREFIX + "HTTP 200 unexpected body (application/json, invalid JSON at line 1, column 20): "
        + "{\"status\": success}", invalid.getMessage());
    assertTrue(trailing.getMessage().startsWith(PREFIX + "HTTP 200 unexpected body (application/json, invalid JSON"),
        trailing.getMessage());
  }

  @Test
  void emptyBody() {
    server.answer(StubServer.body(200, null, "", Map.of()));

    UnexpectedResponseException e = call(UnexpectedResponseException.class);

    assertEquals(PREFIX + "HTTP 200 empty body", e.getMessage());
    assertEquals("", e.rawBody());
  }

  @Test
  void successWithoutTheEnvelope() {
    server.answerJson(200, "{\"uuid\": \"INV-1\"}");

    UnexpectedResponseException e = call(UnexpectedResponseException.class);

    assertEquals(PREFIX + "HTTP 200 unexpected response: no \"status\": \"success\" in the body: {\"uuid\": \"INV-1\"}",
        e.getMessage());
  }

  @Test
  void resultOfTheWrongShape() {
    server.answerJson(200, "{\"status\": \"success\", \"result\": [1, 2]}");

    UnexpectedResponseException e = call(UnexpectedResponseException.class);

    assertEquals(PREFIX + "HTTP 200 unexpected response: \"result\" is not a JSON object: "
        + "{\"status\": \"success\", \"result\": [1, 2]}", e.getMessage());
  }

  @Test
  void fieldOfTheWrongStructureIsNamedByItsJsonPath() {
    // A structure that is not the documented one (an array for a text) is not drift: the body is not an invoice.
    server.answerJson(200, "{\"status\": \"success\", \"result\": {\"uuid\": \"INV-1\", \"currency\": {\"code\": [\"x\"]}}}");
    UnexpectedResponseException nested = call(UnexpectedResponseException.class);

    assertTrue(nested.getMessage().startsWith(PREFIX + "HTTP 200 unexpected response: result.currency.code: "),
        nested.getMessage());
    assertInstanceOf(Redactor.RedactedCause.class, nested.getCause());
    assertTrue(nested.getCause().getMessage().startsWith("com.fasterxml.jackson.databind."), nested.getCause().getMessage());
  }

  @Test
  void numberInAnotherFormatIsDriftNotAFailure() {
    server.answerJson(200, "{\"status\": \"success\", \"result\": {\"uuid\": \"INV-1\", \"fee\": \"a lot\", "
        + "\"amount\": 1e1000000000, \"currency\": {\"id\": \"three\"}}}");
    ClientCore core = Clients.prefixedHeader(server).build();

    ResultStyleInvoice invoice = core.call(Styles.RESULT_ENVELOPE, ResultStyleRequest.sample("o"));

    assertEquals("INV-1", invoice.uuid());
    assertNull(invoice.fee());
    assertNull(invoice.amount());
    assertNull(invoice.currency().id());
  }

  @Test
  void timestampInAnotherFormatIsDriftNotAFailure() {
    server.answerJson(200, "{\"status\": \"success\", \"result\": {\"uuid\": \"INV-1\", \"created\": \"27.01.2026\"}}");
    ClientCore core = Clients.prefixedHeader(server).build();

    ResultStyleInvoice invoice = core.call(Styles.RESULT_ENVELOPE, ResultStyleRequest.sample("o"));

    assertEquals("INV-1", invoice.uuid());
    assertNull(invoice.created());
  }

  @Test
  void bodyLargerThanTheLimitByContentLength() {
    server.answerJson(200, "{\"status\": \"success\", \"result\": {\"uuid\": \"" + "x".repeat(5000) + "\"}}");

    ApiException e = assertThrows(ApiException.class, () -> Clients.prefixedHeader(server).maxResponseBytes(1024)
        .build().call(Styles.RESULT_ENVELOPE, ResultStyleRequest.sample("o")));

    assertInstanceOf(UnexpectedResponseException.class, e);
    assertEquals(PREFIX + "HTTP 200 body of 5045 bytes larger than the limit of 1024 bytes, refused", e.getMessage());
    assertInstanceOf(ResponseTooLargeException.class, e.getCause());
  }

  @Test
  void streamedBodyIsRefusedWhileReadingWithoutBeingBuffered() throws Exception {
    long total = 256L * 1024 * 1024;
    AtomicLong written = new AtomicLong();
    CountDownLatch writeFailed = new CountDownLatch(1);
    server.answer((request, exchange) -> {
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, 0); // chunked: no Content-Length to check up front
      byte[] chunk = new byte[16 * 1024];
      java.util.Arrays.fill(chunk, (byte) ' ');
      try (OutputStream out = exchange.getResponseBody()) {
        while (written.get() < total) {
          out.write(chunk);
          written.addAndGet(chunk.length);
        }
      } catch (IOException expected) {
        writeFailed.countDown();
      }
    });

    ApiException e = assertThrows(ApiException.class, () -> Clients.prefixedHeader(server).maxResponseBytes(64 * 1024)
        .build().call(Styles.RESULT_ENVELOPE, ResultStyleRequest.sample("o")));

    assertInstanceOf(UnexpectedResponseException.class, e);
    assertEquals(PREFIX + "HTTP 200 body larger than the limit of 65536 bytes, refused", e.getMessage());
    assertTrue(writeFailed.await(30, TimeUnit.SECONDS), "the client should close the connection");
    assertTrue(written.get() < total, "the server could write the whole body: " + written.get());
  }

  @Test
  void tooLargeErrorPageKeepsItsStatusClassification() {
    server.answer(StubServer.body(503, "text/html", "<p>" + "down ".repeat(1000) + "</p>", Map.of()));

    ApiException e = assertThrows(ApiException.class, () -> Clients.prefixedHeader(server).maxResponseBytes(100)
        .build().call(Styles.RESULT_ENVELOPE, ResultStyleRequest.sample("o")));

    assertInstanceOf(ProviderUnavailableException.class, e);
    assertEquals(503, e.status());
  }

  @Test
  void longBodiesAreCutInMessagesAndRawBody() {
    String filler = "é".repeat(6000);
    server.answer(StubServer.body(500, "text/plain", "Internal error " + filler, Map.of()));

    ProviderUnavailableException e = call(ProviderUnavailableException.class);

    assertTrue(e.getMessage().length() < 400, e.getMessage());
    assertTrue(e.getMessage().endsWith("…"), e.getMessage());
    assertTrue(e.rawBody().getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= ApiException.MAX_RAW_BODY_BYTES);
    assertTrue(e.rawBody().endsWith("… [truncated, 12015 bytes in total]"), e.rawBody());
  }

  private <T extends ApiException> T call(Class<T> type) {
    ApiException e = assertThrows(ApiException.class,
        () -> Clients.prefixedHeader(server).build().call(Styles.RESULT_ENVELOPE, ResultStyleRequest.sample("o")));
    assertTrue(!e.getMessage().contains("\n") && !e.getMessage().contains("\r"), e.getMessage());
    return assertInstanceOf(type, e, e::getMessage);
  }
}
