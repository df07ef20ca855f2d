package io.payspec.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.payspec.contract.StubServer.Reply;
import io.payspec.okhttp.OkHttpTransport;
import io.payspec.runtime.ClientBuilder;
import io.payspec.runtime.ClientCore;
import io.payspec.runtime.error.ApiException;
import io.payspec.runtime.error.ConnectionFailedException;
import io.payspec.runtime.error.PayspecException;
import io.payspec.runtime.error.ProviderError;
import io.payspec.runtime.error.ProviderUnavailableException;
import io.payspec.runtime.error.RateLimitException;
import io.payspec.runtime.error.RequestTimeoutException;
import io.payspec.runtime.error.UnexpectedResponseException;
import io.payspec.runtime.http.HttpTransport;
import io.payspec.runtime.meta.Operation;
import io.payspec.runtime.meta.ResponseExampleInfo;
import io.payspec.sandbox.Documentation;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.function.Executable;

/**
 * What every operation's client must do over HTTP whatever the provider documents: answers that are
 * not the provider's (HTML from a proxy, truncated or empty bodies), no answer, no connection, rate
 * limits and server errors; async and sync alike; and never show a credential. One instance checks one
 * operation, with its first documented request and success; {@link TransportContractTest} runs every
 * {@link Check} on every installed operation.
 */
final class TransportContract {
  /** Time a test waits for an answer before the client gives up (the timeout test sets its own). */
  static final Duration TEST_TIMEOUT = Duration.ofSeconds(10);

  /** Marks one check of the contract. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @interface Check {
    /**
     * Whether the check is about the transport alone (a timeout, a refused connection, a size limit), the
     * same for every operation of a version: run once per provider version, not per operation.
     */
    boolean slow() default false;
  }

  /** The transports the contract holds for. */
  enum Transport {
    /** The builder's default, {@code java.net.http}. */
    JDK,
    /** The optional {@link OkHttpTransport}. */
    OKHTTP;

    /** The transport to give a client builder, or null for the builder's default. */
    HttpTransport create() {
      return this == JDK ? null : OkHttpTransport.create(ClientBuilder.DEFAULT_CONNECT_TIMEOUT);
    }
  }

  private final Operation<?, ?> operation;
  private final Object request;
  private final Transport transport;
  private HttpTransport created;
  StubServer server;

  TransportContract(Operation<?, ?> operation, Transport transport) {
    this.operation = operation;
    this.request = Installed.firstRequest(operation);
    this.transport = transport;
  }

  /** The transport of this check's clients (one for all), or null for the builder's default. */
  private HttpTransport transport() {
    if (created == null) {
      created = transport.create();
    }
    return created;
  }

  /** A client of the operation, bound to one base URL. */
  interface Endpoint {
    /** Sends the documented request and returns the typed answer. */
    Object call();

    /** The same request, asynchronously. */
    CompletableFuture<?> callAsync();

    /** The client's toString(). */
    String client();
  }

  /** A client of the operation with the test credentials, after {@code settings} were applied to its builder. */
  Endpoint connect(Consumer<ClientBuilder<?>> settings) {
    ClientCore.Builder builder = ClientCore.builder(operation.provider());
    Installed.credentials(operation).forEach(builder::credential);
    if (transport() != null) {
      builder.transport(transport());
    }
    settings.accept(builder);
    ClientCore client = builder.build();
    return new Endpoint() {
      @Override
      public Object call() {
        return Installed.call(client, operation, request);
      }

      @Override
      public CompletableFuture<?> callAsync() {
        return Installed.callAsync(client, operation, request);
      }

      @Override
      public String client() {
        return client.toString();
      }
    };
  }

  /** A client of the operation with the test credentials. */
  Endpoint connect(String baseUrl, Duration requestTimeout) {
    return connect(builder -> builder.baseUrl(baseUrl).requestTimeout(requestTimeout));
  }

  /** "CryptoCloud v2 createInvoice". */
  String displayName() {
    return operation.displayName();
  }

  /** The credentials the client was given that must never be shown. */
  List<String> secrets() {
    return Installed.secrets(operation);
  }

  /** A success body of this operation. */
  String successBody() {
    return Installed.successBody(operation);
  }

  void startServer() {
    server = StubServer.start();
  }

  void stopServer() {
    server.close();
  }

  Endpoint endpoint() {
    return connect(server.baseUrl(), TEST_TIMEOUT);
  }

  /** The exception of a call, checked to be the same type sync and async. */
  <T extends PayspecException> T failure(Class<T> type) {
    Endpoint endpoint = endpoint();
    T sync = assertThrows(type, endpoint::call);
    Throwable async = asyncFailure(endpoint);
    assertInstanceOf(type, async, "async failure");
    assertEquals(sync.getClass(), async.getClass(), "same exception type sync and async");
    assertEquals(sync.getMessage(), async.getMessage(), "same message sync and async");
    assertNoSecret(sync);
    return sync;
  }

  static Throwable asyncFailure(Endpoint endpoint) {
    CompletableFuture<?> future = endpoint.callAsync();
    ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(30, TimeUnit.SECONDS));
    return e.getCause();
  }

  /** No credential in the message, toString, stack trace (causes included) or body of an exception. */
  void assertNoSecret(Throwable thrown) {
    StringWriter trace = new StringWriter();
    thrown.printStackTrace(new PrintWriter(trace));
    StringBuilder all = new StringBuilder(trace.toString());
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      all.append('\n').append(t.getMessage()).append('\n').append(t);
    }
    if (thrown instanceof ApiException api) {
      all.append('\n').append(api.rawBody());
      for (ProviderError error : api.errors()) {
        all.append('\n').append(error);
      }
    }
    for (String secret : secrets()) {
      if (all.toString().contains(secret)) {
        fail("a credential is shown by " + thrown.getClass().getSimpleName() + ":\n" + all);
      }
    }
  }

  // ---- success, sync and async ----

  @Check
  void asyncCallReturnsTheSameResultAsTheSyncCall() throws Exception {
    server.replyJson(200, successBody());
    Endpoint endpoint = endpoint();
    Object sync = endpoint.call();
    Object async = endpoint.callAsync().get(30, TimeUnit.SECONDS);
    assertNotNull(sync);
    assertEquals(sync, async);
    assertEquals(sync.getClass(), async.getClass());
    assertEquals(2, server.requestCount());
    assertEquals(server.requests().get(0).bodyText(), server.requests().get(1).bodyText());
  }

  // ---- answers that are not the provider's ----

  @Check
  void htmlPageFromAProxyIsAnUnexpectedResponseWithStatusAndSnippet() {
    server.reply(Reply.of(200, "text/html; charset=utf-8",
        "<!DOCTYPE html>\n<html>\n  <head><title>Sign in to the network</title></head>\n  <body>Proxy login</body>\n</html>\n"));

    UnexpectedResponseException e = failure(UnexpectedResponseException.class);

    assertEquals(displayName() + ": HTTP 200 unexpected body (text/html): <!DOCTYPE html> <html> <head><title>Sign in "
        + "to the network</title></head> <body>Proxy login</body> </html>", e.getMessage());
    assertEquals(200, e.status());
    assertTrue(e.rawBody().startsWith("<!DOCTYPE html>\n<html>"), e.rawBody());
  }

  @Check(slow = true)
  void longHtmlErrorPageIsQuotedShort() {
    String page = "<html><body>" + "x".repeat(5_000) + "</body></html>";
    server.reply(Reply.of(200, "text/html", page));

    UnexpectedResponseException e = failure(UnexpectedResponseException.class);

    String prefix = displayName() + ": HTTP 200 unexpected body (text/html): ";
    assertEquals(prefix + ("<html><body>" + "x".repeat(5_000)).substring(0, 200) + "…", e.getMessage());
    assertEquals(page, e.rawBody());
  }

  @Check
  void badGatewayHtmlFromAProxyIsProviderUnavailable() {
    server.reply(Reply.of(502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>"));

    ProviderUnavailableException e = failure(ProviderUnavailableException.class);

    assertEquals(displayName() + ": HTTP 502 unexpected body (text/html): <html><body><h1>502 Bad Gateway</h1></body></html>",
        e.getMessage());
    assertEquals(502, e.status());
  }

  @Check
  void truncatedJsonIsAnUnexpectedResponse() {
    String body = successBody();
    // Cut before a comma near the middle: the body ends after a whole value, where more should follow.
    int comma = body.lastIndexOf(',', body.length() / 2);
    String truncated = body.substring(0, comma > 0 ? comma : body.length() / 2);
    server.replyJson(200, truncated);

    UnexpectedResponseException e = failure(UnexpectedResponseException.class);

    assertEquals(displayName() + ": HTTP 200 unexpected body (application/json, truncated JSON): " + snippet(truncated),
        e.getMessage());
    assertEquals(truncated, e.rawBody());
    assertNotNull(e.getCause(), "the parser's exception is the cause");
  }

  @Check
  void invalidJsonIsAnUnexpectedResponseNamingWhere() {
    server.replyJson(200, "{'status': 'success'}");

    UnexpectedResponseException e = failure(UnexpectedResponseException.class);

    assertEquals(displayName() + ": HTTP 200 unexpected body (application/json, invalid JSON at line 1, column 2): "
        + "{'status': 'success'}", e.getMessage());
  }

  @Check
  void emptyBodyIsAnUnexpectedResponse() {
    server.reply(new Reply(200, Map.of(), new byte[0]));

    UnexpectedResponseException e = failure(UnexpectedResponseException.class);

    assertEquals(displayName() + ": HTTP 200 empty body", e.getMessage());
    assertEquals("", e.rawBody());
  }

  @Check
  void jsonThatIsNotAnObjectIsAnUnexpectedResponse() {
    if (operation.responseShape() == io.payspec.annotations.ResponseShape.LIST) {
      return; // a JSON array is this operation's documented shape; its items are checked elsewhere
    }
    server.replyJson(200, "[1, 2, 3]");

    UnexpectedResponseException e = failure(UnexpectedResponseException.class);

    assertEquals(200, e.status());
    assertTrue(e.getMessage().startsWith(displayName() + ": HTTP 200 "), e.getMessage());
    assertTrue(e.getMessage().endsWith("[1, 2, 3]"), e.getMessage());
  }

  @Check(slow = true)
  void emptyBodyWithServerErrorIsProviderUnavailable() {
    server.reply(new Reply(503, Map.of(), new byte[0]));

    ProviderUnavailableException e = failure(ProviderUnavailableException.class);

    assertEquals(displayName() + ": HTTP 503 empty body", e.getMessage());
    assertEquals(2, server.requestCount(), "one request per call (sync and async): a 5xx is never retried");
  }

  // ---- status-only kinds ----

  @Check
  void tooManyRequestsIsRateLimitedWithRetryAfter() {
    server.reply(Reply.json(429, "{\"detail\":\"Too many requests\"}").withHeader("Retry-After", "120"));

    RateLimitException e = failure(RateLimitException.class);

    assertEquals(429, e.status());
    assertEquals(java.util.Optional.of(Duration.ofSeconds(120)), e.retryAfter());
    assertTrue(e.getMessage().startsWith(displayName() + ": HTTP 429 rate limited: "), e.getMessage());
    assertTrue(e.getMessage().endsWith(" (retry after PT2M)"), e.getMessage());
  }

  @Check(slow = true)
  void tooManyRequestsWithoutJsonOrRetryAfterIsStillRateLimited() {
    server.reply(Reply.of(429, "text/plain", "slow down"));

    RateLimitException e = failure(RateLimitException.class);

    assertEquals(java.util.Optional.empty(), e.retryAfter());
    assertEquals(displayName() + ": HTTP 429 unexpected body (text/plain): slow down", e.getMessage());
  }

  @Check
  void internalServerErrorIsProviderUnavailable() {
    server.replyJson(500, "{\"detail\":\"Internal Server Error\"}");

    ProviderUnavailableException e = failure(ProviderUnavailableException.class);

    assertEquals(500, e.status());
    assertTrue(e.getMessage().startsWith(displayName() + ": HTTP 500 provider unavailable: "), e.getMessage());
    assertEquals(2, server.requestCount(), "one request per call (sync and async): a 500 is not retried");
  }

  // ---- no answer, no connection ----

  @Check(slow = true)
  void serverThatNeverAnswersTimesOutWithinTheConfiguredTimeout() {
    server.hang();
    Duration timeout = Duration.ofMillis(500);
    Endpoint endpoint = connect(server.baseUrl(), timeout);

    long start = System.nanoTime();
    RequestTimeoutException e = assertThrows(RequestTimeoutException.class, endpoint::call);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

    assertEquals(displayName() + ": no answer within PT0.5S", e.getMessage());
    assertTrue(elapsed.compareTo(Duration.ofMillis(450)) >= 0, "gave up after " + elapsed);
    assertTrue(elapsed.compareTo(timeout.plusSeconds(4)) < 0, "gave up after " + elapsed);
    assertEquals(1, server.requestCount(), "a request that may have arrived is not retried");
    assertNoSecret(e);

    Throwable async = asyncFailure(endpoint);
    assertInstanceOf(RequestTimeoutException.class, async);
    assertEquals(e.getMessage(), async.getMessage());
  }

  @Check(slow = true)
  void refusedConnectionIsConnectionFailed() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    Endpoint endpoint = connect("http://127.0.0.1:" + port, TEST_TIMEOUT);

    ConnectionFailedException e = assertThrows(ConnectionFailedException.class, endpoint::call);

    assertEquals(displayName() + ": could not connect to 127.0.0.1:" + port + " (connection refused)", e.getMessage());
    assertNoSecret(e);
    Throwable async = asyncFailure(endpoint);
    assertInstanceOf(ConnectionFailedException.class, async);
    assertEquals(e.getMessage(), async.getMessage());
  }

  @Check(slow = true)
  void bodyLargerThanTheLimitIsRefusedFromItsLength() {
    String body = "{\"padding\":\"" + "x".repeat(5_000) + "\"}";
    server.replyJson(200, body);
    Endpoint endpoint = connect(builder -> builder.baseUrl(server.baseUrl()).maxResponseBytes(1024));

    UnexpectedResponseException e = assertThrows(UnexpectedResponseException.class, endpoint::call);

    assertEquals(displayName() + ": HTTP 200 body of " + body.length() + " bytes larger than the limit of 1024 bytes, "
        + "refused", e.getMessage());
    assertEquals(200, e.status());
  }

  @Check(slow = true)
  void chunkedBodyLargerThanTheLimitIsRefusedWhileStreaming() {
    server.reply(Reply.json(200, "{\"padding\":\"" + "x".repeat(5_000) + "\"}").framed(StubServer.Framing.CHUNKED));
    Endpoint endpoint = connect(builder -> builder.baseUrl(server.baseUrl()).maxResponseBytes(1024));

    UnexpectedResponseException e = assertThrows(UnexpectedResponseException.class, endpoint::call);

    assertEquals(displayName() + ": HTTP 200 body larger than the limit of 1024 bytes, refused", e.getMessage());
  }

  @Check
  void chunkedSuccessBodyIsRead() {
    server.replyJson(200, successBody());
    Object lengthFramed = endpoint().call();
    server.reply(Reply.json(200, successBody()).framed(StubServer.Framing.CHUNKED));

    assertEquals(lengthFramed, endpoint().call());
  }

  @Check(slow = true)
  void bodyThatStallsAfterTheHeadersTimesOutWithinTheConfiguredTimeout() throws Exception {
    server.reply(Reply.json(200, successBody()).framed(StubServer.Framing.STALL_HALFWAY));
    Endpoint endpoint = connect(server.baseUrl(), Duration.ofMillis(500));

    CompletableFuture<?> call = endpoint.callAsync();
    ExecutionException e = assertThrows(ExecutionException.class, () -> call.get(5, TimeUnit.SECONDS),
        "no answer 5 s after a 0.5 s timeout");
    assertInstanceOf(RequestTimeoutException.class, e.getCause());
  }

  @Check(slow = true)
  void bodyThatStallsAfterTheHeadersTimesOutTheBlockingCallToo() {
    server.reply(Reply.json(200, successBody()).framed(StubServer.Framing.STALL_HALFWAY));
    Endpoint endpoint = connect(server.baseUrl(), Duration.ofMillis(500));

    CompletableFuture<Object> call = CompletableFuture.supplyAsync(endpoint::call);
    ExecutionException e = assertThrows(ExecutionException.class, () -> call.get(5, TimeUnit.SECONDS),
        "no answer 5 s after a 0.5 s timeout");
    assertInstanceOf(RequestTimeoutException.class, e.getCause());
    assertEquals(displayName() + ": no answer within PT0.5S", e.getCause().getMessage());
  }

  @Check(slow = true)
  void interruptingTheBlockingCallClosesTheConnection() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      java.util.concurrent.CountDownLatch arrived = new java.util.concurrent.CountDownLatch(1);
      CompletableFuture<Integer> afterRequest = new CompletableFuture<>();
      Thread acceptor = new Thread(() -> {
        try (java.net.Socket connection = socket.accept()) {
          java.io.InputStream in = connection.getInputStream();
          int first = in.read(new byte[8192]);
          arrived.countDown();
          // Never answers: reads until the client closes the connection (-1).
          int read = first;
          while (read != -1) {
            read = in.read(new byte[8192]);
          }
          afterRequest.complete(read);
        } catch (IOException e) {
          afterRequest.complete(-1); // reset by the client: closed too
        }
      }, "silent-acceptor");
      acceptor.setDaemon(true);
      acceptor.start();
      Endpoint endpoint = connect("http://127.0.0.1:" + socket.getLocalPort(), Duration.ofMinutes(5));
      CompletableFuture<Throwable> outcome = new CompletableFuture<>();
      Thread caller = new Thread(() -> {
        try {
          endpoint.call();
          outcome.complete(null);
        } catch (Throwable t) {
          outcome.complete(Thread.currentThread().isInterrupted() ? t : new AssertionError("interrupt status lost", t));
        }
      }, "interrupted-caller");
      caller.start();
      assertTrue(arrived.await(30, TimeUnit.SECONDS), "the request did not arrive");

      caller.interrupt();

      Throwable thrown = outcome.get(30, TimeUnit.SECONDS);
      assertInstanceOf(io.payspec.runtime.error.CallInterruptedException.class, thrown);
      assertTrue(thrown.getMessage().startsWith(displayName() + ": interrupted"), thrown.getMessage());
      assertEquals(-1, afterRequest.get(30, TimeUnit.SECONDS), "the connection was closed");
    }
  }

  /**
   * A reused keep-alive connection that the server closes after the request was written, without a
   * byte of answer ({@code java.net.http} on JDK 17: "HTTP/1.1 header parser received no bytes"). The
   * client cannot tell it from a server that closed the idle connection before reading: the request
   * may have reached the provider, so it is never sent again (but a {@code GET}, which the JDK client
   * resends once on a fresh connection).
   */
  @Check(slow = true)
  void requestOnAReusedConnectionClosedWithoutAnAnswerIsNotSentAgain() throws Exception {
    byte[] success = successBody().getBytes(StandardCharsets.UTF_8);
    java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.atomic.AtomicInteger connections = new java.util.concurrent.atomic.AtomicInteger();
    try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread acceptor = new Thread(() -> {
        while (!socket.isClosed()) {
          try (java.net.Socket connection = socket.accept()) {
            boolean first = connections.incrementAndGet() == 1;
            RawExchange exchange = new RawExchange(connection);
            exchange.readRequest();
            requests.incrementAndGet();
            if (!first) {
              exchange.answer(success); // a fresh connection (a resent GET) is answered
              continue;
            }
            exchange.answer(success); // keep-alive: the connection goes back to the client's pool
            if (exchange.readRequest()) {
              requests.incrementAndGet(); // the second call's request, then the close without an answer
            }
          } catch (IOException closed) {
            // the next connection, or the end
          }
        }
      }, "closing-keep-alive");
      acceptor.setDaemon(true);
      acceptor.start();
      Endpoint endpoint = connect("http://127.0.0.1:" + socket.getLocalPort(), TEST_TIMEOUT);
      assertNotNull(endpoint.call(), "the first call is answered");

      boolean get = operation.method() == io.payspec.annotations.HttpMethod.GET;
      if (get) {
        endpoint.call(); // JDK: resent once on a fresh connection; OkHttp (retries off): fails
      } else {
        io.payspec.runtime.error.TransportException e =
            assertThrows(io.payspec.runtime.error.TransportException.class, endpoint::call);
        assertEquals(io.payspec.runtime.error.TransportException.class, e.getClass(), e.toString());
        assertNoSecret(e);
        assertEquals(2, requests.get(), "one request per call: the second was not sent again");
        assertEquals(1, connections.get(), "no second connection for a request that may have arrived");
      }
    } catch (io.payspec.runtime.error.TransportException okHttpGet) {
      assertEquals(TransportContract.Transport.OKHTTP, transport, okHttpGet.toString());
    }
  }

  /** One HTTP/1.1 exchange at a time on a raw socket: reads a request (headers and body), answers 200. */
  private static final class RawExchange {
    private final java.io.InputStream in;
    private final java.io.OutputStream out;

    RawExchange(java.net.Socket connection) throws IOException {
      this.in = new java.io.BufferedInputStream(connection.getInputStream());
      this.out = connection.getOutputStream();
    }

    /** Reads one request; false at the end of the stream before one began. */
    boolean readRequest() throws IOException {
      StringBuilder head = new StringBuilder();
      int c;
      while ((c = in.read()) != -1) {
        head.append((char) c);
        if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
          break;
        }
      }
      if (c == -1) {
        return false;
      }
      java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length:\\s*(\\d+)").matcher(head);
      if (length.find()) {
        in.readNBytes(Integer.parseInt(length.group(1)));
      }
      return true;
    }

    void answer(byte[] body) throws IOException {
      out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
          + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
    }
  }

  @Check(slow = true)
  void connectionClosedWithoutAnAnswerIsATransportFailureAndNotRetried() throws Exception {
    java.util.concurrent.atomic.AtomicInteger accepted = new java.util.concurrent.atomic.AtomicInteger();
    try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Thread acceptor = new Thread(() -> {
        while (!socket.isClosed()) {
          try (java.net.Socket connection = socket.accept()) {
            accepted.incrementAndGet();
            connection.getInputStream().read(new byte[8192]);
          } catch (IOException closed) {
            return;
          }
        }
      }, "closing-acceptor");
      acceptor.setDaemon(true);
      acceptor.start();
      Endpoint endpoint = connect("http://127.0.0.1:" + socket.getLocalPort(), TEST_TIMEOUT);

      io.payspec.runtime.error.TransportException e =
          assertThrows(io.payspec.runtime.error.TransportException.class, endpoint::call);

      assertEquals(io.payspec.runtime.error.TransportException.class, e.getClass(), e.toString());
      assertTrue(e.getMessage().startsWith(displayName() + ": exchange with 127.0.0.1:" + socket.getLocalPort()
          + " failed ("), e.getMessage());
      // java.net.http sends an idempotent GET once more on a closed connection; anything else never.
      int allowed = operation.method() == io.payspec.annotations.HttpMethod.GET ? 2 : 1;
      assertTrue(accepted.get() >= 1 && accepted.get() <= allowed,
          "a request that may have arrived is not sent again: sent " + accepted.get() + " times");
      assertNoSecret(e);
    }
  }

  // ---- credentials ----

  @Check
  void transportRequestPrintsMethodAndUriOnly() {
    java.util.List<io.payspec.runtime.http.TransportRequest> sent = new java.util.concurrent.CopyOnWriteArrayList<>();
    Endpoint endpoint = connect(builder -> builder.baseUrl("http://127.0.0.1:9").transport(request -> {
      sent.add(request);
      return CompletableFuture.completedFuture(new io.payspec.runtime.http.TransportResponse(200,
          Map.of("content-type", List.of("application/json")), successBody().getBytes(StandardCharsets.UTF_8)));
    }));

    assertNotNull(endpoint.call());

    io.payspec.runtime.http.TransportRequest request = sent.get(0);
    String wire = request.headers() + new String(request.body(), StandardCharsets.UTF_8);
    assertTrue(Installed.travelling(operation).stream().allMatch(wire::contains),
        "the credentials do travel in headers or body");
    assertTrue(request.toString().startsWith(operation.method().name() + " http://127.0.0.1:9/"), request.toString());
    assertFalse(secrets().stream().anyMatch(request.toString()::contains), request.toString());
    assertEquals(1, sent.size());
  }


  @Check(slow = true)
  void clientToStringShowsNoCredential() {
    String text = endpoint().client();
    for (String secret : secrets()) {
      assertFalse(text.contains(secret), text);
    }
    assertTrue(text.contains("****"), text);
  }

  @Check
  void credentialsEchoedByTheServerAreMaskedInEveryFailure() {
    String echoed = String.join(" ", secrets());
    List<Reply> replies = List.of(
        Reply.json(400, "{\"detail\":\"bad key " + echoed + "\",\"status\":\"error\",\"result\":{\"key\":\"" + echoed
            + "\"},\"message\":\"" + echoed + "\",\"error\":true,\"errors\":[\"" + echoed + "\"]}"),
        Reply.json(401, "{\"detail\":\"" + echoed + "\"}"),
        Reply.json(200, echoed + "}"));
    replies = new java.util.ArrayList<>(replies);
    replies.addAll(echoingFailures(echoed));
    for (Reply reply : replies) {
      server.reply(reply);
      Endpoint endpoint = endpoint();
      PayspecException sync = assertThrows(PayspecException.class, endpoint::call,
          () -> "expected a failure for " + new String(reply.body(), StandardCharsets.UTF_8));
      assertNoSecret(sync);
      assertNoSecret(asyncFailure(endpoint));
    }
  }

  /**
   * The operation's documented error examples, each text in them followed by {@code echoed} (the
   * credentials), with their documented status: where the operation reads its messages.
   */
  List<Reply> echoingFailures(String echoed) {
    List<Reply> replies = new java.util.ArrayList<>();
    for (ResponseExampleInfo sample : Documentation.responses(operation)) {
      if (!Documentation.success(sample)) {
        com.fasterxml.jackson.databind.JsonNode body = JsonAssert.tree(sample.body());
        echo(body, echoed);
        replies.add(Reply.json(sample.status(), body.toString()));
      }
    }
    return replies;
  }

  private static void echo(com.fasterxml.jackson.databind.JsonNode node, String echoed) {
    if (node instanceof com.fasterxml.jackson.databind.node.ObjectNode object) {
      object.properties().forEach(member -> {
        if (member.getValue().isTextual()) {
          member.setValue(com.fasterxml.jackson.databind.node.TextNode.valueOf(member.getValue().asText() + " " + echoed));
        } else {
          echo(member.getValue(), echoed);
        }
      });
    } else if (node instanceof com.fasterxml.jackson.databind.node.ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isTextual()) {
          array.set(i, com.fasterxml.jackson.databind.node.TextNode.valueOf(array.get(i).asText() + " " + echoed));
        } else {
          echo(array.get(i), echoed);
        }
      }
    }
  }

  /** A body as messages quote it: on one line, at most 200 characters and then an ellipsis. */
  static String snippet(String body) {
    String line = body.strip().replaceAll("\\s+", " ");
    return line.length() <= 200 ? line : line.substring(0, 200) + "…";
  }

  /** Asserts that {@code call} fails with {@code type}, sync only, and returns it after the secret check. */
  <T extends Throwable> T assertFails(Class<T> type, Executable call) {
    T thrown = assertThrows(type, call);
    assertNoSecret(thrown);
    return thrown;
  }
}
