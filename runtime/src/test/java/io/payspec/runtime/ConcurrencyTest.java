package io.payspec.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.payspec.runtime.fixtures.ResultStyleRequest;
import io.payspec.runtime.fixtures.ResultStyleInvoice;
import io.payspec.runtime.fixtures.Clients;
import io.payspec.runtime.fixtures.Styles;
import io.payspec.runtime.fixtures.StubServer;
import io.payspec.runtime.error.TransportException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One client shared by many threads: every call gets its own answer, and none fails but for the
 * documented race of a reused connection closed before its answer.
 */
class ConcurrencyTest {
  private static final int THREADS = 16;
  private static final int CALLS = 10_000;
  private static final Pattern ORDER_ID = Pattern.compile("\"order_id\":\"([^\"]+)\"");

  private StubServer server;
  private ExecutorService callers;

  @BeforeEach
  void start() throws Exception {
    server = StubServer.start(THREADS);
    callers = Executors.newFixedThreadPool(THREADS);
  }

  @AfterEach
  void stop() throws Exception {
    callers.shutdownNow();
    callers.awaitTermination(10, TimeUnit.SECONDS);
    server.close();
  }

  @Test
  void sixteenThreadsShareOneClientForTenThousandCalls() throws Exception {
    server.answer((request, exchange) -> {
      Matcher orderId = ORDER_ID.matcher(request.bodyText());
      String uuid = orderId.find() ? "INV-" + orderId.group(1) : "missing";
      byte[] body = ("{\"status\":\"success\",\"result\":{\"uuid\":\"" + uuid + "\",\"amount\":1.5e-3}}")
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    ClientCore core = Clients.prefixedHeader(server).build();

    List<Future<ResultStyleInvoice>> futures = new ArrayList<>();
    for (int i = 0; i < CALLS; i++) {
      String orderId = "o" + i;
      futures.add(callers.submit(() -> core.call(Styles.RESULT_ENVELOPE, ResultStyleRequest.sample(orderId))));
    }

    List<String> answered = new ArrayList<>();
    int closedUnanswered = 0;
    for (int i = 0; i < CALLS; i++) {
      ResultStyleInvoice invoice;
      try {
        invoice = futures.get(i).get(60, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        // The one failure the README documents as possible on a healthy server: the JDK client wrote the
        // request on a reused connection that closed before any byte of the answer (a race with the
        // connection's close that JDK 24 on narrows but does not close). A POST is not resent then.
        assertTrue(isClosedWithoutAnswer(e.getCause()), () -> "call " + e.getCause());
        closedUnanswered++;
        continue;
      }
      assertEquals("INV-o" + i, invoice.uuid());
      assertEquals("0.0015", invoice.amount().toPlainString());
      answered.add("o" + i);
    }
    assertTrue(closedUnanswered <= 10, closedUnanswered + " calls lost their connection; a rare race, not a pattern");
    List<String> received = server.requests().stream().map(r -> {
      Matcher orderId = ORDER_ID.matcher(r.bodyText());
      return orderId.find() ? orderId.group(1) : "missing";
    }).toList();
    Set<String> distinct = Set.copyOf(received);
    assertEquals(received.size(), distinct.size(), "no request was sent twice");
    assertTrue(distinct.containsAll(answered), "every answered call reached the server");
    assertTrue(server.requests().stream().allMatch(r -> r.path().equals("/v2/invoice/create")));
  }

  private static boolean isClosedWithoutAnswer(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException && String.valueOf(cause.getMessage()).contains("header parser received no bytes")) {
        return failure instanceof TransportException;
      }
    }
    return false;
  }
}
