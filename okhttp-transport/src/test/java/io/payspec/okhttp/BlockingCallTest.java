package io.payspec.okhttp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.payspec.runtime.http.TransportRequest;
import io.payspec.runtime.http.TransportResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The blocking call runs on the caller's thread, and an interrupt still cancels it. */
class BlockingCallTest {
  private final CountDownLatch release = new CountDownLatch(1);
  private final CountDownLatch arrived = new CountDownLatch(1);
  private HttpServer server;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/ok", exchange -> {
      byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.createContext("/stall", exchange -> {
      arrived.countDown();
      try {
        release.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.sendResponseHeaders(204, -1);
      exchange.close();
    });
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
  }

  @AfterEach
  void stop() {
    release.countDown();
    server.stop(0);
  }

  private TransportRequest get(String path) {
    return new TransportRequest("GET", URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path),
        Map.of(), new byte[0], Duration.ofSeconds(30), 1 << 20);
  }

  @Test
  void theBlockingCallRunsOnTheCallersThread() throws Exception {
    AtomicReference<Thread> ranOn = new AtomicReference<>();
    OkHttpTransport transport = new OkHttpTransport(new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          ranOn.set(Thread.currentThread());
          return chain.proceed(chain.request());
        })
        .build());

    TransportResponse response = transport.execute(get("/ok"));

    assertEquals(200, response.status());
    assertSame(Thread.currentThread(), ranOn.get());
  }

  @Test
  void anInterruptedCallerGetsInterruptedExceptionPromptly() throws Exception {
    OkHttpTransport transport = OkHttpTransport.create(Duration.ofSeconds(5));
    CompletableFuture<Throwable> outcome = new CompletableFuture<>();
    Thread caller = new Thread(() -> {
      try {
        transport.execute(get("/stall"));
        outcome.complete(null);
      } catch (Throwable t) {
        outcome.complete(t);
      }
    }, "stalled-caller");
    caller.start();
    assertTrue(arrived.await(30, TimeUnit.SECONDS), "the request did not arrive");

    caller.interrupt();

    Throwable thrown = outcome.get(5, TimeUnit.SECONDS);
    assertInstanceOf(InterruptedException.class, thrown, String.valueOf(thrown));
  }

  @Test
  void aCallerInterruptedBeforeTheCallSendsNothing() {
    OkHttpTransport transport = OkHttpTransport.create(Duration.ofSeconds(5));
    Thread.currentThread().interrupt();
    try {
      assertInstanceOf(InterruptedException.class, org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
          () -> transport.execute(get("/stall"))));
      assertEquals(1, arrived.getCount(), "nothing was sent");
    } finally {
      Thread.interrupted();
    }
  }
}
