package io.payspec.cryptocloud;

import static io.payspec.testing.JsonAssert.MAPPER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import io.payspec.cryptocloud.v2.CreateInvoiceRequest;
import io.payspec.cryptocloud.v2.Invoice;
import io.payspec.cryptocloud.v2.InvoiceStatus;
import io.payspec.testing.StubServer.Reply;
import io.payspec.testing.StubServer;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One client shared by many threads: every call gets its own answer. */
class CryptoCloudConcurrencyTest {
  static final int THREADS = 16;
  static final int CALLS = 10_000;
  static final String API_KEY = "concurrency-test-key";

  StubServer server;
  ExecutorService callers;

  @BeforeEach
  void start() {
    // Fixed pool; answers carry the request's order_id so that a mixed-up answer is seen.
    server = StubServer.start(8, false).handler(request -> {
      if (!("Token " + API_KEY).equals(request.header("Authorization"))) {
        return Reply.json(401, "{\"status\":\"error\",\"result\":{\"authorization\":\"Unauthorized request.\"}}");
      }
      JsonNode body = MAPPER.readTree(request.body());
      String orderId = body.get("order_id").asText();
      return Reply.json(200, "{\"status\":\"success\",\"result\":{\"uuid\":\"INV-" + orderId + "\",\"status\":\"created\","
          + "\"amount_in_fiat\":" + body.get("amount").decimalValue().toPlainString()
          + ",\"created\":\"2026-01-27 09:03:58.958133\"}}");
    });
    callers = Executors.newFixedThreadPool(THREADS);
  }

  @AfterEach
  void stop() throws InterruptedException {
    callers.shutdownNow();
    callers.awaitTermination(10, TimeUnit.SECONDS);
    server.close();
  }

  @Test
  void sixteenThreadsShareOneClientFor10000Calls() {
    CryptoCloudClient client = CryptoCloudClient.builder().baseUrl(server.baseUrl()).apiKey(API_KEY)
        .requestTimeout(Duration.ofSeconds(20)).build();
    Set<String> seen = ConcurrentHashMap.newKeySet();

    assertTimeoutPreemptively(Duration.ofSeconds(120), () -> {
      List<Callable<Integer>> tasks = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int thread = t;
        tasks.add(() -> {
          int done = 0;
          for (int i = thread; i < CALLS; i += THREADS) {
            String orderId = "T" + thread + "-" + i;
            BigDecimal amount = new BigDecimal(i + 1).movePointLeft(2);
            Invoice invoice = client.v2().createInvoice(CreateInvoiceRequest.builder()
                .shopId("shop").amount(amount).orderId(orderId).build());
            assertEquals("INV-" + orderId, invoice.uuid());
            assertEquals(amount, invoice.amountInFiat());
            assertSame(InvoiceStatus.CREATED, invoice.status());
            seen.add(invoice.uuid());
            done++;
          }
          return done;
        });
      }
      int total = 0;
      for (Future<Integer> result : callers.invokeAll(tasks)) {
        total += result.get();
      }
      assertEquals(CALLS, total);
    });

    assertEquals(CALLS, seen.size());
    assertEquals(CALLS, server.requestCount());
  }
}
