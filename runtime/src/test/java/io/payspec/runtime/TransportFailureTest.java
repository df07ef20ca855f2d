package io.payspec.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.payspec.runtime.error.ConnectionFailedException;
import io.payspec.runtime.error.PayspecException;
import io.payspec.runtime.error.ProviderUnavailableException;
import io.payspec.runtime.error.RequestTimeoutException;
import io.payspec.runtime.error.TransportException;
import io.payspec.runtime.fixtures.ResultStyleRequest;
import io.payspec.runtime.fixtures.Clients;
import io.payspec.runtime.fixtures.CountingTransport;
import io.payspec.runtime.fixtures.Styles;
import io.payspec.runtime.fixtures.StubServer;
import io.payspec.runtime.http.TransportRequest;
import io.payspec.runtime.http.TransportResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** No answer: timeouts, refused connections, and which of them are retried (only refused ones). */
class TransportFailureTest {
  private static final String PREFIX = "PrefixedPay v2 createInvoice: ";

  private StubServer server;

  @BeforeEach
  void start() throws Exception {
    server = StubServer.start();
  }

  /** Closing the server releases the handlers that hang. */
  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  @Test
  void requestTimeoutIsHonouredAndTheRequestIsSentOnce() throws Exception {
    server.answer(server.hang());
    CountingTransport transport = CountingTransport.jdk();
    ClientCore core = Clients.prefixedHeader(server).transport(transport)
        // Long enough for a cold JDK client to connect and send on a loaded machine; the server never answers.
        .requestTimeout(Duration.ofSeconds(2)).retryPolicy(new RetryPolicy(3, Duration.ZERO)).build();

    RequestTimeoutException e = assertThrows(RequestTimeoutException.class,
        () -> core.call(Styles.RESULT_ENVELOPE, ResultStyleRequest.sample("o")));

    assertEquals(PREFIX + "no answer within PT2S", e.getMessage());
    assertTrue(server.awaitRequests(1), "the request reached the server");
    assertEquals(1, transport.attempts());
    assertEquals(1, server.requests().size());
  }

  @Test
  void refusedConnectionIsRetriedExactlyMaxRetriesTimes() throws Exception {
    int port = freePort();
    CountingTransport transport = CountingTransport.jdk();
    ClientCore core = ClientCore.builder(Styles.PREFIXED_HEADER).baseUrl("http://127.0.0.1:" + port)
        .credential("api_key", Clients.PREFIXED_KEY).transport(transport)
        .retryPolicy(new RetryPolicy(3, Duration.ofMillis(5))).build();

    ConnectionFailedException e = assertThrows(ConnectionFailedException.class,
        () -> core.call(Styles.RESULT_ENVELOPE, ResultStyleRequest.sample("o")));

    assertEquals(PREFIX + "could not connect to 127.0.0.1:" + port + " (connection refused)", e.getMessage());
    assertEquals(1 + 3, transport.attempts());
    assertInstanceOf(ConnectException.class, e.getCause());
  }

  @Test
  void refusedConnectionWithoutRetries() throws Exception {
    CountingTransport transport = CountingTransport.jdk();
    ClientCore core = ClientCore.builder(Styles.PREFIXED_HEADER).baseUrl("http://127.0.0.1:" + freePort())
        .credential("api_key", Clients.PREFIXED_KEY).transport(transport).retryPolicy(RetryPolicy.NONE).build();

    assertThrows(ConnectionFailedException.class, () -> core.call(Styles.RESULT_ENVELOPE, ResultStyleRequest.sample("o")));

    assertEquals(1, transport.attempts());
  }

  @Test
  void retrySucceedsWhenTheConnectionComesBack() {
    server.answerJson(200, "{\"status\":\"success\",\"result\":{\"uuid\":\"INV-9\"}}");
    AtomicInteger attempts = new AtomicInteger();
    CountingTransport real = CountingTransport.jdk();
    ClientCore core = Clients.prefixedHeader(server).retryPolicy(new RetryPolicy(2, Duration.ZERO))
        .transport(request -> attempts.incrementAndGet() == 1
            ? CompletableFuture.failedFuture(new ConnectException("Connection refused"))
            : real.send(request))
        .build();

    assertEquals("INV-9", core.call(Styles.RESULT_ENVELOPE, ResultStyleRequest.sample("o")).uuid());
    assertEquals(2, attempts.get());
    assertEquals(1, server.requests().size());
  }

  @Test
  void serverErrorsAreNotRetried() {
    server.answerJson(503, "{\"detail\": \"maintenance\"}");
    CountingTransport transport = CountingTransport.jdk();
    ClientCore core = Clients.prefixedHeader(server).transport(transport)
        .retryPolicy(new RetryPolicy(3, Duration.ZERO)).build();

    assertThrows(ProviderUnavailableException.class, () -> core.call(Styles.RESULT_ENVELOPE, ResultStyleRequest.sample("o")));

    assertEquals(1, transport.attempts());
    assertEquals(1, server.requests().size());
  }

  @Test
  void connectionDroppedAfterTheRequestIsNotRetried() {
    server.answer((request, exchange) -> {
      throw new IOException("the server drops the connection without answering");
    });
    CountingTransport transport = CountingTransport.jdk();
    ClientCore core = Clients.prefixedHeader(server).transport(transport)
        .retryPolicy(new RetryPolicy(3, Duration.ZERO)).build();

    TransportException e = assertThrows(TransportException.class,
        () -> core.call(Styles.RESULT_ENVELOPE, ResultStyleRequest.sample("o")));

    assertEquals(TransportException.class, e.getClass());
    assertTrue(e.getMessage().startsWith(PREFIX + "exchange with 127.0.0.1:"), e.getMessage());
    assertEquals(1, transport.attempts());
  }

  @Test
  void failuresOfACustomTransportNameTheEndpoint() {
    ClientCore timingOut = Clients.prefixedHeader(server).transport(
        request -> CompletableFuture.failedFuture(new RequestTimeoutException("gave up after 1s", null))).build();
    ClientCore broken = Clients.prefixedHeader(server).transport(request -> {
      throw new IllegalStateException("pool closed");
    }).build();
    ClientCore failingIo = Clients.prefixedHeader(server).transport(
        request -> CompletableFuture.failedFuture(new IOException("stream reset"))).build();

    RequestTimeoutException timeout = assertThrows(RequestTimeoutException.class,
        () -> timingOut.call(Styles.RESULT_ENVELOPE, ResultStyleRequest.sample("o")));
    TransportException crash = assertThrows(TransportException.class,
        () -> broken.call(Styles.RESULT_ENVELOPE, ResultStyleRequest.sample("o")));
    TransportException io = assertThrows(TransportException.class,
        () -> failingIo.call(Styles.RESULT_ENVELOPE, ResultStyleRequest.sample("o")));

    assertEquals(PREFIX + "gave up after 1s", timeout.getMessage());
    assertEquals(PREFIX + "transport failed (IllegalStateException: pool closed)", crash.getMessage());
    assertEquals(PREFIX + "exchange with 127.0.0.1:" + port(server) + " failed (IOException: stream reset)",
        io.getMessage());
    assertEquals(0, server.requests().size());
  }

  @Test
  void theFutureOfAnAsyncCallFailsWithPayspecExceptions() {
    ClientCore core = Clients.prefixedHeader(server).transport(
        (TransportRequest request) -> CompletableFuture.<TransportResponse>failedFuture(new IOException("boom")))
        .build();

    CompletableFuture<?> future = core.callAsync(Styles.RESULT_ENVELOPE, ResultStyleRequest.sample("o"));

    Throwable cause = assertThrows(java.util.concurrent.CompletionException.class, future::join).getCause();
    assertInstanceOf(PayspecException.class, cause);
  }

  @Test
  void interruptDuringTheBackoffEndsTheBlockingCallWithoutAnotherAttempt() throws Exception {
    java.util.concurrent.CountDownLatch failedOnce = new java.util.concurrent.CountDownLatch(1);
    AtomicInteger attempts = new AtomicInteger();
    ClientCore core = Clients.prefixedHeader(server).retryPolicy(new RetryPolicy(3, Duration.ofMinutes(10)))
        .transport(request -> {
          attempts.incrementAndGet();
          failedOnce.countDown();
          return CompletableFuture.failedFuture(new ConnectException("Connection refused"));
        })
        .build();
    CompletableFuture<Throwable> outcome = new CompletableFuture<>();
    Thread caller = new Thread(() -> {
      try {
        core.call(Styles.RESULT_ENVELOPE, ResultStyleRequest.sample("o"));
        outcome.complete(null);
      } catch (Throwable t) {
        outcome.complete(Thread.currentThread().isInterrupted() ? t : new AssertionError("interrupt status lost", t));
      }
    }, "backing-off-caller");
    caller.start();
    assertTrue(failedOnce.await(30, java.util.concurrent.TimeUnit.SECONDS), "no first attempt");

    caller.interrupt();

    Throwable thrown = outcome.get(30, java.util.concurrent.TimeUnit.SECONDS);
    assertInstanceOf(io.payspec.runtime.error.CallInterruptedException.class, thrown);
    assertEquals(PREFIX + "interrupted while waiting to retry; no attempt reached the provider", thrown.getMessage());
    assertEquals(1, attempts.get());
  }

  @Test
  void blockingCallUsesTheTransportsBlockingEntryPoint() {
    server.answerJson(200, "{\"status\":\"success\",\"result\":{\"uuid\":\"INV-7\"}}");
    CountingTransport real = CountingTransport.jdk();
    AtomicInteger blocking = new AtomicInteger();
    ClientCore core = Clients.prefixedHeader(server).transport(new io.payspec.runtime.http.HttpTransport() {
      @Override
      public CompletableFuture<TransportResponse> send(TransportRequest request) {
        return CompletableFuture.failedFuture(new IOException("the blocking call must not go through send"));
      }

      @Override
      public TransportResponse execute(TransportRequest request) throws IOException, InterruptedException {
        blocking.incrementAndGet();
        return real.execute(request);
      }
    }).build();

    assertEquals("INV-7", core.call(Styles.RESULT_ENVELOPE, ResultStyleRequest.sample("o")).uuid());
    assertEquals(1, blocking.get());
  }

  private static int port(StubServer server) {
    return Integer.parseInt(server.baseUrl().substring(server.baseUrl().lastIndexOf(':') + 1));
  }

  /** A port nothing listens on: bound, then released. */
  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
